// /api/dashboards: the figures of the 财政 (all) and 主管部门 (its subtree) dashboards for one year.
import { dashboardQuery, dashboardResponse } from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { dashboard } from './dashboards.service.ts';

const route = featureRoutes('dashboards');

export function dashboardRoutes(deps: AppDeps): RoutePlugin {
  return async (app) => {
    app.get(
      '/api/dashboards',
      route(['finance', 'reviewer'], '统计看板（财政：全部；主管部门：本部门及下属单位）', {
        querystring: dashboardQuery,
        response: { 200: dashboardResponse },
      }),
      async (request) => {
        const q = request.query;
        return dashboard(deps.db, deps.checkForm, deps.checkerKey, actorOf(request), q);
      },
    );
  };
}
