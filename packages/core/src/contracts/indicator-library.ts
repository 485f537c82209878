// /api/indicator-library: the common names of a 二级指标's indicators.
import { z } from 'zod';

export const librarySuggestQuery = z.object({
  level2: z.string().trim().min(1, '请指明二级指标').max(50, '二级指标过长'),
  q: z.string().max(100, '检索词过长').default(''),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
