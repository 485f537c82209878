// POST /api/budgets/:orgId/:year/forms: a project form from a line of the budget's 项目支出 list, or the 部门整体 form from
// the whole budget (the unit's own budget of that year).
import { z } from 'zod';

export const formFromBudgetBody = z.discriminatedUnion('subject', [
  z.object({ subject: z.literal('project'), index: z.number().int().min(0).max(999) }).strict(),
  z.object({ subject: z.literal('department') }).strict(),
]);
export type FormFromBudgetBody = z.input<typeof formFromBudgetBody>;

/** A form of the budget's organisation and year that carries a 项目编码 (what the 项目支出 list links to). */
export const budgetLinkedForm = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  status: z.string(),
});
export type BudgetLinkedForm = z.input<typeof budgetLinkedForm>;
