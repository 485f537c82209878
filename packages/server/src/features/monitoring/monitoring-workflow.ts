// The end of a monitoring round: a unit submits (已提交) its entry when done (and may withdraw it while the
// round is open); finance closes the round — entries become read-only and the warnings are frozen as they
// stood — and may reopen it with a written reason, sending chosen submitted entries back to their units
// (已退回, editable, the reason shown); the others stay submitted and may be withdrawn. Each step is one transaction with its transition record
// and audit entry; the progress view says who has not submitted yet, by department and unit.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { monitoringEntries, monitoringRounds } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { departmentOf, type OrgNode } from '../orgs/departments.ts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { recordTransition } from '../evaluation-common/evaluation-transitions.ts';
import { reportOf, thresholdsOf, UNREPORTED } from './monitoring-report.ts';
import { lockOwnOpenEntry } from './monitoring-entry-access.ts';
import { readEntryData, storedExecutedToDate } from './monitoring-stored.ts';
import * as repo from './monitoring.repo.ts';
import { checkActor, checkTransition, stateAllows } from '../../workflow-engine/workflow-engine.ts';
import { entryRules, entryWorkflow, roundWorkflow, type EntryAction } from './monitoring-rules.ts';
import type { UnitCount } from './monitoring.repo.ts';

/** One entry's warnings at the round's closing (what the dashboard shows for a closed round). */
export interface FrozenEntry {
  entryId: string;
  status: string;
  budgetLight: string | null;
  worstLight: string | null;
  redCount: number;
  yellowCount: number;
  executionRate: string | null;
  /** null: the stored entry's figure could not be read (monitoring-stored.ts). */
  executedToDate: string | null;
}

/** The round by its whole key (the actor's region and the id): by id alone no index applies. */
const roundKey = (regionCode: string, id: string) =>
  and(eq(monitoringRounds.regionCode, regionCode), eq(monitoringRounds.id, id));

async function lockRound(tx: Executor, regionCode: string, id: string) {
  const [round] = await tx
    .select()
    .from(monitoringRounds)
    .where(roundKey(regionCode, id))
    .for('update')
    .limit(1);
  if (!round) throw evaluationError('round-not-found');
  return round;
}

/** A locked round's entries, read with the round's year too: from that year's partition only. */
function entriesOfRound(round: { regionCode: string; year: number; id: string }) {
  return and(
    eq(monitoringEntries.regionCode, round.regionCode),
    eq(monitoringEntries.year, round.year),
    eq(monitoringEntries.roundId, round.id),
  );
}

export async function closeRound(db: Db, actor: Actor, ip: string | null, id: string) {
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, actor.regionCode, id);
    checkActor(roundWorkflow, 'close', { role: actor.role, ownUnit: false });
    const rule = checkTransition(roundWorkflow, 'close', round, null);
    const entries = await tx.select().from(monitoringEntries).where(entriesOfRound(round));
    const frozen: FrozenEntry[] = entries.map((e) => ({
      entryId: e.id,
      status: e.status,
      budgetLight: e.budgetLight,
      worstLight: e.worstLight,
      redCount: e.redCount,
      yellowCount: e.yellowCount,
      executionRate: e.executionRate,
      executedToDate: storedExecutedToDate(e.data),
    }));
    const [updated] = await tx
      .update(monitoringRounds)
      .set({ status: rule.to, closedAt: new Date(), closedBy: actor.id, frozen })
      .where(roundKey(round.regionCode, id))
      .returning();
    const submitted = entries.filter((e) => e.status === 'submitted').length;
    await recordTransition(tx, {
      regionCode: actor.regionCode,
      entity: 'monitoring-round',
      entityId: id,
      action: 'close',
      fromStatus: round.status,
      toStatus: rule.to,
      opinion: `已提交 ${submitted}／${entries.length}`,
      actorId: actor.id,
    });
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'monitoring-round-close',
        entity: 'monitoring-round',
        entityId: id,
        after: { entries: entries.length, submitted },
      },
    );
    return { round: updated! };
  });
}

export interface ReopenInput {
  reason: string;
  /** Submitted entries of the round to send back to their units (已退回) with the reason. */
  returnEntryIds?: string[] | undefined;
}

/**
 * Reopens a closed round. A finance officer reopens for a purpose — usually a unit asked to correct its
 * figures — so the entries named are returned to their units (editable, the reason shown, a transition on
 * each); the other submitted entries stay submitted and their units may withdraw them while the round is open.
 */
export async function reopenRound(db: Db, actor: Actor, ip: string | null, id: string, input: ReopenInput) {
  const { reason } = input;
  const returnIds = [...new Set(input.returnEntryIds ?? [])];
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, actor.regionCode, id);
    checkActor(roundWorkflow, 'reopen', { role: actor.role, ownUnit: false });
    const rule = checkTransition(roundWorkflow, 'reopen', round, reason);
    const toReturn =
      returnIds.length === 0
        ? []
        : await tx
            .select({
              id: monitoringEntries.id,
              status: monitoringEntries.status,
              version: monitoringEntries.version,
            })
            .from(monitoringEntries)
            .where(and(entriesOfRound(round), inArray(monitoringEntries.id, returnIds)))
            .for('update');
    const notReturnable = returnIds.filter((eid) => {
      const entry = toReturn.find((e) => e.id === eid);
      return !entry || !stateAllows(entryRules, 'return', entry);
    });
    if (notReturnable.length > 0) throw evaluationError('entry-not-returnable', { entryIds: notReturnable });
    // The frozen warnings stay until the next closing replaces them: the dashboard keeps the last closed state.
    const [updated] = await tx
      .update(monitoringRounds)
      .set({ status: rule.to })
      .where(roundKey(round.regionCode, id))
      .returning();
    await recordTransition(tx, {
      regionCode: actor.regionCode,
      entity: 'monitoring-round',
      entityId: id,
      action: 'reopen',
      fromStatus: round.status,
      toStatus: rule.to,
      opinion: reason,
      actorId: actor.id,
    });
    const returnRule = entryRules.return;
    for (const e of toReturn) {
      const returned = await repo.updateEntry(tx, round.regionCode, e.id, e.version, {
        status: returnRule.to,
        updatedBy: actor.id,
      });
      if (!returned) throw evaluationError('stale-version');
      await recordTransition(tx, {
        regionCode: actor.regionCode,
        entity: 'monitoring-entry',
        entityId: e.id,
        action: 'return',
        fromStatus: e.status,
        toStatus: returnRule.to,
        opinion: reason,
        actorId: actor.id,
      });
    }
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'monitoring-round-reopen',
        entity: 'monitoring-round',
        entityId: id,
        after: { reason, returnedEntries: toReturn.map((e) => e.id) },
      },
    );
    return { round: updated!, returned: toReturn.length };
  });
}

/** Submit (已提交) or withdraw an entry of the actor's own unit while its round is open. */
export async function markEntry(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  action: Exclude<EntryAction, 'return'>,
  seenVersion: number,
) {
  return db.transaction(async (tx) => {
    const { row, round } = await lockOwnOpenEntry(tx, actor, id);
    // A colleague may have changed the table since this one looked at it: submit only what was seen.
    if (row.version !== seenVersion)
      throw evaluationError('stale-review', { current: row.version, yours: seenVersion });
    // lockOwnOpenEntry has made sure the actor fills for the entry's unit.
    checkActor(entryWorkflow, action, { role: actor.role, ownUnit: true });
    // Read as the entry's page reads it: data whose parts could not be read is incomplete until it is saved.
    const stored = await readEntryData(tx, row, round);
    const incomplete = () =>
      stored.parts.length > 0 || reportOf(stored.value, thresholdsOf(round.thresholds)).summary.incomplete;
    const { to } = checkTransition(entryWorkflow, action, { status: row.status, incomplete }, null);
    const updated = await repo.updateEntry(tx, row.regionCode, id, row.version, {
      status: to,
      updatedBy: actor.id,
    });
    if (!updated) throw evaluationError('stale-version');
    await recordTransition(tx, {
      regionCode: actor.regionCode,
      entity: 'monitoring-entry',
      entityId: id,
      action,
      fromStatus: row.status,
      toStatus: to,
      actorId: actor.id,
    });
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: `monitoring-entry-${action}`,
        entity: 'monitoring-entry',
        entityId: id,
        before: { status: row.status, version: row.version },
        after: { status: to, version: updated.version },
      },
    );
    return { status: to, version: updated.version };
  });
}

export interface ProgressUnit {
  orgId: string;
  orgName: string;
  entries: number;
  submitted: number;
  /** Entries the unit has not started (未填报), counted apart from those in progress. */
  unfilled: number;
}
export interface ProgressDepartment {
  departmentId: string;
  department: string;
  entries: number;
  submitted: number;
  unfilled: number;
  units: ProgressUnit[];
}

/** Submitted / not submitted per department and unit, for the entries the actor sees. */
export function progressOf(
  entries: readonly { id: string; orgId: string; orgName: string; projectName: string; status: string }[],
  orgMap: ReadonlyMap<string, OrgNode>,
): ProgressDepartment[] {
  const units = new Map<string, UnitCount>();
  for (const e of entries) {
    let u = units.get(e.orgId);
    if (!u) {
      u = { orgId: e.orgId, orgName: e.orgName, entries: 0, submitted: 0, unfilled: 0 };
      units.set(e.orgId, u);
    }
    u.entries++;
    if (e.status === UNREPORTED) u.unfilled++;
    if (e.status === 'submitted') u.submitted++;
  }
  return progressOfUnits([...units.values()], orgMap);
}

/**
 * The progress from each unit's counts (the aggregate the round's page reads: a round of many projects is
 * never read whole for it); a unit's tables not yet submitted are paged apart (entries?orgId=…&status=
 * not-submitted), only when asked.
 */
export function progressOfUnits(
  units: readonly UnitCount[],
  orgMap: ReadonlyMap<string, OrgNode>,
): ProgressDepartment[] {
  const depts = new Map<string, ProgressDepartment>();
  for (const u of units) {
    const d = departmentOf(u.orgId, orgMap);
    const key = d?.id ?? u.orgId;
    let dept = depts.get(key);
    if (!dept) {
      dept = {
        departmentId: key,
        department: d?.name ?? u.orgName,
        entries: 0,
        submitted: 0,
        unfilled: 0,
        units: [],
      };
      depts.set(key, dept);
    }
    dept.entries += u.entries;
    dept.submitted += u.submitted;
    dept.unfilled += u.unfilled;
    dept.units.push({ ...u });
  }
  return [...depts.values()].sort((a, b) => a.department.localeCompare(b.department, 'zh'));
}
