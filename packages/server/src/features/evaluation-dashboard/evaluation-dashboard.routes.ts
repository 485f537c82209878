// /api/evaluation/dashboard: finance (all) and reviewers (their subtree) see, for a year, scores and grades
// by department, execution rates, monitoring warnings (黄/红) and the most missed indicators.
import { evaluationDashboardQuery, evaluationDashboardResponse } from '@jixiao/core/contracts';
import type { RoutePlugin } from '../../http/route-plugin.ts';
import type { NewMonitoringEntry, NewSelfEvaluation, SelfEvaluationScore } from '@jixiao/core';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import { actorOf, type Actor } from '../../http/access.ts';
import { entriesOfYear } from '../monitoring/monitoring.repo.ts';
import type { FrozenEntry } from '../monitoring/monitoring-workflow.ts';
import { orgMapOf } from '../orgs/departments.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { mostMissed, summariseDepartmentTotals } from './evaluation-summary.ts';
import {
  confirmedScorings,
  confirmedTotalsByOrg,
  evaluationPage,
  statusCounts,
} from './evaluation-dashboard.repo.ts';

interface DashboardQuery {
  year: number;
  limit: number;
  cursor?: string | undefined;
}

async function dashboard(db: Db, actor: Actor, q: DashboardQuery) {
  const { year } = q;
  const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  // Only confirmed (财政审核确认) self-evaluations count in the scores; the others are counted by status.
  const [orgMap, totals, counts, page, scorings, entries] = await Promise.all([
    orgMapOf(db),
    confirmedTotalsByOrg(db, actor, year),
    statusCounts(db, actor, year),
    evaluationPage(db, actor, year, q.limit, after),
    confirmedScorings(db, actor, year),
    entriesOfYear(db, actor, year),
  ]);
  const evalFacts = scorings.map((e) => ({
    orgId: e.orgId,
    projectName: e.projectName,
    total: e.total,
    grade: e.grade,
    data: e.data as NewSelfEvaluation,
    result: e.result as SelfEvaluationScore | null,
  }));
  const entryFacts = entries.map((e) => {
    // A closed round shows its warnings as frozen at closing; an open one shows the live values.
    const f =
      e.roundStatus === 'closed'
        ? ((e.frozen as FrozenEntry[] | null) ?? []).find((x) => x.entryId === e.id)
        : undefined;
    return {
      entryId: e.id,
      status: f?.status ?? e.status,
      orgId: e.orgId,
      formId: e.formId,
      annual: (e.data as NewMonitoringEntry).budget.annual,
      executedToDate: f?.executedToDate ?? (e.data as NewMonitoringEntry).budget.executedToDate,
      projectName: e.projectName,
      roundTitle: e.roundTitle,
      roundStatus: e.roundStatus,
      worstLight: f ? f.worstLight : e.worstLight,
      budgetLight: f ? f.budgetLight : e.budgetLight,
      redCount: f?.redCount ?? e.redCount,
      yellowCount: f?.yellowCount ?? e.yellowCount,
      executionRate: f ? f.executionRate : e.executionRate,
    };
  });
  return {
    year,
    departments: summariseDepartmentTotals(totals, entryFacts, orgMap),
    missedIndicators: mostMissed(evalFacts),
    warnings: entryFacts
      .filter((e) => e.worstLight === 'red' || e.worstLight === 'yellow')
      .map(({ annual: _a, executedToDate: _e, ...e }) => ({
        ...e,
        orgName: orgMap.get(e.orgId)?.name ?? '',
      })),
    statusCounts: counts,
    evaluations: {
      ...page,
      // Counted by status above, so every page can tell the whole list's size exactly.
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      totalCapped: false,
    },
  };
}

export function evaluationDashboardRoutes(deps: AppDeps): RoutePlugin {
  return async (app) => {
    app.get(
      '/api/evaluation/dashboard',
      {
        config: { access: ['reviewer', 'finance'] },
        schema: {
          tags: ['evaluation'],
          summary: '绩效监控与自评看板（按部门）',
          querystring: evaluationDashboardQuery,
          response: { 200: evaluationDashboardResponse },
        },
      },
      async (request) => dashboard(deps.db, actorOf(request), request.query),
    );
  };
}
