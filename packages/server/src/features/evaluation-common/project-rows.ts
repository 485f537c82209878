// The rows monitoring entries and self-evaluations share the shape of: one project form of one unit, kept
// at a version. Both are read with the project's name and code and the unit's name and path (what every
// list and view names, and what the scope is checked on), and written only at the version that was read.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { formsOfYearOrNone } from '../../db/form-years.ts';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { onFormOfKey, onKey } from '../../db/key-join.ts';
import { APPROVED_STATUSES } from './approved-project.ts';
import { forms, monitoringEntries, orgs, selfEvaluations, formKeys } from '../../db/schema.ts';

/** A table of rows about one project of one unit, with a version for optimistic concurrency. */
export type ProjectRowTable = typeof monitoringEntries | typeof selfEvaluations;

/** What a row is read with: its project and its unit. */
export interface ProjectNames {
  projectName: string;
  projectCode: string | null;
  formYear: number | null;
  kind: string;
  orgName: string;
  orgPath: string;
}

export type WithProjectNames<Row> = Row & ProjectNames;

/**
 * The columns of a select of `table`'s row (as `row`) with its project and unit. A list page passes the few
 * columns it shows instead of the table: a self-evaluation's `data` and `result` are 14 KB of JSON a row,
 * which the database detoasted and the server parsed for every row of every page (measured: 60 % of a
 * page's CPU at 60,000 self-evaluations).
 */
export function projectRowColumns<R extends ProjectRowTable | Record<string, AnyPgColumn>>(row: R) {
  return {
    row,
    projectName: forms.name,
    projectCode: forms.code,
    formYear: forms.year,
    kind: forms.kind,
    orgName: orgs.name,
    orgPath: orgs.path,
  };
}

/** One object of a row selected with `projectRowColumns`. */
export function flattenProjectRow<Row>({
  row,
  ...names
}: { row: Row } & ProjectNames): WithProjectNames<Row> {
  return { ...row, ...names };
}

/** A select of `table` joined with its project form and its unit; the caller adds where, order, limit. */
export function selectProjectRows<T extends ProjectRowTable>(ex: Executor, table: T) {
  return ex
    .select(projectRowColumns(table))
    .from(table as ProjectRowTable)
    .innerJoin(formKeys, onKey(formKeys, table.regionCode, table.formId))
    .innerJoin(forms, onFormOfKey)
    .innerJoin(orgs, eq(orgs.id, table.orgId));
}

/** The row's whole key: by `id` alone no index applies since the key leads with region_code (0021). */
const byKey = (table: ProjectRowTable, regionCode: string, id: string) =>
  and(eq(table.regionCode, regionCode), eq(table.id, id));

/**
 * One row by its key (the actor's region and the id) with its project and unit, locked for update when
 * `lock` (the row only, not the joins).
 */
export async function findProjectRow<T extends ProjectRowTable>(
  ex: Executor,
  table: T,
  regionCode: string,
  id: string,
  lock: boolean,
): Promise<WithProjectNames<T['$inferSelect']> | undefined> {
  const q = selectProjectRows(ex, table)
    .where(byKey(table, regionCode, id))
    .limit(1);
  const rows = lock ? await q.for('update', { of: table as ProjectRowTable }) : await q;
  return rows[0] ? flattenProjectRow<T['$inferSelect']>(rows[0]) : undefined;
}

/** Writes a row only if it is still at `version` (optimistic concurrency); undefined when it is not. */
export async function updateAtVersion<T extends ProjectRowTable>(
  ex: Executor,
  table: T,
  regionCode: string,
  id: string,
  version: number,
  set: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect'] | undefined> {
  const rows = await ex
    .update(table as ProjectRowTable)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(byKey(table, regionCode, id), eq(table.version, version)))
    .returning();
  return rows[0] as T['$inferSelect'] | undefined;
}

/** `updateAtVersion` bound to one table: each feature's write of its rows. */
export const versionedWrite =
  <T extends ProjectRowTable>(table: T) =>
  (ex: Executor, regionCode: string, id: string, version: number, set: Partial<T['$inferInsert']>) =>
    updateAtVersion(ex, table, regionCode, id, version, set);

/**
 * The approved (批复) forms of `kinds` for `year` (or without a year), with their unit, by unit and name:
 * what a monitoring round may include and what may be self-evaluated; `narrow` adds the caller's condition.
 */
export async function listApprovedForms(
  ex: Executor,
  kinds: readonly ('project' | 'department')[],
  year: number,
  narrow?: SQL,
) {
  return ex
    .select({
      id: forms.id,
      name: forms.name,
      code: forms.code,
      year: forms.year,
      status: forms.status,
      orgId: forms.orgId,
      orgName: orgs.name,
      budgetTotal: forms.budgetTotal,
      budgetCurrent: forms.budgetCurrent,
    })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(
      and(
        inArray(forms.kind, kinds),
        inArray(forms.status, APPROVED_STATUSES),
        formsOfYearOrNone(year),
        narrow,
      ),
    )
    .orderBy(asc(orgs.name), asc(forms.name));
}
