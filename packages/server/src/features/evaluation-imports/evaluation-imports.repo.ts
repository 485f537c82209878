// SQL of evaluation imports: the approved projects an imported table may belong to (in the actor's scope),
// where its values would go (the self-evaluation of the year, the entry of an open round), and the tables
// kept as records of their own.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { formsOfYearOrNone } from '../../db/form-years.ts';
import { countCapped } from '../../db/count-capped.ts';
import { afterTimeId } from '../../db/keyset.ts';
import { pageEnd, pageOf, type TimeIdCursor } from '../../http/list-cursor.ts';
import { onKey } from '../../db/key-join.ts';
import type { Executor } from '../../db/client.ts';
import {
  approvals,
  files,
  forms,
  importedEvaluations,
  monitoringEntries,
  monitoringRounds,
  orgs,
  selfEvaluations,
} from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { scopeWhere } from '../evaluation-common/evaluation-scope.ts';
import { APPROVED_STATUSES } from '../evaluation-common/approved-project.ts';

export interface ApprovedProjectRow {
  formId: string;
  kind: string;
  name: string;
  unit: string | null;
  orgId: string;
  orgName: string;
  year: number | null;
  budget: string | null;
}

/** Approved forms of the kinds in the actor's scope, of `year` (or without a year); all years when null. */
export async function approvedProjects(
  ex: Executor,
  actor: Actor,
  kinds: readonly string[],
  year: number | null,
): Promise<ApprovedProjectRow[]> {
  const rows = await ex
    .select({
      formId: forms.id,
      kind: forms.kind,
      name: forms.name,
      unit: sql<string | null>`${forms.rest}->>'unit'`,
      orgId: forms.orgId,
      orgName: orgs.name,
      year: forms.year,
      budgetCurrent: forms.budgetCurrent,
      budgetTotal: forms.budgetTotal,
    })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(
      and(
        inArray(forms.kind, [...kinds]),
        inArray(forms.status, [...APPROVED_STATUSES]),
        year === null ? undefined : formsOfYearOrNone(year),
        scopeWhere(actor, forms.orgId),
      ),
    )
    .limit(2000);
  // The approved budget where finance approved another one than was asked.
  const approved = rows.length
    ? await ex
        .select({
          formId: approvals.formId,
          current: approvals.budgetCurrent,
          total: approvals.budgetTotal,
          at: approvals.createdAt,
        })
        .from(approvals)
        .where(
          inArray(
            approvals.formId,
            rows.map((r) => r.formId),
          ),
        )
        .orderBy(desc(approvals.createdAt))
    : [];
  const latest = new Map<string, string | null>();
  for (const a of approved) if (!latest.has(a.formId)) latest.set(a.formId, a.current ?? a.total);
  return rows.map(({ budgetCurrent, budgetTotal, ...r }) => ({
    ...r,
    budget: latest.get(r.formId) ?? budgetCurrent ?? budgetTotal,
  }));
}

/** The self-evaluations of these forms in their year. */
export async function selfEvaluationsOf(ex: Executor, formIds: string[]) {
  if (formIds.length === 0) return [];
  return ex
    .select({
      id: selfEvaluations.id,
      formId: selfEvaluations.formId,
      year: selfEvaluations.year,
      status: selfEvaluations.status,
    })
    .from(selfEvaluations)
    .where(inArray(selfEvaluations.formId, formIds));
}

/** The entries of these forms in open rounds, the latest period first. */
export async function openEntriesOf(ex: Executor, formIds: string[]) {
  if (formIds.length === 0) return [];
  return ex
    .select({
      id: monitoringEntries.id,
      formId: monitoringEntries.formId,
      status: monitoringEntries.status,
      year: monitoringRounds.year,
      month: monitoringRounds.month,
      title: monitoringRounds.title,
    })
    .from(monitoringEntries)
    .innerJoin(
      monitoringRounds,
      onKey(monitoringRounds, monitoringEntries.regionCode, monitoringEntries.roundId),
    )
    .where(and(inArray(monitoringEntries.formId, formIds), eq(monitoringRounds.status, 'open')))
    .orderBy(desc(monitoringRounds.year), desc(monitoringRounds.month));
}

export async function insertRecord(ex: Executor, row: typeof importedEvaluations.$inferInsert) {
  const [r] = await ex.insert(importedEvaluations).values(row).returning();
  return r!;
}

const recordColumns = {
  id: importedEvaluations.id,
  kind: importedEvaluations.kind,
  name: importedEvaluations.name,
  year: importedEvaluations.year,
  orgId: importedEvaluations.orgId,
  orgName: orgs.name,
  orgPath: orgs.path,
  fileId: importedEvaluations.fileId,
  fileName: files.fileName,
  createdAt: importedEvaluations.createdAt,
};

export interface RecordPageFilter {
  year?: number | undefined;
  limit: number;
  /** The page after this position (keyset); the total is then not counted again. */
  after?: TimeIdCursor | undefined;
}

/** A page of the records in the actor's scope, the latest imported first (imported_evaluations_created). */
export async function listRecords(ex: Executor, actor: Actor, f: RecordPageFilter) {
  const cond = and(
    f.year === undefined ? undefined : eq(importedEvaluations.year, f.year),
    scopeWhere(actor, importedEvaluations.orgId),
  );
  const [rows, count] = await Promise.all([
    ex
      .select({ ...recordColumns, at: sql<string>`${importedEvaluations.createdAt}::text` })
      .from(importedEvaluations)
      .innerJoin(orgs, eq(orgs.id, importedEvaluations.orgId))
      .leftJoin(files, eq(files.id, importedEvaluations.fileId))
      .where(
        and(
          cond,
          f.after ? afterTimeId(importedEvaluations.createdAt, importedEvaluations.id, f.after) : undefined,
        ),
      )
      .orderBy(desc(importedEvaluations.createdAt), asc(importedEvaluations.id))
      .limit(f.limit + 1), // one more: whether there is a next page
    f.after
      ? Promise.resolve(undefined)
      : countCapped(
          ex,
          sql`${importedEvaluations} inner join ${orgs} on ${orgs.id} = ${importedEvaluations.orgId}`,
          cond,
        ),
  ]);
  const { shown, more } = pageOf(rows, f.limit);
  return {
    items: shown.map(({ at: _at, ...r }) => r),
    ...pageEnd(shown, more, count),
  };
}

export async function findRecord(ex: Executor, id: string) {
  const [row] = await ex
    .select({ ...recordColumns, data: importedEvaluations.data })
    .from(importedEvaluations)
    .innerJoin(orgs, eq(orgs.id, importedEvaluations.orgId))
    .leftJoin(files, eq(files.id, importedEvaluations.fileId))
    .where(eq(importedEvaluations.id, id))
    .limit(1);
  return row;
}
