// POST /api/budgets/:orgId/:year/forms: a draft of the unit's own, started from its saved budget.
import { formFromBudgetBody, orgYearParams, storedForm } from '@jixiao/core/contracts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { createFormFromBudget } from './budget-forms.service.ts';

const route = featureRoutes('budgets');

export function budgetFormRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.post(
      '/api/budgets/:orgId/:year/forms',
      route(['filler'], '从预算项目创建绩效目标表（或从部门预算创建部门整体绩效目标表），本单位草稿', {
        params: orgYearParams,
        body: formFromBudgetBody,
        response: { 201: storedForm },
      }),
      async (request, reply) =>
        reply
          .status(201)
          .send(await createFormFromBudget(db, actorOf(request), request.ip, request.params, request.body)),
    );
  };
}
