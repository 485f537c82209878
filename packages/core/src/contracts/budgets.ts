// /api/budgets: a unit's 部门预算 of a year (read, save on a version, derive from a file).
import { z } from 'zod';
import { budgetSchema } from '../budget/index.ts';
import { yearParam } from './common.ts';

export const orgYearParams = z.object({ orgId: z.uuid(), year: yearParam });
export const budgetListQuery = z.object({ year: yearParam.optional() });
export const budgetPutBody = z
  .object({ baseVersion: z.number().int().min(0), budget: budgetSchema })
  .strict();
export type BudgetPutBody = z.input<typeof budgetPutBody>;
