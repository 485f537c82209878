// SQL for self-evaluations (with project name and unit), and the latest monitoring entry of a project.
import { and, asc, desc, eq, exists, inArray, notExists, sql } from 'drizzle-orm';
import { formsOfYearOrNone } from '../../db/form-years.ts';
import { onKey } from '../../db/key-join.ts';
import type { Executor } from '../../db/client.ts';
import { pageCountColumn, prepareCount, type PageCount } from '../../db/count-capped.ts';
import { prepareSql } from '../../db/prepared.ts';
import { joinedPage, joinedRead, type JoinedRow } from '../../db/json-page.ts';
import { formScope, type Scope } from '../forms/form-access.ts';
import { forms, monitoringEntries, monitoringRounds, orgs, selfEvaluations } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { afterPlaced, keysetPageRead } from '../../db/keyset.ts';
import type { TimeIdCursor } from '../../http/list-cursor.ts';
import { APPROVED_STATUSES } from '../evaluation-common/approved-project.ts';
import { scopeByOrgIdsPlaced, scopeValues, scopeWhere } from '../evaluation-common/evaluation-scope.ts';
import {
  findProjectRow,
  listApprovedForms,
  versionedWrite,
  type WithProjectNames,
} from '../evaluation-common/project-rows.ts';

export type EvaluationRow = typeof selfEvaluations.$inferSelect;
export type EvaluationWithNames = WithProjectNames<EvaluationRow>;

export async function insertEvaluation(ex: Executor, row: typeof selfEvaluations.$inferInsert) {
  const [r] = await ex.insert(selfEvaluations).values(row).onConflictDoNothing().returning();
  return r;
}

export async function findEvaluation(
  ex: Executor,
  regionCode: string,
  id: string,
  lock = false,
): Promise<EvaluationWithNames | undefined> {
  return findProjectRow(ex, selfEvaluations, regionCode, id, lock);
}

/** States in which a self-evaluation is still the unit's to finish (催报 reaches its unit). */
const NOT_SUBMITTED = ['draft', 'scored', 'returned'];

export interface EvaluationFilter {
  year?: number | undefined;
  limit: number;
  /** The page after this position (keyset); the total is then not counted again. */
  after?: TimeIdCursor | undefined;
}

/**
 * The page statement of self-evaluations of one shape (scope kind, year given, first page or not): each row's
 * item as the evaluation keeps it (`list_item`, migration 0055: written by its trigger as the route's compiled
 * serializer wrote evaluationSummary of the row's fields — no field a column read, no object made and written
 * again a row), the id and the time for the next page's cursor. Named: the page is joined into one row
 * by the statement around it (db/json-page.ts).
 */
export function evaluationPageQuery(
  ex: Executor,
  kind: Scope['kind'],
  hasYear: boolean,
  counting: PageCount,
) {
  const cond = and(
    hasYear ? eq(selfEvaluations.year, sql.placeholder('year')) : undefined,
    scopeByOrgIdsPlaced(ex, kind, selfEvaluations.orgId),
  );
  const after = afterPlaced(selfEvaluations.updatedAt, selfEvaluations.id, counting !== 'none');
  const page = ex
    .select({
      item: sql<string>`${selfEvaluations.listItem}`.as('item'),
      id: selfEvaluations.id,
      // The time as it is: the joined row makes the last shown row's text (json-page.ts), not every row's.
      at: sql`${selfEvaluations.updatedAt}`.as('at'),
      matching: pageCountColumn(counting, selfEvaluations, cond).as('matching'),
    })
    .from(selfEvaluations)
    .where(and(cond, after))
    // self_evaluations_year_updated's order: the page is read from the index, not sorted.
    .orderBy(sql`${selfEvaluations.updatedAt} desc nulls last`, asc(selfEvaluations.id))
    .limit(sql.placeholder('limit'));
  return { page, cond };
}

/** The statements of a page of self-evaluations of one shape (see `evaluationPageQuery`), the page joined. */
function evaluationPageStatements(ex: Executor, kind: Scope['kind'], hasYear: boolean, counting: PageCount) {
  const { page, cond } = evaluationPageQuery(ex, kind, hasYear, counting);
  return {
    page: prepareSql<JoinedRow>(ex, joinedPage(page, true)),
    count: prepareCount(ex, selfEvaluations, cond),
  };
}

/**
 * A page of the year's self-evaluations in the actor's scope, the latest changed first: the page joined into one
 * row (its items' JSON) and its end.
 */
export async function listEvaluations(ex: Executor, actor: Actor, f: EvaluationFilter) {
  const scope = formScope(actor);
  const hasYear = f.year !== undefined;
  return keysetPageRead(
    ex,
    `self-evaluations.page ${scope.kind} ${hasYear}`,
    { ...scopeValues(scope), year: f.year ?? null },
    f,
    (counting) => evaluationPageStatements(ex, scope.kind, hasYear, counting),
    joinedRead,
  );
}

/**
 * The units to chase (催报) for a year, over the whole scope: those with a self-evaluation still theirs
 * to finish, and those with an approved project not yet evaluated. One query, whatever the list's size.
 */
export async function unitsBehind(ex: Executor, actor: Actor, year: number): Promise<string[]> {
  // Each unit in scope asks for one unfinished self-evaluation of its own (self_evaluations_org_year) and
  // stops at the first: reading every self-evaluation of a province's year to name 2,000 units read 60,000.
  const unfinished = ex
    .selectDistinct({ name: orgs.name })
    .from(orgs)
    .where(
      and(
        scopeWhere(actor, orgs.id),
        exists(
          ex
            .select({ one: sql`1` })
            .from(selfEvaluations)
            .where(
              and(
                eq(selfEvaluations.orgId, orgs.id),
                eq(selfEvaluations.year, year),
                inArray(selfEvaluations.status, NOT_SUBMITTED),
              ),
            ),
        ),
      ),
    );
  const notStarted = ex
    .selectDistinct({ name: orgs.name })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(candidateConditions(ex, actor, year));
  const rows = await unfinished.union(notStarted);
  return rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Writes a self-evaluation only if it is still at `version` (optimistic concurrency). */
export const updateEvaluation = versionedWrite(selfEvaluations);

/** Approved project forms in the actor's scope without a self-evaluation for `year`. */
export async function listCandidates(ex: Executor, actor: Actor, year: number) {
  return listApprovedForms(
    ex,
    ['project', 'department'],
    year,
    and(scopeWhere(actor, forms.orgId), notEvaluated(ex, year)),
  );
}

/** No self-evaluation of the form (`forms` in the query) for `year`, looked up by its whole key. */
function notEvaluated(ex: Executor, year: number) {
  return notExists(
    ex
      .select({ one: selfEvaluations.id })
      .from(selfEvaluations)
      .where(
        and(
          eq(selfEvaluations.regionCode, forms.regionCode), // the whole key: self_evaluations_form_year
          eq(selfEvaluations.formId, forms.id),
          eq(selfEvaluations.year, year),
        ),
      ),
  );
}

/** Approved project forms in the actor's scope (joined with `orgs`) without a self-evaluation for `year`. */
function candidateConditions(ex: Executor, actor: Actor, year: number) {
  return and(
    inArray(forms.kind, ['project', 'department']),
    inArray(forms.status, APPROVED_STATUSES),
    formsOfYearOrNone(year),
    scopeWhere(actor, forms.orgId),
    notEvaluated(ex, year),
  );
}

/** The latest monitoring entry of a project in a year (its forecasts seed the actuals, R-MON-06). */
export async function latestMonitoring(ex: Executor, regionCode: string, formId: string, year: number) {
  const [row] = await ex
    .select({ data: monitoringEntries.data })
    .from(monitoringEntries)
    .innerJoin(
      monitoringRounds,
      onKey(monitoringRounds, monitoringEntries.regionCode, monitoringEntries.roundId),
    )
    // By the form's region: the year's rounds from monitoring_rounds_year, then the form's entry in each
    // from monitoring_entries_round_form — by form_id alone no index applies and every entry was read.
    .where(
      and(
        eq(monitoringRounds.regionCode, regionCode),
        eq(monitoringRounds.year, year),
        eq(monitoringEntries.formId, formId),
      ),
    )
    .orderBy(desc(monitoringRounds.month), desc(monitoringRounds.createdAt))
    .limit(1);
  return row;
}
