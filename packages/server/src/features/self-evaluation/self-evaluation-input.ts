// What a unit sends when it fills a self-evaluation: the funds, the actual of every approved indicator as
// typed (read with the 指标值 grammar here), grades, weights, score overrides with their reason, conclusions.
import { parseIndicatorValue, type NewSelfEvaluation } from '@jixiao/core';
import type { SelfEvaluationSaveInput } from '@jixiao/core/contracts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';

export {
  selfEvaluationRowInput,
  selfEvaluationSaveBody,
  type SelfEvaluationSaveInput,
} from '@jixiao/core/contracts';

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
export { selfEvaluationInputOf as inputOf } from '@jixiao/core/contracts';
