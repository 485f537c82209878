// SQL for monitoring rounds and entries (with the project name and the unit of each entry).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { forms, monitoringEntries, monitoringRounds, orgs } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { scopeWhere } from '../evaluation-common/evaluation-scope.ts';
import {
  findProjectRow,
  flattenProjectRow,
  listApprovedForms,
  projectRowColumns,
  selectProjectRows,
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

export async function findRound(ex: Executor, id: string) {
  const [row] = await ex.select().from(monitoringRounds).where(eq(monitoringRounds.id, id)).limit(1);
  return row;
}

/** Rounds, newest first, with the counts of the entries the actor may see. */
export async function listRounds(ex: Executor, actor: Actor) {
  const scope = scopeWhere(actor, monitoringEntries.orgId);
  const counts = await ex
    .select({
      roundId: monitoringEntries.roundId,
      entries: sql<number>`count(*)::int`,
      filled: sql<number>`count(*) filter (where ${monitoringEntries.status} in ('filled', 'submitted'))::int`,
      submitted: sql<number>`count(*) filter (where ${monitoringEntries.status} = 'submitted')::int`,
      unfilled: sql<number>`count(*) filter (where ${monitoringEntries.status} = 'unfilled')::int`,
      red: sql<number>`count(*) filter (where ${monitoringEntries.worstLight} = 'red')::int`,
      yellow: sql<number>`count(*) filter (where ${monitoringEntries.worstLight} = 'yellow')::int`,
    })
    .from(monitoringEntries)
    .innerJoin(orgs, eq(orgs.id, monitoringEntries.orgId))
    .where(scope)
    .groupBy(monitoringEntries.roundId);
  const byRound = new Map(counts.map((c) => [c.roundId, c]));
  const rounds = await ex
    .select()
    .from(monitoringRounds)
    .orderBy(desc(monitoringRounds.year), desc(monitoringRounds.createdAt));
  return rounds
    .map(({ frozen: _frozen, ...r }) => {
      const c = byRound.get(r.id);
      return {
        ...r,
        entries: Number(c?.entries ?? 0),
        filled: Number(c?.filled ?? 0),
        submitted: Number(c?.submitted ?? 0),
        unfilled: Number(c?.unfilled ?? 0),
        red: Number(c?.red ?? 0),
        yellow: Number(c?.yellow ?? 0),
      };
    })
    .filter((r) => actor.role === 'finance' || r.entries > 0);
}

export type EntryWithNames = WithProjectNames<EntryRow>;

export async function listEntries(ex: Executor, actor: Actor, roundId: string) {
  const rows = await selectProjectRows(ex, monitoringEntries)
    .where(and(eq(monitoringEntries.roundId, roundId), scopeWhere(actor, monitoringEntries.orgId)))
    .orderBy(asc(orgs.name), asc(forms.name));
  return rows.map((r) => flattenProjectRow<EntryRow>(r));
}

export async function findEntry(ex: Executor, id: string, lock = false): Promise<EntryWithNames | undefined> {
  return findProjectRow(ex, monitoringEntries, id, lock);
}

/** Writes an entry only if it is still at `version` (optimistic concurrency). */
export const updateEntry = versionedWrite(monitoringEntries);

/** Approved project forms of a year (or without a year), with their unit: what a round may include. */
export async function listCandidates(ex: Executor, year: number) {
  return listApprovedForms(ex, ['project'], year);
}

/** Every entry of every round of a year in the actor's scope (the dashboard). */
export async function entriesOfYear(ex: Executor, actor: Actor, year: number) {
  const rows = await ex
    .select({
      ...projectRowColumns(monitoringEntries),
      roundTitle: monitoringRounds.title,
      month: monitoringRounds.month,
      roundStatus: monitoringRounds.status,
      frozen: monitoringRounds.frozen,
    })
    .from(monitoringEntries)
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, monitoringEntries.roundId))
    .innerJoin(forms, eq(forms.id, monitoringEntries.formId))
    .innerJoin(orgs, eq(orgs.id, monitoringEntries.orgId))
    .where(and(eq(monitoringRounds.year, year), scopeWhere(actor, monitoringEntries.orgId)))
    .orderBy(desc(monitoringRounds.createdAt));
  return rows.map(({ roundTitle, month, roundStatus, frozen, ...r }) => ({
    ...flattenProjectRow<EntryRow>(r),
    roundTitle,
    month,
    roundStatus,
    frozen,
  }));
}
