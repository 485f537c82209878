// IndicatorValue: the typed reading of a written 指标值 (MODEL.md). Every field is always present,
// null where it does not apply, so the JSON contract keeps one shape for every kind.
import { z } from 'zod';
import { valueProblemSchema } from './value-problem.ts';

export const comparatorSchema = z.enum(['≥', '≤', '=', '>', '<']);
export type Comparator = z.infer<typeof comparatorSchema>;

export const valueKindSchema = z.enum(['quantitative', 'qualitative', 'empty']);
export type ValueKind = z.infer<typeof valueKindSchema>;

export const indicatorValueSchema = z.object({
  raw: z.string(),
  kind: valueKindSchema,
  op: comparatorSchema.nullable(),
  value: z.string().nullable(),
  unit: z.string().nullable(),
  text: z.string().nullable(),
  /** Words written before the comparator, e.g. 满意率 in 满意率≥95% (extension). */
  label: z.string().nullable().optional(),
  /** True when no comparator was written and `=` was assumed (extension). */
  opImplied: z.boolean().optional(),
  /** A deadline written as a date, e.g. "2024-06-30" or "12-31" for 12月31日前 (extension). */
  deadline: z.string().nullable().optional(),
  /** A stable kebab-case code when the text looks numeric but cannot be fully understood (extension). */
  problem: valueProblemSchema.nullable().optional(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
