// The dashboard's monitoring side in SQL. Each entry of the year's rounds is read as the dashboard shows it
// (a closed round's entry as frozen at closing, an open one's live), then summed per unit by its latest
// entry, and only the warnings (黄/红) come back as rows. Reading every entry with its round's frozen list
// made the server parse that list once per entry: O(entries²), 17 s at 1,500 projects with a closed round.
import { sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../db/client.ts';
import { monitoringEntries } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { scopeByOrgIds } from '../evaluation-common/evaluation-scope.ts';
import type { OrgMonitoringTotals } from './evaluation-summary.ts';

/**
 * The entries of the year in scope, one row each, without names: a closed round's frozen list is unnested
 * once per round and joined by entry id (what FrozenEntry holds overrides the live value, as the row-by-row
 * code did). `superseded`: the form has an entry in scope in a newer round of the year (the newest round
 * first, ties by entry id as text) — joined only for the rounds that have a newer one, so the usual year of
 * one round is read once, and no per-row subquery inflates the plan's cost past PostgreSQL's JIT threshold
 * (compiling the plan took seconds).
 */
function entryFacts(ex: Executor, actor: Actor, year: number) {
  const e = alias(monitoringEntries, 'e');
  const newer = alias(monitoringEntries, 'newer');
  const scopeOf = (orgId: AnyPgColumn) => {
    const scope = scopeByOrgIds(ex, actor, orgId);
    return scope ? sql`and ${scope}` : sql``;
  };
  const fz = (key: string) => sql.raw(`z.x->>'${key}'`);
  const frozenOr = (key: string, live: string) =>
    sql`case when z.x is null then ${sql.raw(live)} else ${fz(key)} end`;
  return sql`
    with rounds as (
      select r.region_code, r.id, r.title, r.status, r.created_at,
        exists (select 1 from monitoring_rounds n where n.region_code = r.region_code and n.year = r.year
          and n.id <> r.id and n.created_at >= r.created_at) as has_newer
      from monitoring_rounds r where r.year = ${year}
    ), frozen as (
      select r.region_code, r.id as round_id, x->>'entryId' as entry_id, x
      from monitoring_rounds r
      cross join lateral jsonb_array_elements(
        case when jsonb_typeof(r.frozen) = 'array' then r.frozen else '[]'::jsonb end) as f(x)
      where r.year = ${year} and r.status = 'closed'
    ), superseded as (
      select distinct e.region_code, e.id as entry_id
      from rounds o
      join monitoring_entries e on e.region_code = o.region_code and e.round_id = o.id
      join rounds n on n.region_code = o.region_code and n.id <> o.id and n.created_at >= o.created_at
      join monitoring_entries newer on newer.region_code = n.region_code and newer.round_id = n.id
        and newer.form_id = e.form_id
      where o.has_newer and (n.created_at > o.created_at or newer.id::text < e.id::text)
        ${scopeOf(e.orgId)} ${scopeOf(newer.orgId)}
    ), facts as (
      select monitoring_entries.id as entry_id, monitoring_entries.region_code, monitoring_entries.org_id,
        monitoring_entries.form_id, rounds.title as round_title, rounds.status as round_status,
        rounds.created_at as round_at,
        coalesce(${fz('status')}, monitoring_entries.status) as status,
        monitoring_entries.data->'budget'->>'annual' as annual,
        coalesce(${fz('executedToDate')}, monitoring_entries.data->'budget'->>'executedToDate') as executed,
        ${frozenOr('worstLight', 'monitoring_entries.worst_light')} as worst_light,
        ${frozenOr('budgetLight', 'monitoring_entries.budget_light')} as budget_light,
        coalesce((${fz('redCount')})::int, monitoring_entries.red_count) as red_count,
        coalesce((${fz('yellowCount')})::int, monitoring_entries.yellow_count) as yellow_count,
        ${frozenOr('executionRate', 'monitoring_entries.execution_rate::text')} as execution_rate,
        superseded.entry_id is not null as superseded
      from monitoring_entries
      join rounds on rounds.region_code = monitoring_entries.region_code and rounds.id = monitoring_entries.round_id
      left join frozen z on z.region_code = monitoring_entries.region_code
        and z.round_id = monitoring_entries.round_id and z.entry_id = monitoring_entries.id::text
      left join superseded on superseded.region_code = monitoring_entries.region_code
        and superseded.entry_id = monitoring_entries.id
      where true ${scopeOf(monitoringEntries.orgId)}
    )`;
}

export interface WarningRow {
  entryId: string;
  status: string;
  orgId: string;
  formId: string;
  orgName: string;
  projectName: string;
  roundTitle: string;
  roundStatus: string;
  worstLight: string | null;
  budgetLight: string | null;
  redCount: number;
  yellowCount: number;
  executionRate: string | null;
}

/** Per unit: its projects by their latest entry (newest round), counted and summed by the database. */
export async function monitoringTotalsByOrg(
  ex: Executor,
  actor: Actor,
  year: number,
): Promise<OrgMonitoringTotals[]> {
  const filled = sql.raw(`status <> 'unfilled'`);
  return queryRows<OrgMonitoringTotals>(
    ex,
    sql`${entryFacts(ex, actor, year)}
    select org_id::text as "orgId", count(*)::int as monitored,
      count(*) filter (where not (${filled}))::int as unfilled,
      count(*) filter (where ${filled} and worst_light = 'red')::int as red,
      count(*) filter (where ${filled} and worst_light = 'yellow')::int as yellow,
      coalesce(sum(annual::numeric) filter (where ${filled}), 0)::text as annual,
      coalesce(sum(executed::numeric) filter (where ${filled}), 0)::text as "executedToDate"
    from facts where not superseded group by org_id`,
  );
}

/**
 * The first `limit` entries of the year showing 黄 or 红 — 红 before 黄, then newest round first, then by unit
 * and project name (the same order on every read) — and how many there are in all.
 */
export async function warningsOfYear(
  ex: Executor,
  actor: Actor,
  year: number,
  limit: number,
): Promise<{ rows: WarningRow[]; total: number }> {
  // The warnings are ordered by light, round and unit name first: the `limit`-th of that order (`cut`) bounds
  // the rows that can be shown, so only those few are joined with their forms for the project names (a
  // province's year has tens of thousands of warnings; joining and sorting all of them by project name, with
  // their count as a window over all, was the dashboard's slowest statement).
  const rows = await queryRows<WarningRow & { total: number }>(
    ex,
    sql`${entryFacts(ex, actor, year)}, warned as (
      select facts.*, worst_light = 'red' as red, orgs.name as org_name
      from facts join orgs on orgs.id = facts.org_id where worst_light in ('red', 'yellow')
    ), cut as (
      select red, round_at, org_name from warned order by red desc, round_at desc, org_name
      offset ${limit - 1} limit 1
    )
    select w.entry_id::text as "entryId", w.status, w.org_id::text as "orgId", w.form_id::text as "formId",
      w.org_name as "orgName", forms.name as "projectName", w.round_title as "roundTitle",
      w.round_status as "roundStatus", w.worst_light as "worstLight", w.budget_light as "budgetLight",
      w.red_count as "redCount", w.yellow_count as "yellowCount", w.execution_rate as "executionRate",
      (select count(*) from warned)::int as total
    from warned w
    join forms on forms.region_code = w.region_code and forms.id = w.form_id
    where not exists (select 1 from cut) or exists (
      select 1 from cut where (w.red and not cut.red) or (w.red = cut.red and (w.round_at > cut.round_at
        or (w.round_at = cut.round_at and w.org_name <= cut.org_name))))
    order by w.red desc, w.round_at desc, w.org_name, forms.name, w.entry_id::text
    limit ${limit}`,
  );
  return { rows: rows.map(({ total: _t, ...w }) => w), total: rows[0]?.total ?? 0 };
}
