// 待我处理: every kind of work that waits for the signed-in role in its scope — forms, monitoring entries,
// self-evaluations, open monitoring rounds with units still to submit, and unread reminders (催报).
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { formsOfYearOrNone } from '../../db/form-years.ts';
import { onFormOfKey, onKey } from '../../db/key-join.ts';
import { queryRows, type Executor } from '../../db/client.ts';
import {
  forms,
  monitoringEntries,
  monitoringRounds,
  orgs,
  reminders,
  selfEvaluations,
  formKeys,
} from '../../db/schema.ts';
import type { WaitingItem } from '@jixiao/core/contracts';
import type { Actor, Role } from '../../http/access.ts';
import { scopeByOrgIds, scopeWhere } from '../evaluation-common/evaluation-scope.ts';

export type { WaitingItem, WaitingKind } from '@jixiao/core/contracts';

/** Statuses in which each kind waits for each role (the workflows' "from" states of that role's steps). */
export const WAITING_STATUSES: Record<Role, { form: string[]; monitoring: string[]; evaluation: string[] }> =
  {
    filler: {
      form: ['draft', 'returned'],
      monitoring: ['unfilled', 'pending', 'filled', 'returned'],
      evaluation: ['draft', 'scored', 'returned'],
    },
    reviewer: { form: ['submitted'], monitoring: [], evaluation: ['submitted'] },
    finance: { form: ['passed', 'approved'], monitoring: [], evaluation: ['passed'] },
    admin: { form: [], monitoring: [], evaluation: [] },
  };

/** At most this many rows of each kind: the 工作台 shows the count and the first ones. */
const LIMIT = 200;

const iso = (d: Date) => d.toISOString();

/** The latest changed first, ties by id: the order of the `…_updated` indexes (`updated_at desc nulls last, id`). */
function latestFirst(a: { at: Date; id: string }, b: { at: Date; id: string }): number {
  return b.at.getTime() - a.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * One status's forms, the latest changed first: read in the order of forms_status_updated and stopped at
 * LIMIT. With every status in one `IN (…)`, PostgreSQL read and sorted all of them (every approved form of
 * the province for finance, ~60 ms at 60,000 forms) to keep 200.
 */
async function formsInStatus(ex: Executor, actor: Actor, year: number | undefined, status: string) {
  return ex
    .select({
      id: forms.id,
      name: forms.name,
      formKind: forms.kind,
      formType: forms.formType,
      year: forms.year,
      status: forms.status,
      orgName: orgs.name,
      at: forms.updatedAt,
    })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(
      and(
        eq(forms.status, status),
        ne(forms.kind, 'disclosure'),
        year === undefined ? undefined : formsOfYearOrNone(year),
        scopeWhere(actor, forms.orgId),
      ),
    )
    .orderBy(sql`${forms.updatedAt} desc nulls last`, asc(forms.id))
    .limit(LIMIT);
}

async function waitingForms(ex: Executor, actor: Actor, year: number | undefined, statuses: string[]) {
  const rows = [];
  // One query after the other: a transaction's single client must not run two at once.
  for (const status of statuses) rows.push(...(await formsInStatus(ex, actor, year, status)));
  return rows
    .sort(latestFirst)
    .slice(0, LIMIT)
    .map((r): WaitingItem => ({
      kind: 'form',
      id: r.id,
      title: r.name,
      orgName: r.orgName,
      status: r.status,
      // A list never leaves the year blank: a form whose document named none says so.
      detail: `${r.year ? `${r.year}年` : '年度未填'} ${r.formType}`,
      at: iso(r.at),
    }));
}

async function waitingEntries(ex: Executor, actor: Actor, year: number | undefined, statuses: string[]) {
  if (statuses.length === 0) return [];
  const rows = await ex
    .select({
      id: monitoringEntries.id,
      status: monitoringEntries.status,
      name: forms.name,
      orgName: orgs.name,
      round: monitoringRounds.title,
      at: monitoringRounds.createdAt,
    })
    .from(monitoringEntries)
    .innerJoin(
      monitoringRounds,
      onKey(monitoringRounds, monitoringEntries.regionCode, monitoringEntries.roundId),
    )
    .innerJoin(formKeys, onKey(formKeys, monitoringEntries.regionCode, monitoringEntries.formId))
    .innerJoin(forms, onFormOfKey)
    .innerJoin(orgs, eq(orgs.id, monitoringEntries.orgId))
    .where(
      and(
        year === undefined ? undefined : eq(monitoringRounds.year, year),
        eq(monitoringRounds.status, 'open'),
        inArray(monitoringEntries.status, statuses),
        scopeWhere(actor, monitoringEntries.orgId),
      ),
    )
    .orderBy(desc(monitoringRounds.createdAt), asc(forms.name))
    .limit(LIMIT);
  return rows.map((r): WaitingItem => ({
    kind: 'monitoring',
    id: r.id,
    title: r.name,
    orgName: r.orgName,
    status: r.status,
    detail: r.round,
    at: iso(r.at),
  }));
}

async function waitingEvaluations(ex: Executor, actor: Actor, year: number | undefined, statuses: string[]) {
  if (statuses.length === 0) return [];
  const rows = await ex
    .select({
      id: selfEvaluations.id,
      year: selfEvaluations.year,
      status: selfEvaluations.status,
      name: forms.name,
      orgName: orgs.name,
      at: selfEvaluations.updatedAt,
    })
    .from(selfEvaluations)
    .innerJoin(formKeys, onKey(formKeys, selfEvaluations.regionCode, selfEvaluations.formId))
    .innerJoin(forms, onFormOfKey)
    .innerJoin(orgs, eq(orgs.id, selfEvaluations.orgId))
    .where(
      and(
        year === undefined ? undefined : eq(selfEvaluations.year, year),
        inArray(selfEvaluations.status, statuses),
        scopeWhere(actor, selfEvaluations.orgId),
      ),
    )
    // self_evaluations_status_year_updated's order: a short index range, no sort of the year's rows.
    .orderBy(sql`${selfEvaluations.updatedAt} desc nulls last`, asc(selfEvaluations.id))
    .limit(LIMIT);
  return rows.map((r): WaitingItem => ({
    kind: 'self-evaluation',
    id: r.id,
    title: r.name,
    orgName: r.orgName,
    status: r.status,
    detail: `${r.year}年绩效自评`,
    at: iso(r.at),
  }));
}

/**
 * Open rounds of the year with entries in scope not yet submitted: finance and reviewers chase them (催报).
 * Each round's count is read from monitoring_entries_round_open (its entries not submitted, by unit) alone;
 * grouping the joined entries of every round sorted all of them (~90 ms at 51,000 entries).
 */
async function roundsToChase(ex: Executor, actor: Actor, year: number | undefined) {
  const rows = await queryRows<{ id: string; title: string; at: Date; open: number; units: number }>(
    ex,
    sql`select r.id, r.title, r.created_at as at, c.open, c.units
      from ${monitoringRounds} r
      cross join lateral (
        select count(*)::int as open, count(distinct ${monitoringEntries.orgId})::int as units
        from ${monitoringEntries}
        where ${monitoringEntries.regionCode} = r.region_code and ${monitoringEntries.roundId} = r.id
          and ${monitoringEntries.status} <> 'submitted'
          and ${scopeByOrgIds(ex, actor, monitoringEntries.orgId) ?? sql`true`}
      ) c
      where r.status = 'open' and c.open > 0 ${year === undefined ? sql`` : sql`and r.year = ${year}`}
      order by r.created_at desc`,
  );
  return rows.map((r): WaitingItem => ({
    kind: 'round',
    id: r.id,
    title: r.title,
    orgName: '',
    status: 'open',
    detail: `${Number(r.units)} 个单位的 ${Number(r.open)} 个项目未提交`,
    at: iso(new Date(r.at)),
  }));
}

async function unreadReminders(ex: Executor, actor: Actor, year: number | undefined) {
  const rows = await ex
    .select({
      id: reminders.id,
      subject: reminders.subject,
      message: reminders.message,
      kind: reminders.kind,
      subjectId: reminders.subjectId,
      orgName: orgs.name,
      at: reminders.sentAt,
    })
    .from(reminders)
    .innerJoin(orgs, eq(orgs.id, reminders.orgId))
    .where(
      and(
        eq(reminders.orgId, actor.orgId),
        year === undefined ? undefined : eq(reminders.year, year),
        isNull(reminders.readAt),
      ),
    )
    .orderBy(desc(reminders.sentAt))
    .limit(LIMIT);
  return rows.map((r): WaitingItem => ({
    kind: 'reminder',
    id: r.id,
    title: r.subject,
    orgName: r.orgName,
    status: r.kind,
    detail: r.message,
    at: iso(r.at),
  }));
}

export async function waitingWork(
  ex: Executor,
  actor: Actor,
  year: number | undefined,
): Promise<WaitingItem[]> {
  const s = WAITING_STATUSES[actor.role];
  const chasing = actor.role === 'finance' || actor.role === 'reviewer';
  // One query after the other: a transaction's single client must not run two at once.
  const reminded = actor.role === 'filler' ? await unreadReminders(ex, actor, year) : [];
  const formItems = await waitingForms(ex, actor, year, s.form);
  const entries = await waitingEntries(ex, actor, year, s.monitoring);
  const evaluations = await waitingEvaluations(ex, actor, year, s.evaluation);
  const rounds = chasing ? await roundsToChase(ex, actor, year) : [];
  return [...reminded, ...formItems, ...entries, ...evaluations, ...rounds];
}
