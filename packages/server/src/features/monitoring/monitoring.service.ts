// Monitoring (绩效运行监控): finance opens a round for chosen approved projects, units fill their entries
// (budget executed to date, progress and forecast per approved indicator), warnings are computed from the
// typed values by the core rules, never typed by hand. Every write in one transaction with its audit record.
import { newMonitoringEntrySchema, type MonitoringThresholds, type NewMonitoringEntry } from '@jixiao/core';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { appendAudit, type AuditContext } from '../audit/audit.repo.ts';
import { loadApprovedProject } from '../evaluation-common/approved-project.ts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { canSee } from '../evaluation-common/evaluation-scope.ts';
import { storedDataNotice, type StoredRead } from '../evaluation-common/stored-data.ts';
import { listTransitionsOf } from '../evaluation-common/evaluation-transitions.ts';
import { orgMapOf } from '../orgs/departments.ts';
import { progressOfUnits } from './monitoring-workflow.ts';
import { applyMonitoringInput, type MonitoringSaveInput } from './monitoring-input.ts';
import { reportOf, thresholdsOf, UNREPORTED } from './monitoring-report.ts';
import { lockOwnOpenEntry } from './monitoring-entry-access.ts';
import { openingData, readEntryData } from './monitoring-stored.ts';
import * as repo from './monitoring.repo.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { joinedAnswer } from '../../db/json-page.ts';

export interface RoundInput {
  year: number;
  month: number;
  title?: string | undefined;
  formIds: string[];
  thresholds?: { budgetRed: string; budgetYellow: string } | undefined;
}

export async function listCandidates(db: Db, year: number) {
  return { items: await repo.listCandidates(db, year) };
}

/** Opens a round of `regionCode` (the acting organisation's) inside a transaction (also used by the demo seeding). */
export async function openRound(tx: Executor, ctx: AuditContext, regionCode: string, input: RoundInput) {
  const formIds = [...new Set(input.formIds)];
  if (formIds.length === 0) throw evaluationError('no-projects');
  const thresholds: MonitoringThresholds = {
    ...thresholdsOf({}),
    expectedMustMeetTarget: true,
    ...(input.thresholds
      ? { budget: { red: input.thresholds.budgetRed, yellow: input.thresholds.budgetYellow } }
      : {}),
  };
  const round = await repo.insertRound(tx, {
    regionCode,
    year: input.year,
    month: input.month,
    title: input.title?.trim() || `${input.year}年1—${input.month}月绩效运行监控`,
    thresholds,
    createdBy: ctx.actor?.id ?? null,
  });
  if (!round)
    throw evaluationError(
      'round-exists',
      { year: input.year, month: input.month },
      `${input.year}年1—${input.month}月的监控轮次已经开启：请在该轮次中填报，或关闭后重新开启`,
    );
  const entries = [];
  for (const formId of formIds) {
    const p = await loadApprovedProject(tx, formId);
    const data = openingData(p, formId, input.year, input.month);
    entries.push({
      regionCode: round.regionCode,
      roundId: round.id,
      year: round.year, // the round's partition (monitoring_entries is partitioned by year)
      formId,
      orgId: p.row.orgId,
      status: UNREPORTED,
      data,
    });
  }
  const inserted = await repo.insertEntries(tx, entries);
  await appendAudit(tx, ctx, {
    action: 'monitoring-round-open',
    entity: 'monitoring-round',
    entityId: round.id,
    after: { year: round.year, month: round.month, title: round.title, formIds },
  });
  return { round, entries: inserted.length };
}

/** Years a round may be opened for: the last five and the next (a round watches a budget year in progress). */
export const ROUND_YEARS_BACK = 5;

/** Finance opens a round for the year and period it chose; a year far from today's is a slip of the hand. */
export async function createRound(db: Db, actor: Actor, ip: string | null, input: RoundInput, today: Date) {
  const now = today.getFullYear();
  if (input.year < now - ROUND_YEARS_BACK || input.year > now + 1)
    throw evaluationError(
      'round-year-out-of-range',
      { year: input.year, min: now - ROUND_YEARS_BACK, max: now + 1 },
      `监控年度须在 ${now - ROUND_YEARS_BACK} 至 ${now + 1} 年之间`,
    );
  return db.transaction((tx) => openRound(tx, { actor, ip }, actor.regionCode, input));
}

export async function listRounds(db: Db, actor: Actor) {
  return { items: await repo.listRounds(db, actor) };
}

/**
 * The entry's page: its data as read (`readEntryData`), the warnings worked out from it, and when parts of
 * the stored data could not be read, a notice naming them (`stored`).
 */
function entryView(
  row: repo.EntryWithNames,
  round: repo.RoundRow,
  { value: data, parts }: StoredRead<NewMonitoringEntry>,
) {
  const { report, summary } = reportOf(data, thresholdsOf(round.thresholds), row.status);
  return {
    entry: {
      id: row.id,
      roundId: row.roundId,
      formId: row.formId,
      orgId: row.orgId,
      orgName: row.orgName,
      projectName: row.projectName,
      projectCode: row.projectCode,
      status: row.status,
      version: row.version,
      updatedAt: row.updatedAt,
    },
    round: { id: round.id, year: round.year, month: round.month, title: round.title, status: round.status },
    data,
    report,
    summary,
    stored: storedDataNotice(parts, '监控表'),
  };
}

/** The round with its progress and steps; its entries are read by pages (`listRoundEntries`). */
export async function getRound(db: Db, actor: Actor, id: string) {
  const round = await repo.findRound(db, actor.regionCode, id);
  if (!round) throw evaluationError('round-not-found');
  const units = await repo.unitCounts(db, actor, id);
  if (actor.role !== 'finance' && units.length === 0) throw evaluationError('round-not-found');
  const { frozen: _frozen, ...roundFields } = round;
  return {
    round: roundFields,
    progress: progressOfUnits(units, await orgMapOf(db)),
    transitions: await listTransitionsOf(db, 'monitoring-round', id),
  };
}

/**
 * A page of the round's entries in the actor's scope, as the JSON bytes the route sends (404 as for the round
 * when it sees none).
 */
export async function listRoundEntries(
  db: Db,
  actor: Actor,
  id: string,
  query: {
    limit: number;
    cursor?: string | undefined;
    status?: string | undefined;
    orgId?: string | undefined;
  },
) {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const page = await repo.listEntries(db, actor, id, {
    status: query.status,
    orgId: query.orgId,
    limit: query.limit,
    after,
  });
  // A page with rows shows entries of the round in the actor's region that the actor sees: the round is
  // there and visible, no statement needed to check it. An empty page checks as before (no such round, or
  // a unit or reviewer who sees none of its entries: 404; finance: an empty page).
  if (page.shown.rows === 0) {
    const round = await repo.findRound(db, actor.regionCode, id);
    if (!round) throw evaluationError('round-not-found');
    if (actor.role !== 'finance' && !(await repo.seesAnyEntry(db, actor, id)))
      throw evaluationError('round-not-found');
  }
  // The answer's bytes: the items as the entries keep them (roundEntriesResponse's), the end after.
  return joinedAnswer(page.shown, page.end);
}

async function visibleEntry(db: Db, actor: Actor, id: string, lock = false) {
  const row = await repo.findEntry(db, actor.regionCode, id, lock);
  if (!row || !canSee(actor, row)) throw evaluationError('entry-not-found');
  const round = await repo.findRound(db, row.regionCode, row.roundId);
  if (!round) throw evaluationError('round-not-found');
  return { row, round };
}

/** Why finance reopened the round, while it is open again: the unit sees it on each of its tables. */
async function reopenNoteOf(db: Db, round: repo.RoundRow) {
  if (round.status !== 'open') return null;
  const steps = await listTransitionsOf(db, 'monitoring-round', round.id);
  const last = steps.at(-1);
  return last?.action === 'reopen' ? { reason: last.opinion ?? '', at: last.createdAt } : null;
}

export async function getEntry(db: Db, actor: Actor, id: string) {
  const { row, round } = await visibleEntry(db, actor, id);
  return {
    ...entryView(row, round, await readEntryData(db, row, round)),
    reopened: await reopenNoteOf(db, round),
    transitions: await listTransitionsOf(db, 'monitoring-entry', id),
  };
}

/**
 * Saves the typed values. Values that cannot be read (a word where a number is due, a unit that does not
 * convert, execution above the budget) refuse the whole save with 422 and the list of errors.
 */
export async function saveEntry(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  input: MonitoringSaveInput,
) {
  return db.transaction(async (tx) => {
    const { row, round } = await lockOwnOpenEntry(tx, actor, id);
    if (row.status === 'submitted') throw evaluationError('entry-submitted');
    if (row.version !== input.version)
      throw evaluationError('stale-version', { current: row.version, yours: input.version });
    // The stored data as read: a save over parts that could not be read writes the entry in today's shape
    // (the parts replaced are named in the audit record, with the data as it was stored).
    const stored = await readEntryData(tx, row, round);
    const before = stored.value;
    const data = newMonitoringEntrySchema.parse(applyMonitoringInput(before, input));
    const { summary } = reportOf(data, thresholdsOf(round.thresholds));
    if (summary.inputErrors.length > 0)
      throw evaluationError('monitoring-invalid', { errors: summary.inputErrors });
    const updated = await repo.updateEntry(tx, row.regionCode, id, row.version, {
      data,
      status: summary.incomplete ? 'pending' : 'filled',
      budgetLight: summary.budgetLight,
      worstLight: summary.worstLight,
      redCount: summary.redCount,
      yellowCount: summary.yellowCount,
      executionRate: summary.executionRate,
      updatedBy: actor.id,
    });
    if (!updated) throw evaluationError('stale-version');
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: 'monitoring-entry-save',
        entity: 'monitoring-entry',
        entityId: id,
        before: {
          version: row.version,
          budget: before.budget,
          ...(stored.parts.length > 0 ? { unreadable: stored.parts, storedData: row.data } : {}),
        },
        after: {
          version: updated.version,
          budget: data.budget,
          worstLight: summary.worstLight,
          red: summary.redCount,
          yellow: summary.yellowCount,
        },
      },
    );
    return entryView({ ...row, ...updated }, round, { value: data, parts: [] });
  });
}

/** The stored entry, for export. */
export async function entryForExport(db: Db, actor: Actor, id: string) {
  return getEntry(db, actor, id);
}
