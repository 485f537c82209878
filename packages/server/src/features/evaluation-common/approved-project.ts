// The approved (批复) state of a project form: the form as it was at the approved version, with the stable
// indicator ids that monitoring and self-evaluation carry (R-MON-06, R-EVAL-07).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DepartmentForm, Form, ProjectForm } from '@jixiao/core';
import type { Executor } from '../../db/client.ts';
import { approvals, formVersions, yearKey } from '../../db/schema.ts';
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

export interface ApprovedForm {
  row: FormWithOrg;
  form: ProjectForm | DepartmentForm;
  approval: typeof approvals.$inferSelect;
}

/** Loads an approved project (or, when allowed, department) form at its approved version. */
export async function loadApprovedForm(
  ex: Executor,
  formId: string,
  kinds: ReadonlyArray<'project' | 'department'> = ['project'],
): Promise<ApprovedForm> {
  const row = await findForm(ex, formId);
  if (!row) throw evaluationError('form-not-found');
  if (!(kinds as readonly string[]).includes(row.kind)) throw evaluationError('not-a-project');
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
    // The form's key with its year: the version is read from that year's partition only.
    .where(
      and(
        eq(formVersions.regionCode, row.regionCode),
        eq(formVersions.formId, formId),
        eq(formVersions.year, yearKey(row.year)),
        eq(formVersions.version, approval.version),
      ),
    )
    .limit(1);
  const form = (version?.data as Form | undefined) ?? (await loadStoredForm(ex, row)).form;
  if (form.kind === 'disclosure' || !(kinds as readonly string[]).includes(form.kind))
    throw evaluationError('not-a-project');
  return { row, form, approval };
}

/** Loads an approved project form, or throws not-approved / not-a-project. */
export async function loadApprovedProject(ex: Executor, formId: string): Promise<ApprovedProject> {
  const a = await loadApprovedForm(ex, formId, ['project']);
  return { ...a, form: a.form as ProjectForm };
}

/**
 * The approved annual budget (万元): the 当年预算 of the 批复, else its total; for a department form without
 * one, the 合计 of its expenditure lines (else 0, for the unit to fill in).
 */
export function approvedBudget(p: ApprovedForm): string {
  const a = p.approval.budgetCurrent ?? p.approval.budgetTotal;
  if (a) return a;
  if (p.form.kind === 'project') return p.form.budget.current ?? p.form.budget.total ?? '0';
  const total = p.form.funds.expenditure.find((l) => l.name.replace(/\s/g, '').includes('合计'));
  return total?.current ?? '0';
}

/** Latest approvals of several forms (for lists). */
export async function approvalsOf(ex: Executor, formIds: string[]) {
  if (formIds.length === 0) return [];
  return ex.select().from(approvals).where(inArray(approvals.formId, formIds));
}
