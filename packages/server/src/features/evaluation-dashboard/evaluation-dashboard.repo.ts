// The dashboard's self-evaluation side in SQL: per-unit totals and status counts are summed from figures a
// trigger keeps per unit and status (a province's year is tens of thousands of evaluations: reading them
// all took seconds), the list is a keyset page, and the most missed are summed from counts a trigger keeps
// (no JSON read), each with its first projects named and the rest counted.
import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import { afterTimeId } from '../../db/keyset.ts';
import { onFormOfKey, onKey } from '../../db/key-join.ts';
import {
  forms,
  orgs,
  selfEvaluationIndicatorCounts,
  selfEvaluationIndicatorYearCounts,
  selfEvaluationMisses,
  selfEvaluations,
  selfEvaluationYearTotals,
  formKeys,
} from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { encodeCursor, type TimeIdCursor } from '../../http/list-cursor.ts';
import { scopeByOrgIds } from '../evaluation-common/evaluation-scope.ts';
import { formScope } from '../forms/form-access.ts';
import { departmentsOfOrgs, type OrgNode } from '../orgs/departments.ts';
import { MISSED_PROJECTS_SHOWN, type MissedIndicator } from '@jixiao/core/contracts';
import { byMissed, type OrgEvaluationTotals } from './evaluation-summary.ts';

// The scope as the ids of the organisations in it: finance's reads join no `orgs` (a join of every row of the
// year with its organisation was a third of each aggregate's time at 60,000 evaluations).
const inYear = (ex: Executor, actor: Actor, year: number) =>
  and(eq(selfEvaluations.year, year), scopeByOrgIds(ex, actor, selfEvaluations.orgId));

const CONFIRMED = 'confirmed';

/**
 * What a dashboard's sums are grouped by: each unit, or each unit's department (`departmentsOfOrgs`) — the
 * same figures summed in the database instead of unit by unit in the server (exact numeric sums either way).
 */
export type SumsBy = 'unit' | { departments: ReadonlyMap<string, OrgNode> };

/**
 * Σ per unit of its confirmed self-evaluations with a total (exact numeric sums, as text), from the figures a
 * trigger keeps per unit, year and status (self_evaluation_year_totals): a few rows per unit instead of the
 * year's evaluations and their JSON budgets.
 */
export async function confirmedTotalsByOrg(
  ex: Executor,
  actor: Actor,
  year: number,
  by: SumsBy = 'unit',
): Promise<OrgEvaluationTotals[]> {
  const t = selfEvaluationYearTotals;
  const scope = scopeByOrgIds(ex, actor, t.orgId);
  const key = by === 'unit' ? sql`${t.orgId}` : sql`coalesce(dep.dept, ${t.orgId})`;
  const join =
    by === 'unit'
      ? sql``
      : sql`left join ${departmentsOfOrgs(by.departments)} as dep(id, dept) on dep.id = ${t.orgId}`;
  // Raw rows (a unit each, thousands in a province): Drizzle's per-field mapping of them cost more CPU than
  // the statement.
  const rows = await queryRows<
    Omit<OrgEvaluationTotals, 'grades'> & Record<'g1' | 'g2' | 'g3' | 'g4', number>
  >(
    ex,
    sql`select ${key}::text as "orgId", sum(${t.evaluated})::int as evaluated,
          sum(${t.scoreSum})::text as "scoreSum", sum(${t.grade1})::int as g1, sum(${t.grade2})::int as g2,
          sum(${t.grade3})::int as g3, sum(${t.grade4})::int as g4, sum(${t.budget})::text as budget,
          sum(${t.executed})::text as executed
        from ${t} ${join}
        where ${t.year} = ${year} and ${t.status} = ${CONFIRMED} ${scope ? sql`and ${scope}` : sql``}
        group by ${key}`,
  );
  return rows.map(({ g1, g2, g3, g4, ...r }) => ({ ...r, grades: { 优: g1, 良: g2, 中: g3, 差: g4 } }));
}

/** How many self-evaluations of the year in scope are in each status (kept per unit by the same trigger). */
export async function statusCounts(
  ex: Executor,
  actor: Actor,
  year: number,
): Promise<Record<string, number>> {
  const t = selfEvaluationYearTotals;
  const rows = await ex
    .select({ status: t.status, n: sql<number>`sum(${t.evaluations})::int` })
    .from(t)
    .where(and(eq(t.year, year), scopeByOrgIds(ex, actor, t.orgId)))
    .groupBy(t.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/**
 * The most missed indicators of the year in scope, from the counts triggers keep per unit and indicator
 * (self_evaluation_indicator_counts) and, for finance, per indicator of the year (…_year_counts): the names tied within the top `limit` by misses are summed in the
 * database, ordered here (by Chinese name, as the row-by-row reference), and only their misses are read for
 * the projects, in unit and project name order.
 */
export async function mostMissedInDb(
  ex: Executor,
  actor: Actor,
  year: number,
  limit = 10,
): Promise<MissedIndicator[]> {
  // Finance sees every unit: the year's counts already summed over the units (a row per indicator and
  // region); anyone else sums their units' rows.
  const all = formScope(actor).kind === 'all';
  const c = all ? selfEvaluationIndicatorYearCounts : selfEvaluationIndicatorCounts;
  const summed = ex
    .select({
      name: c.name,
      level1: c.level1,
      evaluated: sql<number>`sum(${c.evaluated})::int`.as('evaluated'),
      missed: sql<number>`sum(${c.missed})::int`.as('missed'),
      place: sql<number>`rank() over (order by sum(${c.missed}) desc)`.as('place'),
    })
    .from(c)
    .where(
      and(eq(c.year, year), all ? undefined : scopeByOrgIds(ex, actor, selfEvaluationIndicatorCounts.orgId)),
    )
    .groupBy(c.name, c.level1)
    .having(sql`sum(${c.missed}) > 0`)
    .as('summed');
  // rank() gives the names tied with the last place the same place: all of them come, ordered below.
  const top = (
    await ex
      .select({
        name: summed.name,
        level1: summed.level1,
        evaluated: summed.evaluated,
        missed: summed.missed,
      })
      .from(summed)
      .where(sql`${summed.place} <= ${limit}`)
  )
    .map((r) => ({ ...r, projects: [] as string[], projectCount: 0 }))
    .sort(byMissed)
    .slice(0, limit);
  if (top.length === 0) return [];
  const m = selfEvaluationMisses;
  // Per top indicator its projects (a project once, placed where it first comes in unit then project name
  // order: by its first unit's name), counted all and named only the first MISSED_PROJECTS_SHOWN: a
  // province's are thousands. The misses carry their project's and unit's names (kept by the triggers,
  // 0031 and 0040), so each name's projects are grouped from the index (year, name, level1, project, unit)
  // alone — no miss joined with its form or its unit, no window over every top name's misses.
  const names = sql`unnest(${sql.param(top.map((t) => t.name))}::text[], ${sql.param(
    top.map((t) => t.level1),
  )}::text[]) as t(name, level1)`;
  const scope = scopeByOrgIds(ex, actor, m.orgId);
  const named = await queryRows<{ name: string; level1: string | null; project: string; count: number }>(
    ex,
    sql`select t.name, t.level1, p.project, p.count::int as count
        from ${names}
        cross join lateral (
          select g.project, count(*) over () as count,
            row_number() over (order by g.unit, g.project) as place
          from (
            select ${m.project} as project, min(${m.unit}) as unit
            from ${m}
            where ${m.year} = ${year} and ${m.name} = t.name and ${m.level1} is not distinct from t.level1
              ${scope ? sql`and ${scope}` : sql``}
            group by ${m.project}
          ) g
          order by g.unit, g.project
          limit ${MISSED_PROJECTS_SHOWN}
        ) p
        order by p.place`,
  );
  const byKey = new Map(top.map((t) => [JSON.stringify([t.name, t.level1]), t]));
  for (const r of named) {
    const t = byKey.get(JSON.stringify([r.name, r.level1]));
    if (!t) continue; // the same name under an 一级 not in the top
    t.projects.push(r.project);
    t.projectCount = r.count;
  }
  return top;
}

/** A page of the year's self-evaluations in scope, latest changed first (`self_evaluations_year_updated`). */
export async function evaluationPage(
  ex: Executor,
  actor: Actor,
  year: number,
  limit: number,
  after: TimeIdCursor | undefined,
) {
  const rows = await ex
    .select({
      id: selfEvaluations.id,
      projectName: forms.name,
      orgName: orgs.name,
      status: selfEvaluations.status,
      total: selfEvaluations.total,
      grade: selfEvaluations.grade,
      executionRate: selfEvaluations.executionRate,
      at: sql<string>`${selfEvaluations.updatedAt}::text`,
    })
    .from(selfEvaluations)
    .innerJoin(formKeys, onKey(formKeys, selfEvaluations.regionCode, selfEvaluations.formId))
    .innerJoin(forms, onFormOfKey)
    .innerJoin(orgs, eq(orgs.id, selfEvaluations.orgId))
    .where(
      and(
        inYear(ex, actor, year),
        after ? afterTimeId(selfEvaluations.updatedAt, selfEvaluations.id, after) : undefined,
      ),
    )
    .orderBy(sql`${selfEvaluations.updatedAt} desc nulls last`, asc(selfEvaluations.id))
    .limit(limit + 1); // one more: whether there is a next page
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = more ? shown.at(-1) : undefined;
  return {
    items: shown.map(({ at: _at, ...r }) => ({ ...r, confirmed: r.status === CONFIRMED })),
    nextCursor: last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}
