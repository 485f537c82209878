// What a unit sends when it fills a self-evaluation: the funds, the actual of every approved indicator as
// typed (read with the 指标值 grammar here), grades, weights, score overrides with their reason, conclusions.
import { z } from 'zod';
import { parseIndicatorValue, selfEvaluationGradeSchema, type NewSelfEvaluation } from '@jixiao/core';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { amountInput } from '../monitoring/monitoring-input.ts';

const text = (max: number) => z.string().trim().max(max).nullable();
const points = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, '分值须为不超过两位小数的非负数，如「10」「12.5」');

export const selfEvaluationRowInput = z.object({
  indicatorId: z.string().min(1).max(100),
  weight: points.nullable(),
  actual: z.string().trim().max(200),
  grade: selfEvaluationGradeSchema.nullable(),
  override: z.object({ score: z.string().trim().max(20), reason: text(2000) }).nullable(),
  deviationAnalysis: text(4000),
});

export const selfEvaluationSaveBody = z.object({
  version: z.number().int().positive(),
  budget: z.object({ initial: amountInput.nullable(), annual: amountInput, executed: amountInput }),
  goals: z.array(z.object({ label: text(100), expected: text(4000), achieved: text(4000) })).max(20),
  indicators: z.array(selfEvaluationRowInput).max(500),
  conclusions: z.object({ problems: text(4000), improvements: text(4000) }),
});
export type SelfEvaluationSaveInput = z.output<typeof selfEvaluationSaveBody>;

const blankToNull = (s: string | null | undefined) => (s == null || s.trim() === '' ? null : s.trim());

/** The stored self-evaluation with the typed values applied; an indicator id not in it is refused. */
export function applySelfEvaluationInput(
  stored: NewSelfEvaluation,
  input: SelfEvaluationSaveInput,
): NewSelfEvaluation {
  const byId = new Map(input.indicators.map((r) => [r.indicatorId, r]));
  const known = new Set(stored.indicators.map((i) => i.indicatorId));
  const unknown = input.indicators.filter((r) => !known.has(r.indicatorId)).map((r) => r.indicatorId);
  if (unknown.length > 0) throw evaluationError('unknown-indicator', { indicatorIds: unknown });
  return {
    ...stored,
    budget: { initial: input.budget.initial, annual: input.budget.annual, executed: input.budget.executed },
    goals: input.goals.map((g) => ({
      label: blankToNull(g.label),
      expected: blankToNull(g.expected),
      achieved: blankToNull(g.achieved),
    })),
    indicators: stored.indicators.map((row) => {
      const r = byId.get(row.indicatorId);
      if (!r) return row;
      return {
        ...row,
        weight: r.weight,
        actual: parseIndicatorValue(r.actual),
        grade: r.grade,
        override:
          r.override && r.override.score !== ''
            ? { score: r.override.score, reason: r.override.reason }
            : null,
        deviationAnalysis: blankToNull(r.deviationAnalysis),
      };
    }),
    conclusions: {
      problems: blankToNull(input.conclusions.problems),
      improvements: blankToNull(input.conclusions.improvements),
    },
  };
}

/** The input that reproduces a stored self-evaluation (for imports that change only some fields). */
export function inputOf(stored: NewSelfEvaluation, version: number): SelfEvaluationSaveInput {
  return {
    version,
    budget: { ...stored.budget },
    goals: stored.goals.map((g) => ({ ...g })),
    indicators: stored.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      weight: i.weight,
      actual: i.actual.raw,
      grade: i.grade,
      override: i.override,
      deviationAnalysis: i.deviationAnalysis,
    })),
    conclusions: { ...stored.conclusions },
  };
}
