// /api/dashboards and /api/evaluation-dashboard: the year's summaries.
import { z } from 'zod';

export const dashboardQuery = z.object({
  year: z.coerce
    .number({ message: '年度须为数字' })
    .int('年度须为整数')
    .min(2000, '年度须在 2000 至 2100 之间')
    .max(2100, '年度须在 2000 至 2100 之间')
    .optional(),
});
