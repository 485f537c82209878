// What a unit sends when it fills a monitoring table or a self-evaluation: values as typed (the server
// reads them with the 指标值 grammar), dictionary choices, amounts in 万元. The web's forms build these
// bodies and the server validates them with the same schemas.
import { z } from 'zod';
import {
  amountString,
  deviationReasonSchema,
  likelihoodSchema,
  monitoringGradeSchema,
  parseAmount,
  selfEvaluationGradeSchema,
  type NewMonitoringEntry,
  type NewSelfEvaluation,
} from '../index.ts';

/**
 * An amount in 万元, as a unit types it: "285.5", "285.5万元", "2,855,000元" (converted exactly to 万元), "1.2亿元".
 * Other units, words and negative amounts are refused with a message.
 */
export const amountInput = z
  .string()
  .trim()
  .max(40)
  .transform((text, ctx) => {
    const value = parseAmount(text);
    // Converted, the amount must fit the model (not negative, at most 14 integer digits).
    if (value === null || !amountString.safeParse(value).success) {
      ctx.addIssue({
        code: 'custom',
        message: `金额「${text}」须为非负数字（整数部分最多 14 位），单位为万元（也可写元、亿元，将换算为万元），如「285.5」或「2,855,000元」`,
      });
      return z.NEVER;
    }
    return value;
  });
const text = (max: number) => z.string().trim().max(max).nullable();

export const monitoringRowInput = z.object({
  indicatorId: z.string().min(1).max(100),
  actualToDate: z.string().trim().max(200),
  expectedFullYear: z.string().trim().max(200),
  grade: monitoringGradeSchema.nullable(),
  deviationReason: deviationReasonSchema.nullable(),
  reasonText: text(2000),
  likelihood: likelihoodSchema.nullable(),
  correctiveMeasure: text(2000),
});
export type MonitoringRowInput = z.output<typeof monitoringRowInput>;

export const monitoringSaveBody = z.object({
  version: z.number().int().positive(),
  budget: z.object({
    annual: amountInput,
    executedToDate: amountInput,
    plannedShareToDate: z
      .string()
      .trim()
      .regex(/^(0(\.\d+)?|1(\.0+)?)$/, '计划支出进度须为 0 至 1 之间的小数，如「0.5」')
      .nullable()
      .optional(),
  }),
  indicators: z.array(monitoringRowInput).max(500),
});
export type MonitoringSaveInput = z.output<typeof monitoringSaveBody>;

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
/** The body the web edits (amounts still as typed). */
export type SelfEvaluationInput = z.input<typeof selfEvaluationSaveBody>;
export type SelfEvaluationRowInput = z.input<typeof selfEvaluationRowInput>;
export type MonitoringInput = z.input<typeof monitoringSaveBody>;

/** The input that reproduces a stored self-evaluation (for imports that change only some fields). */
export function selfEvaluationInputOf(stored: NewSelfEvaluation, version: number): SelfEvaluationInput {
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
/** The input that reproduces a stored monitoring entry (the web's table; an import that changes some rows). */
export function monitoringInputOf(stored: NewMonitoringEntry, version: number): MonitoringInput {
  return {
    version,
    budget: {
      annual: stored.budget.annual,
      executedToDate: stored.budget.executedToDate,
      plannedShareToDate: stored.budget.plannedShareToDate ?? null,
    },
    indicators: stored.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      actualToDate: i.actualToDate.raw,
      expectedFullYear: i.expectedFullYear.raw,
      grade: i.grade,
      deviationReason: i.deviationReason,
      reasonText: i.reasonText,
      likelihood: i.likelihood,
      correctiveMeasure: i.correctiveMeasure,
    })),
  };
}
/** A row of a monitoring save as the web sends it. */
export type MonitoringInputRow = z.input<typeof monitoringRowInput>;
