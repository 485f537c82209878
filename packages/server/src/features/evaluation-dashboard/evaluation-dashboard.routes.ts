// /api/evaluation/dashboard: finance (all) and reviewers (their subtree) see, for a year, scores and grades
// by department, execution rates, monitoring warnings (黄/红), the most missed indicators and the first page
// of the year's self-evaluations; /api/evaluation/dashboard/evaluations pages that list alone.
import {
  evaluationDashboardPage,
  evaluationDashboardPageQuery,
  evaluationDashboardQuery,
  evaluationDashboardResponse,
  WARNINGS_SHOWN,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import { actorOf, type Actor } from '../../http/access.ts';
import { monitoringTotalsByOrg, warningsOfYear } from './evaluation-monitoring.repo.ts';
import { orgMapOf } from '../orgs/departments.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { summariseDepartmentTotals } from './evaluation-summary.ts';
import {
  confirmedTotalsByOrg,
  evaluationPage,
  mostMissedInDb,
  statusCounts,
} from './evaluation-dashboard.repo.ts';

interface PageQuery {
  year: number;
  limit: number;
  cursor?: string | undefined;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function dashboard(db: Db, actor: Actor, q: { year: number; limit: number }) {
  const { year } = q;
  // Only confirmed (财政审核确认) self-evaluations count in the scores; the others are counted by status.
  // The organisations first (one short read): the sums are grouped by their departments in the database, so
  // that the server adds a hundred rows rather than thousands of units' decimals.
  const orgMap = await orgMapOf(db);
  const by = { departments: orgMap };
  const [totals, counts, page, missed, monitoring, warnings] = await Promise.all([
    confirmedTotalsByOrg(db, actor, year, by),
    statusCounts(db, actor, year),
    evaluationPage(db, actor, year, q.limit, undefined),
    mostMissedInDb(db, actor, year),
    monitoringTotalsByOrg(db, actor, year, by),
    warningsOfYear(db, actor, year, WARNINGS_SHOWN),
  ]);
  return {
    year,
    departments: summariseDepartmentTotals(totals, monitoring, orgMap),
    missedIndicators: missed,
    warnings: warnings.rows,
    warningsTotal: warnings.total,
    statusCounts: counts,
    evaluations: {
      ...page,
      // Counted by status above, so the first page tells the whole list's size exactly.
      total: sum(counts),
      totalCapped: false,
    },
  };
}

/** A page of the 本年度自评 list alone (加载更多): nothing of the year is summed again but its size. */
async function evaluationsPage(db: Db, actor: Actor, q: PageQuery) {
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  const [page, counts] = await Promise.all([
    evaluationPage(db, actor, q.year, q.limit, after),
    // The size once, on the first page (pageOf: null on a page asked by cursor).
    after ? undefined : statusCounts(db, actor, q.year),
  ]);
  return { ...page, total: counts ? sum(counts) : null, totalCapped: false };
}

const route = featureRoutes('evaluation');

export function evaluationDashboardRoutes(deps: AppDeps): RoutePlugin {
  return async (app) => {
    app.get(
      '/api/evaluation/dashboard',
      route(['reviewer', 'finance'], '绩效监控与自评看板（按部门）', {
        querystring: evaluationDashboardQuery,
        response: { 200: evaluationDashboardResponse },
      }),
      async (request) => dashboard(deps.db, actorOf(request), request.query),
    );
    app.get(
      '/api/evaluation/dashboard/evaluations',
      route(['reviewer', 'finance'], '绩效看板·本年度自评（分页：加载更多）', {
        querystring: evaluationDashboardPageQuery,
        response: { 200: evaluationDashboardPage },
      }),
      async (request) => evaluationsPage(deps.db, actorOf(request), request.query),
    );
  };
}
