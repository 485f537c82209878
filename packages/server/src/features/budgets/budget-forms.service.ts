// Forms that start from the unit's own budget: a project form from a line of the 项目支出 list (its 项目编码
// links the two from then on), the 部门整体 form from the whole budget with the two years before.
import {
  assignProjectCodes,
  departmentFormFromBudget,
  projectFormFromBudgetLine,
  type Budget,
  type Form,
} from '@jixiao/core';
import type { FormFromBudgetBody } from '@jixiao/core/contracts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { findBudgetRow, loadBudget, saveBudget } from './budgets.repo.ts';
import { findOrg } from '../orgs/orgs.repo.ts';
import { insertForm, type StoredForm } from '../forms/forms.service.ts';
import { budgetFormError } from './budget-forms.errors.ts';
import { findDepartmentForm, findFormByCode } from './budget-forms.repo.ts';

async function budgetOf(
  ex: Executor,
  regionCode: string,
  orgId: string,
  year: number,
): Promise<Budget | undefined> {
  const row = await findBudgetRow(ex, regionCode, orgId, year);
  return row ? loadBudget(ex, row) : undefined;
}

/**
 * The budget of the year with every project line coded: a budget saved before lines had codes gets them now
 * (saved as its next version), so the form and the line share one 项目编码 from the start.
 */
async function codedBudget(
  ex: Executor,
  actor: Actor,
  orgId: string,
  year: number,
): Promise<Budget | undefined> {
  const row = await findBudgetRow(ex, actor.regionCode, orgId, year, true);
  if (!row) return undefined;
  const budget = await loadBudget(ex, row);
  const coded = assignProjectCodes(budget);
  if (coded !== budget) await saveBudget(ex, actor.regionCode, orgId, coded, actor.id, row.version + 1);
  return coded;
}

interface Target {
  orgId: string;
  year: number;
}

/** The form the body asks for, from the organisation's budget; refuses a second form for the same project. */
async function formFor(
  tx: Executor,
  actor: Actor,
  { orgId, year }: Target,
  body: FormFromBudgetBody,
): Promise<Form> {
  const budget = await codedBudget(tx, actor, orgId, year);
  if (!budget) throw budgetFormError('budget-not-found');
  if (body.subject === 'department') {
    const existing = await findDepartmentForm(tx, orgId, year);
    if (existing)
      throw budgetFormError('form-exists', { formId: existing.id }, '本单位该年度已有部门整体绩效目标表');
    const earlier = await Promise.all(
      [year - 2, year - 1].map((y) => budgetOf(tx, actor.regionCode, orgId, y)),
    );
    return departmentFormFromBudget(
      budget,
      earlier.filter((b): b is Budget => b !== undefined),
    );
  }
  const org = await findOrg(tx, orgId);
  const form = projectFormFromBudgetLine(budget, body.index, org?.name ?? budget.department);
  if (!form) throw budgetFormError('line-not-found');
  if (form.code) {
    const existing = await findFormByCode(tx, orgId, year, form.code);
    if (existing)
      throw budgetFormError(
        'form-exists',
        { formId: existing.id },
        `项目“${form.name}”（${form.code}）已有绩效目标表`,
      );
  }
  return form;
}

export async function createFormFromBudget(
  db: Db,
  actor: Actor,
  ip: string | null,
  target: Target,
  body: FormFromBudgetBody,
): Promise<StoredForm> {
  // A unit fills its own forms only: another organisation's budget is not found, as for reading it.
  if (actor.orgId !== target.orgId) throw budgetFormError('budget-not-found');
  return db.transaction(async (tx) =>
    insertForm(tx, { actor, ip }, await formFor(tx, actor, target, body), {
      orgId: target.orgId,
      regionCode: actor.regionCode,
      note: body.subject === 'project' ? '从预算项目创建' : '从部门预算创建',
    }),
  );
}
