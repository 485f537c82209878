// SQL for monitoring rounds and entries (with the project name and the unit of each entry).
import { and, asc, desc, eq, getTableColumns, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import {
  monitoringEntries,
  monitoringRoundCounts,
  monitoringRoundTotals,
  monitoringRounds,
  orgs,
} from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { pageCountColumn, prepareCount, type PageCount } from '../../db/count-capped.ts';
import { prepareBuilt, preparedFor, prepareSql } from '../../db/prepared.ts';
import { formScope, type Scope } from '../forms/form-access.ts';
import { afterPlaced, keptFirstPage, keysetPageRead } from '../../db/keyset.ts';
import { joinedPage, joinedRead, type JoinedRow } from '../../db/json-page.ts';
import type { TimeIdCursor } from '../../http/list-cursor.ts';
import { scopeByOrgIds, scopeByOrgIdsPlaced, scopeValues } from '../evaluation-common/evaluation-scope.ts';
import {
  findProjectRow,
  listApprovedForms,
  versionedWrite,
  type WithProjectNames,
} from '../evaluation-common/project-rows.ts';

export type RoundRow = typeof monitoringRounds.$inferSelect;
export type EntryRow = typeof monitoringEntries.$inferSelect;

/** Opens a round; undefined when its period already has one (one round per period, unique in the database). */
export async function insertRound(ex: Executor, r: typeof monitoringRounds.$inferInsert) {
  const [row] = await ex.insert(monitoringRounds).values(r).onConflictDoNothing().returning();
  return row;
}

export async function insertEntries(ex: Executor, rows: (typeof monitoringEntries.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return ex.insert(monitoringEntries).values(rows).returning();
}

/** A round by its whole key (region and id): by id alone no index applies. */
export async function findRound(ex: Executor, regionCode: string, id: string) {
  const [row] = await ex
    .select()
    .from(monitoringRounds)
    .where(and(eq(monitoringRounds.regionCode, regionCode), eq(monitoringRounds.id, id)))
    .limit(1);
  return row;
}

/**
 * Rounds, newest first, with the counts of the entries the actor may see: for finance (every entry) the
 * round's kept totals (monitoring_round_totals, one row a round); for a narrower scope, sums of the per-unit
 * counts the trigger keeps (monitoring_round_counts), a few rows per unit — instead of counting every entry
 * (~100 ms a request for one round of 60,000 entries).
 */
export async function listRounds(ex: Executor, actor: Actor) {
  const scope = formScope(actor);
  const statement = preparedFor(ex, `monitoring-rounds.list ${scope.kind}`, () =>
    roundListStatement(ex, scope.kind),
  );
  const rows = await statement.execute({ ...scopeValues(scope), regionCode: actor.regionCode });
  return rows
    .map((r) => ({
      ...r,
      entries: Number(r.entries),
      filled: Number(r.filled),
      submitted: Number(r.submitted),
      unfilled: Number(r.unfilled),
      red: Number(r.red),
      yellow: Number(r.yellow),
    }))
    .filter((r) => actor.role === 'finance' || r.entries > 0);
}

/**
 * The round list of one scope kind as one prepared statement: the rounds without their `frozen` list (an
 * entry a project once closed: never shown here), each joined with its sums of the kept counts.
 */
function roundListStatement(ex: Executor, kind: Scope['kind']) {
  const p = (name: string) => sql.placeholder(name);
  const counts = kind === 'all' ? roundTotals(ex) : unitCountSums(ex, kind);
  const { frozen: _frozen, ...roundColumns } = getTableColumns(monitoringRounds);
  const zero = (column: AnyPgColumn | SQL.Aliased<number>) => sql<number>`coalesce(${column}, 0)`;
  return prepareBuilt(
    ex
      .select({
        ...roundColumns,
        entries: zero(counts.entries),
        filled: zero(counts.filled),
        submitted: zero(counts.submitted),
        unfilled: zero(counts.unfilled),
        red: zero(counts.red),
        yellow: zero(counts.yellow),
      })
      .from(monitoringRounds)
      .leftJoin(
        counts,
        and(eq(counts.regionCode, monitoringRounds.regionCode), eq(counts.roundId, monitoringRounds.id)),
      )
      .where(eq(monitoringRounds.regionCode, p('regionCode')))
      .orderBy(desc(monitoringRounds.year), desc(monitoringRounds.createdAt)),
  );
}

/** Every entry of each round: the round's kept totals (migration 0046), one row a round. */
function roundTotals(ex: Executor) {
  const t = monitoringRoundTotals;
  return ex
    .select({
      regionCode: t.regionCode,
      roundId: t.roundId,
      entries: sql<number>`${t.entries}`.as('entries'),
      filled: sql<number>`${t.filled}`.as('filled'),
      submitted: sql<number>`${t.submitted}`.as('submitted'),
      unfilled: sql<number>`${t.unfilled}`.as('unfilled'),
      red: sql<number>`${t.red}`.as('red'),
      yellow: sql<number>`${t.yellow}`.as('yellow'),
    })
    .from(t)
    .where(eq(t.regionCode, sql.placeholder('regionCode')))
    .as('n');
}

/** The entries of a scope's units in each round: sums of their kept counts per unit. */
function unitCountSums(ex: Executor, kind: Scope['kind']) {
  const c = monitoringRoundCounts;
  const p = (name: string) => sql.placeholder(name);
  const sum = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)::int`;
  return ex
    .select({
      regionCode: c.regionCode,
      roundId: c.roundId,
      entries: sum(c.entries).as('entries'),
      filled: sum(c.filled).as('filled'),
      submitted: sum(c.submitted).as('submitted'),
      unfilled: sum(c.unfilled).as('unfilled'),
      red: sum(c.red).as('red'),
      yellow: sum(c.yellow).as('yellow'),
    })
    .from(c)
    .where(and(eq(c.regionCode, p('regionCode')), scopeByOrgIdsPlaced(ex, kind, c.orgId)))
    .groupBy(c.regionCode, c.roundId)
    .as('n');
}

export type EntryWithNames = WithProjectNames<EntryRow>;

/**
 * The entries of a round in its year's partition: monitoring_entries is partitioned by the round's year, and
 * a read that names only the round probes every year's index. The year is the round's, read in the same
 * statement (the key lookup of one round); PostgreSQL prunes the other years' partitions as it runs it.
 */
function ofRound(regionCode: unknown, roundId: unknown): SQL {
  const r = monitoringRounds;
  return and(
    eq(monitoringEntries.regionCode, sql`${regionCode}`),
    eq(monitoringEntries.roundId, sql`${roundId}`),
    eq(
      monitoringEntries.year,
      sql`(select ${r.year} from ${r} where ${r.regionCode} = ${regionCode} and ${r.id} = ${roundId})`,
    ),
  )!;
}

/** Who sees which entries of a round: the round, and the reader's scope by organisation ids (no join). */
function roundScope(ex: Executor, actor: Actor, roundId: string): SQL | undefined {
  return and(ofRound(actor.regionCode, roundId), scopeByOrgIds(ex, actor, monitoringEntries.orgId));
}

/** Whether the actor sees any entry of the round (a unit or reviewer without one does not see the round). */
export async function seesAnyEntry(ex: Executor, actor: Actor, roundId: string): Promise<boolean> {
  const rows = await ex
    .select({ one: sql<number>`1` })
    .from(monitoringEntries)
    .where(roundScope(ex, actor, roundId))
    .limit(1);
  return rows.length > 0;
}

/** One unit's counts in a round (an SQL aggregate over the entries the actor sees). */
export interface UnitCount {
  orgId: string;
  orgName: string;
  entries: number;
  submitted: number;
  unfilled: number;
}

/** Each unit's entries in the round, submitted and not started (未填报), for the entries the actor sees. */
export async function unitCounts(ex: Executor, actor: Actor, roundId: string): Promise<UnitCount[]> {
  // The counts the trigger keeps per unit (monitoring_round_counts), named: counting the round's entries
  // here took ~90 ms for a round of 60,000 (and grouping by the name made PostgreSQL sort every entry).
  const c = monitoringRoundCounts;
  const rows = await ex
    .select({
      orgId: c.orgId,
      orgName: orgs.name,
      entries: c.entries,
      submitted: c.submitted,
      unfilled: c.unfilled,
    })
    .from(c)
    .innerJoin(orgs, eq(orgs.id, c.orgId))
    .where(
      and(
        eq(c.regionCode, actor.regionCode),
        eq(c.roundId, roundId),
        scopeByOrgIds(ex, actor, c.orgId),
        sql`${c.entries} > 0`,
      ),
    )
    .orderBy(asc(orgs.name));
  return rows.map((r) => ({
    ...r,
    entries: Number(r.entries),
    submitted: Number(r.submitted),
    unfilled: Number(r.unfilled),
  }));
}

export interface EntryPageFilter {
  /**
   * Only entries in this state (e.g. the submitted ones finance may send back when reopening), or
   * `not-submitted`: all but the submitted ones (a unit's tables to chase).
   */
  status?: string | undefined;
  /** Only this unit's entries (read from monitoring_entries_org_round_updated). */
  orgId?: string | undefined;
  limit: number;
  /** The page after this position (keyset); the total is then not counted again. */
  after?: TimeIdCursor | undefined;
}

/** Which status condition a page of entries has: none, all but the submitted ones, or one state. */
export type StatusShape = 'any' | 'not-submitted' | 'one';

/**
 * How a page of entries counts: as other lists (count-capped.ts), or, for the whole round (finance, no status,
 * no unit), `kept`: the round's total as monitoring_round_totals keeps it (migration 0046) — one row read by
 * its key, exact at any size, where the capped count read 1,001 entries on every first page.
 */
export type EntryCount = PageCount | 'kept';

/** The round's entries as kept in its totals row; a round without one has none. */
function keptEntries(): SQL<number> {
  const t = monitoringRoundTotals;
  const p = (name: string) => sql.placeholder(name);
  return sql<number>`coalesce((select ${t.entries} from ${t}
    where ${t.regionCode} = ${p('regionCode')} and ${t.roundId} = ${p('roundId')}), 0)`;
}

/** The page statement of a round's entries of one shape (scope kind, status, unit given, first page). */
export function entryPageQuery(
  ex: Executor,
  kind: Scope['kind'],
  status: StatusShape,
  hasOrg: boolean,
  counting: EntryCount,
) {
  const first = counting !== 'none';
  const p = (name: string) => sql.placeholder(name);
  const cond = and(
    ofRound(p('regionCode'), p('roundId')),
    scopeByOrgIdsPlaced(ex, kind, monitoringEntries.orgId),
    status === 'any'
      ? undefined
      : status === 'not-submitted'
        ? ne(monitoringEntries.status, 'submitted')
        : eq(monitoringEntries.status, p('status')),
    hasOrg ? eq(monitoringEntries.orgId, p('orgId')) : undefined,
  );
  const after = afterPlaced(monitoringEntries.updatedAt, monitoringEntries.id, first);
  const page = ex
    .select({
      // The item as the answer writes it, kept by the entry (`list_item`, migration 0054: written by its
      // trigger, as the route's compiled serializer wrote the row's fields: no JSON written a row here); the id
      // and the time as text for the next page's cursor. Named: the page is joined into one row by the
      // statement around it (db/json-page.ts).
      item: sql<string>`${monitoringEntries.listItem}`.as('item'),
      id: monitoringEntries.id,
      at: sql<string>`${monitoringEntries.updatedAt}::text`.as('at'),
      matching: (counting === 'kept' ? keptEntries() : pageCountColumn(counting, monitoringEntries, cond)).as(
        'matching',
      ),
    })
    .from(monitoringEntries)
    // The actor's region as well: a page with rows then proves the round is the actor's (the entries' key to
    // their round includes the region), and the service needs no statement of its own to check it.
    .where(and(cond, eq(monitoringEntries.regionCode, p('regionCode')), after))
    // monitoring_entries_round_updated's order: the page is read from the index, not sorted.
    .orderBy(sql`${monitoringEntries.updatedAt} desc nulls last`, asc(monitoringEntries.id))
    .limit(p('limit'));
  return { page, cond };
}

/** The statements of a page of a round's entries of one shape (see `entryPageQuery`). */
function entryPageStatements(
  ex: Executor,
  kind: Scope['kind'],
  status: StatusShape,
  hasOrg: boolean,
  counting: EntryCount,
) {
  const { page, cond } = entryPageQuery(ex, kind, status, hasOrg, counting);
  return {
    page: prepareSql<JoinedRow>(ex, joinedPage(page, true)),
    count: prepareCount(ex, monitoringEntries, cond),
  };
}

/** A page of a round's entries the actor sees: the page joined into one row (its items' JSON) and its end. */
export async function listEntries(ex: Executor, actor: Actor, roundId: string, f: EntryPageFilter) {
  const scope = formScope(actor);
  const status: StatusShape =
    f.status === undefined ? 'any' : f.status === 'not-submitted' ? 'not-submitted' : 'one';
  const hasOrg = f.orgId !== undefined;
  const shape = `monitoring-entries.page ${scope.kind} ${status} ${hasOrg}`;
  const filter = {
    ...scopeValues(scope),
    regionCode: actor.regionCode,
    roundId,
    status: f.status ?? null,
    orgId: f.orgId ?? null,
  };
  if (!f.after && scope.kind === 'all' && status === 'any' && !hasOrg) {
    // The whole round: its total as kept, exact (no estimate above a cap).
    const statements = preparedFor(ex, `${shape} kept`, () =>
      entryPageStatements(ex, scope.kind, status, hasOrg, 'kept'),
    );
    return keptFirstPage(statements.page, filter, f.limit, joinedRead);
  }
  return keysetPageRead(
    ex,
    shape,
    filter,
    f,
    (counting) => entryPageStatements(ex, scope.kind, status, hasOrg, counting),
    joinedRead,
  );
}

export async function findEntry(
  ex: Executor,
  regionCode: string,
  id: string,
  lock = false,
): Promise<EntryWithNames | undefined> {
  return findProjectRow(ex, monitoringEntries, regionCode, id, lock);
}

/** Writes an entry only if it is still at `version` (optimistic concurrency). */
export const updateEntry = versionedWrite(monitoringEntries);

/** Approved project forms of a year (or without a year), with their unit: what a round may include. */
export async function listCandidates(ex: Executor, year: number) {
  return listApprovedForms(ex, ['project'], year);
}
