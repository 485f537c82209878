// /api/monitoring: rounds, entries (fill, mark, import), the year's overview.
import { z } from 'zod';
import { yearField } from './common.ts';

const threshold = z.string().regex(/^\d{1,3}(\.\d+)?$/, '阈值须为 0 至 100 之间的数字');
export const roundBody = z
  .object({
    year: yearField,
    month: z.number().int().min(1).max(12),
    title: z.string().trim().max(100).optional(),
    formIds: z.array(z.uuid()).min(1, '请至少选择一个项目').max(2000),
    thresholds: z.object({ budgetRed: threshold, budgetYellow: threshold }).optional(),
  })
  .refine((b) => !b.thresholds || Number(b.thresholds.budgetRed) <= Number(b.thresholds.budgetYellow), {
    message: '红灯阈值不能高于黄灯阈值',
    path: ['thresholds'],
  });
export type RoundBody = z.input<typeof roundBody>;
/** The version of the table the unit saw: a step on a table changed since is refused (409). */
export const markBody = z.object({ version: z.number().int().positive() });
export const reopenBody = z.object({
  reason: z.string().trim().min(1, '请填写重新开启的原因').max(500),
  /** Submitted entries to send back to their units with the reason (optional). */
  returnEntryIds: z.array(z.uuid()).max(2000).optional(),
});
export type ReopenBody = z.input<typeof reopenBody>;
