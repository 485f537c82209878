// The approved (批复) state of a project form: the form as it was at the approved version, with the stable
// indicator ids that monitoring and self-evaluation carry (R-MON-06, R-EVAL-07).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Form, ProjectForm } from '@jixiao/core';
import type { Executor } from '../../db/client.ts';
import { approvals, formVersions } from '../../db/schema.ts';
import { findForm, type FormWithOrg } from '../forms/forms.repo.ts';
import { loadStoredForm } from '../forms/forms.service.ts';
import { evaluationError } from './evaluation.errors.ts';

export const APPROVED_STATUSES = ['approved', 'published'] as const;

export interface ApprovedProject {
  row: FormWithOrg;
  /** The form at the approved version (the current form when no version was kept). */
  form: ProjectForm;
  approval: typeof approvals.$inferSelect;
}

/** Loads an approved project form, or throws not-approved / not-a-project. */
export async function loadApprovedProject(ex: Executor, formId: string): Promise<ApprovedProject> {
  const row = await findForm(ex, formId);
  if (!row) throw evaluationError('form-not-found');
  if (row.kind !== 'project') throw evaluationError('not-a-project');
  const [approval] = await ex
    .select()
    .from(approvals)
    .where(eq(approvals.formId, formId))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  if (!approval || !(APPROVED_STATUSES as readonly string[]).includes(row.status))
    throw evaluationError('not-approved');
  const [version] = await ex
    .select({ data: formVersions.data })
    .from(formVersions)
    .where(and(eq(formVersions.formId, formId), eq(formVersions.version, approval.version)))
    .limit(1);
  const form = (version?.data as Form | undefined) ?? (await loadStoredForm(ex, row)).form;
  if (form.kind !== 'project') throw evaluationError('not-a-project');
  return { row, form, approval };
}

/** The approved annual budget: the 当年预算 of the 批复, else its total (万元). */
export function approvedBudget(p: ApprovedProject): string {
  return (
    p.approval.budgetCurrent ?? p.approval.budgetTotal ?? p.form.budget.current ?? p.form.budget.total ?? '0'
  );
}

/** Latest approvals of several forms (for lists). */
export async function approvalsOf(ex: Executor, formIds: string[]) {
  if (formIds.length === 0) return [];
  return ex.select().from(approvals).where(inArray(approvals.formId, formIds));
}
