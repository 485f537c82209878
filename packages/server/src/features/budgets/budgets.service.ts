// Budgets: who may read and write a department's budget, saving with optimistic versions, and importing
// one from an existing 部门预算公开 (any format the importer reads).
import {
  assignProjectCodes,
  budgetFromDisclosure,
  duplicateProjectCodes,
  checkBudget,
  emptyBudget,
  followRecodes,
  unitRecodes,
  type Budget,
  type Disclosure,
} from '@jixiao/core';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { findOrg, type OrgRow } from '../orgs/orgs.repo.ts';
import { budgetError } from './budgets.errors.ts';
import type { DocumentReader } from '../../documents/document-reader.ts';
import { findBudgetRow, listBudgetPage, loadBudget, saveBudget } from './budgets.repo.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { formsWithCode } from './budget-forms.repo.ts';

/** Reading: finance all, reviewer its subtree, filler its own organisation (as for forms). */
export function canReadOrg(actor: Actor, org: Pick<OrgRow, 'id' | 'path'>): boolean {
  if (actor.role === 'finance') return true;
  if (actor.role === 'reviewer') return org.path.startsWith(actor.orgPath);
  if (actor.role === 'filler') return org.id === actor.orgId;
  return false;
}

/** Writing: the finance bureau (it approves budgets) and the department's own filler. */
export function canWriteOrg(actor: Actor, org: Pick<OrgRow, 'id'>): boolean {
  return actor.role === 'finance' || (actor.role === 'filler' && org.id === actor.orgId);
}

export async function visibleOrg(ex: Executor, actor: Actor, orgId: string): Promise<OrgRow> {
  const org = await findOrg(ex, orgId);
  if (!org || !canReadOrg(actor, org)) throw budgetError('org-not-found');
  return org;
}

export async function getBudget(db: Db, actor: Actor, orgId: string, year: number) {
  const org = await visibleOrg(db, actor, orgId);
  const row = await findBudgetRow(db, actor.regionCode, orgId, year);
  const budget = row ? await loadBudget(db, row) : emptyBudget(org.name, year);
  return {
    orgId,
    year,
    exists: row !== undefined,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
    canWrite: canWriteOrg(actor, org),
    budget,
    /** The project forms of this organisation and year, by 项目编码: what each line of the 项目支出 list links to. */
    projectForms: await formsWithCode(db, orgId, year),
    findings: checkBudget(budget),
  };
}

export async function listBudgets(
  db: Db,
  actor: Actor,
  query: { year?: number | undefined; limit: number; cursor?: string | undefined },
) {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  return listBudgetPage(db, actor, { year: query.year, limit: query.limit, after });
}

export async function putBudget(
  db: Db,
  actor: Actor,
  ip: string | null,
  orgId: string,
  year: number,
  budget: Budget,
  baseVersion: number,
) {
  const org = await visibleOrg(db, actor, orgId);
  if (!canWriteOrg(actor, org)) throw budgetError('not-your-budget');
  if (budget.year !== year) throw budgetError('year-mismatch');
  const twice = duplicateProjectCodes(budget);
  if (twice.length > 0)
    throw budgetError(
      'duplicate-project-code',
      { codes: twice },
      `项目编码 ${twice.join('、')} 用于多个项目：每个项目的编码应唯一`,
    );
  await db.transaction(async (tx) => {
    const current = await findBudgetRow(tx, actor.regionCode, orgId, year, true);
    if ((current?.version ?? 0) !== baseVersion)
      throw budgetError('version-conflict', { currentVersion: current?.version ?? 0 });
    // A unit whose code changed takes its lines along, in this transaction (a client may send the new code
    // with the lines still under the old one).
    const recodes = current ? unitRecodes(await loadBudget(tx, current), budget) : [];
    // Every project line carries a 项目编码 from its first save on: its forms, 自评 and open data are keyed by it.
    const { budget: toSave, moved } = followRecodes(assignProjectCodes(budget), recodes);
    const row = await saveBudget(tx, actor.regionCode, orgId, toSave, actor.id, baseVersion + 1);
    // A save that committed between the read and the write (a first save racing another): refused.
    if (!row)
      throw budgetError('version-conflict', {
        currentVersion: (await findBudgetRow(tx, actor.regionCode, orgId, year))?.version ?? 0,
      });
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: current ? 'budget-update' : 'budget-create',
        entity: 'budget',
        entityId: row.id,
        after: { year, version: row.version },
      },
    );
    for (const [i, r] of recodes.entries())
      await appendAudit(
        tx,
        { actor, ip },
        {
          action: 'budget-unit-recode',
          entity: 'budget',
          entityId: row.id,
          before: { year, unitCode: r.from },
          after: { year, unitCode: r.to, linesMoved: moved[i] },
        },
      );
  });
  return getBudget(db, actor, orgId, year);
}

/** Reads a 部门预算公开 from a file and derives the budget data from it (not saved: the grid shows it first). */
export async function deriveBudgetFromFile(
  db: Db,
  documents: DocumentReader,
  actor: Actor,
  orgId: string,
  year: number,
  fileName: string,
  data: Uint8Array,
) {
  const org = await visibleOrg(db, actor, orgId);
  if (!canWriteOrg(actor, org)) throw budgetError('not-your-budget');
  // Read off the event loop; the reader never throws for a bad file, only returns its reason.
  const outcome = await documents.importBuffer(data, fileName);
  if (!outcome.ok)
    throw budgetError('unreadable-file', { reason: outcome.error.code }, outcome.error.message);
  const disclosure = outcome.forms.find((f): f is Disclosure => f.kind === 'disclosure');
  if (!disclosure || disclosure.tables.length === 0) throw budgetError('no-disclosure-in-file');
  if (disclosure.year !== null && disclosure.year !== year)
    throw budgetError(
      'year-mismatch',
      { fileYear: disclosure.year },
      `文件中的预算年度为 ${disclosure.year} 年，与所选的 ${year} 年不一致`,
    );
  const budget = budgetFromDisclosure({ ...disclosure, year }, outcome.forms);
  return {
    budget,
    findings: checkBudget(budget),
    forms: outcome.forms.filter((f) => f.kind !== 'disclosure').length,
  };
}
