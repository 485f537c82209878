// /api/budgets: a unit's 部门预算 of a year (read, save on a version, derive from a file).
import { z } from 'zod';
import { budgetSchema, type Budget } from '../budget/index.ts';
import { budgetLinkedForm } from './budget-forms.ts';
import { findingPayload, pageOf, pageQuery, timestamp, yearParam } from './common.ts';

export const orgYearParams = z.object({ orgId: z.uuid(), year: yearParam });
/** GET /api/budgets — a page of the budgets the reader may see, the latest saved first. */
export const budgetListQuery = z.object({ year: yearParam.optional() }).extend(pageQuery.shape);
export const budgetPutBody = z
  .object({ baseVersion: z.number().int().min(0), budget: budgetSchema })
  .strict();
export type BudgetPutBody = z.input<typeof budgetPutBody>;

/** A budget in an answer: the server built it from checked rows, so it is declared by type only. */
export const budgetPayload = z.custom<Budget>();

/** GET/PUT /api/budgets/:orgId/:year — the stored budget (or an empty one) and its checks. */
export const storedBudget = z.object({
  orgId: z.string(),
  year: z.number(),
  exists: z.boolean(),
  version: z.number(),
  updatedAt: timestamp.nullable(),
  canWrite: z.boolean(),
  budget: budgetPayload,
  findings: z.array(findingPayload),
  /** The project forms of this organisation and year by 项目编码. */
  projectForms: z.array(budgetLinkedForm).optional(),
});
export type StoredBudget = z.input<typeof storedBudget>;

/** GET /api/budgets — the budgets the reader may see. */
export const budgetListItem = z.object({
  orgId: z.string(),
  year: z.number(),
  department: z.string(),
  version: z.number(),
  updatedAt: timestamp,
});
export type BudgetListItem = z.input<typeof budgetListItem>;
export const budgetListResponse = pageOf(budgetListItem);

/** POST /api/budgets/:orgId/:year/derive — what a 部门预算公开 file gives (not saved). */
export const derivedBudget = z.object({
  budget: budgetPayload,
  findings: z.array(findingPayload),
  /** How many other forms (绩效目标表) the file holds. */
  forms: z.number(),
});
export type DerivedBudget = z.input<typeof derivedBudget>;
