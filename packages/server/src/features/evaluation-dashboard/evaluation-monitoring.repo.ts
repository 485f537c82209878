// The dashboard's monitoring side in SQL. A round that is open and has no newer round of the year shows its
// entries live and each of its projects by that entry: its figures per unit are the ones a trigger keeps
// (monitoring_round_counts, migration 0030), and its warnings are read from an index for the units whose
// warnings come first. The other rounds — closed ones (shown as frozen at closing) and older ones (a project
// counts by its latest entry) — are read entry by entry: a closed round's frozen list is unnested once per
// round and joined by entry id (parsing it once per entry was O(entries²), 17 s at 1,500 projects).
import { sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../db/client.ts';
import { monitoringEntries, monitoringRoundCounts } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { scopeByOrgIds } from '../evaluation-common/evaluation-scope.ts';
import type { OrgMonitoringTotals } from './evaluation-summary.ts';
import type { SumsBy } from './evaluation-dashboard.repo.ts';
import { departmentsOfOrgs } from '../orgs/departments.ts';

const scopeByOrgIdsAnd = (ex: Executor, actor: Actor, orgId: AnyPgColumn) => {
  const scope = scopeByOrgIds(ex, actor, orgId);
  return scope ? sql`and ${scope}` : sql``;
};

/**
 * The entries of the year in scope, one row each, without names: a closed round's frozen list is unnested
 * once per round and joined by entry id (what FrozenEntry holds overrides the live value, as the row-by-row
 * code did). `superseded`: the form has an entry in scope in a newer round of the year (the newest round
 * first, ties by entry id as text) — joined only for the rounds that have a newer one, so the usual year of
 * one round is read once, and no per-row subquery inflates the plan's cost past PostgreSQL's JIT threshold
 * (compiling the plan took seconds). Only the entries of rounds not `kept` are read (`rounds.kept`: open,
 * no newer round — their figures are the trigger's).
 */
function entryFacts(ex: Executor, actor: Actor, year: number) {
  const e = alias(monitoringEntries, 'e');
  const newer = alias(monitoringEntries, 'newer');
  const scopeOf = (orgId: AnyPgColumn) => scopeByOrgIdsAnd(ex, actor, orgId);
  const fz = (key: string) => sql.raw(`z.x->>'${key}'`);
  const frozenOr = (key: string, live: string) =>
    sql`case when z.x is null then ${sql.raw(live)} else ${fz(key)} end`;
  return sql`
    with rounds as (
      select q.*, q.status <> 'closed' and not q.has_newer as kept from (
        select r.region_code, r.id, r.title, r.status, r.created_at,
          exists (select 1 from monitoring_rounds n where n.region_code = r.region_code and n.year = r.year
            and n.id <> r.id and n.created_at >= r.created_at) as has_newer
        from monitoring_rounds r where r.year = ${year}) q
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
        monitoring_entries.form_id, monitoring_entries.round_id, rounds.title as round_title, rounds.status as round_status,
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
      where not rounds.kept ${scopeOf(monitoringEntries.orgId)}
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

/** The entries' facts, and `kept`: the kept figures per unit of the year's kept rounds in scope. */
function factsAndKept(ex: Executor, actor: Actor, year: number) {
  const c = alias(monitoringRoundCounts, 'c');
  return sql`${entryFacts(ex, actor, year)}, kept as (
      select c.* from monitoring_round_counts c join rounds r on r.region_code = c.region_code and r.id = c.round_id
      where r.kept and c.entries > 0 ${scopeByOrgIdsAnd(ex, actor, c.orgId)}
    )`;
}

/**
 * Per unit: its projects by their latest entry (newest round), counted and summed — the kept rounds' figures
 * as the trigger keeps them, the other rounds' entries read.
 */
export async function monitoringTotalsByOrg(
  ex: Executor,
  actor: Actor,
  year: number,
  by: SumsBy = 'unit',
): Promise<OrgMonitoringTotals[]> {
  const filled = sql.raw(`status <> 'unfilled'`);
  const key = by === 'unit' ? sql`per_round.org_id` : sql`coalesce(dep.dept, per_round.org_id)`;
  return queryRows<OrgMonitoringTotals>(
    ex,
    sql`${factsAndKept(ex, actor, year)}, per_round as (
      select org_id, count(*) as monitored, count(*) filter (where not (${filled})) as unfilled,
        count(*) filter (where ${filled} and worst_light = 'red') as red,
        count(*) filter (where ${filled} and worst_light = 'yellow') as yellow,
        sum(annual::numeric) filter (where ${filled}) as annual,
        sum(executed::numeric) filter (where ${filled}) as executed
      from facts where not superseded group by org_id
      union all
      select org_id, entries, unfilled, reported_red, reported_yellow, annual, executed from kept
    )
    select ${key}::text as "orgId", sum(monitored)::int as monitored, sum(unfilled)::int as unfilled,
      sum(red)::int as red, sum(yellow)::int as yellow, coalesce(sum(annual), 0)::text as annual,
      coalesce(sum(executed), 0)::text as "executedToDate"
    from per_round ${
      by === 'unit'
        ? sql``
        : sql`left join ${departmentsOfOrgs(by.departments)} as dep(id, dept) on dep.id = per_round.org_id`
    }
    group by ${key}`,
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
  // The warnings are counted per round, unit and light (`groups`: the kept rounds' counts, the other rounds'
  // entries counted) and ordered by light, round and unit name: the group holding the `limit`-th warning
  // (`cut`) bounds the groups that can be shown, and only their entries are read (the kept rounds' from
  // monitoring_entries_round_warned) and joined with their forms for the project names. A province's year has
  // tens of thousands of warnings; reading all of them on each request was the dashboard's slowest part.
  const rows = await queryRows<WarningRow & { total: number }>(
    ex,
    sql`${factsAndKept(ex, actor, year)}, groups as (
      select c.region_code, c.round_id, c.org_id, l.red, l.n from kept c cross join lateral (values (true, c.red), (false, c.yellow)) as l(red, n)
      where l.n > 0
      union all
      select region_code, round_id, org_id, worst_light = 'red', count(*) from facts
      where worst_light in ('red', 'yellow') group by region_code, round_id, org_id, worst_light
    ), ordered as (
      select g.*, r.created_at as round_at, r.kept, orgs.name as org_name,
        sum(g.n) over (order by g.red desc, r.created_at desc, orgs.name rows unbounded preceding) as upto
      from groups g join rounds r on r.region_code = g.region_code and r.id = g.round_id
      join orgs on orgs.id = g.org_id
    ), cut as (
      select red, round_at, org_name from ordered where upto >= ${limit}
      order by red desc, round_at desc, org_name limit 1
    ), chosen as (
      select * from ordered o where not exists (select 1 from cut) or exists (
        select 1 from cut where (o.red and not cut.red) or (o.red = cut.red and (o.round_at > cut.round_at
          or (o.round_at = cut.round_at and o.org_name <= cut.org_name))))
    ), warned as (
      select e.id as entry_id, e.region_code, e.org_id, e.form_id, r.title as round_title,
        r.status as round_status, ch.round_at, e.status, e.worst_light, e.budget_light, e.red_count,
        e.yellow_count, e.execution_rate::text as execution_rate, ch.red, ch.org_name
      from chosen ch join rounds r on r.region_code = ch.region_code and r.id = ch.round_id
      join monitoring_entries e on e.region_code = ch.region_code and e.round_id = ch.round_id
        and e.org_id = ch.org_id and e.worst_light in ('red', 'yellow')
        and e.worst_light = case when ch.red then 'red' else 'yellow' end
      where ch.kept
      union all
      select f.entry_id, f.region_code, f.org_id, f.form_id, f.round_title, f.round_status, f.round_at,
        f.status, f.worst_light, f.budget_light, f.red_count, f.yellow_count, f.execution_rate, ch.red,
        ch.org_name
      from chosen ch join facts f on f.region_code = ch.region_code and f.round_id = ch.round_id
        and f.org_id = ch.org_id and f.worst_light = case when ch.red then 'red' else 'yellow' end
      where not ch.kept
    )
    select w.entry_id::text as "entryId", w.status, w.org_id::text as "orgId", w.form_id::text as "formId",
      w.org_name as "orgName", forms.name as "projectName", w.round_title as "roundTitle",
      w.round_status as "roundStatus", w.worst_light as "worstLight", w.budget_light as "budgetLight",
      w.red_count as "redCount", w.yellow_count as "yellowCount", w.execution_rate as "executionRate",
      (select sum(n) from groups)::int as total
    from warned w
    -- The form through its key, which holds its year: its year's partition only (key-join.ts).
    join form_keys fk on fk.region_code = w.region_code and fk.id = w.form_id
    join forms on forms.region_code = fk.region_code and forms.id = fk.id and forms.year = fk.year
    order by w.red desc, w.round_at desc, w.org_name, forms.name, w.entry_id::text
    limit ${limit}`,
  );
  return { rows: rows.map(({ total: _t, ...w }) => w), total: rows[0]?.total ?? 0 };
}
