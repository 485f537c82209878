// What a unit sends when it fills a monitoring table: values as typed (read with the 指标值 grammar here),
// dictionary choices, amounts in 万元. Validated by zod, then merged onto the approved rows by indicator id.
import { z } from 'zod';
import {
  amountString,
  deviationReasonSchema,
  likelihoodSchema,
  monitoringGradeSchema,
  parseAmount,
  parseIndicatorValue,
  type NewMonitoringEntry,
} from '@jixiao/core';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';

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

const blankToNull = (s: string | null) => (s === null || s.trim() === '' ? null : s.trim());

/** The stored entry with the typed values applied; an indicator id not in the entry is refused. */
export function applyMonitoringInput(
  entry: NewMonitoringEntry,
  input: MonitoringSaveInput,
): NewMonitoringEntry {
  const byId = new Map(input.indicators.map((r) => [r.indicatorId, r]));
  const known = new Set(entry.indicators.map((i) => i.indicatorId));
  const unknown = input.indicators.filter((r) => !known.has(r.indicatorId)).map((r) => r.indicatorId);
  if (unknown.length > 0) throw evaluationError('unknown-indicator', { indicatorIds: unknown });
  return {
    ...entry,
    budget: {
      annual: input.budget.annual,
      executedToDate: input.budget.executedToDate,
      plannedShareToDate: blankToNull(input.budget.plannedShareToDate ?? null),
    },
    indicators: entry.indicators.map((row) => {
      const r = byId.get(row.indicatorId);
      if (!r) return row;
      return {
        ...row,
        actualToDate: parseIndicatorValue(r.actualToDate),
        expectedFullYear: parseIndicatorValue(r.expectedFullYear),
        grade: r.grade,
        deviationReason: r.deviationReason,
        reasonText: blankToNull(r.reasonText),
        likelihood: r.likelihood,
        correctiveMeasure: blankToNull(r.correctiveMeasure),
      };
    }),
  };
}
