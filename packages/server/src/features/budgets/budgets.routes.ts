// /api/budgets: a department's budget data for a year — read, save (whole budget, optimistic version),
// derive from an uploaded 部门预算公开.
import {
  budgetListQuery as listQuery,
  budgetListResponse,
  budgetPutBody as putBody,
  derivedBudget,
  orgYearParams,
  storedBudget,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { safeFileName } from '../../http/file-name.ts';
import { acceptUploads } from '../../http/uploads.ts';
import { budgetError } from './budgets.errors.ts';
import { deriveBudgetFromFile, getBudget, listBudgets, putBudget } from './budgets.service.ts';

const route = featureRoutes('budgets');

export function budgetRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    await acceptUploads(app, deps.config);
    app.get(
      '/api/budgets',
      route(['filler', 'reviewer', 'finance'], '可查看的部门预算', {
        querystring: listQuery,
        response: { 200: budgetListResponse },
      }),
      async (request) => listBudgets(db, actorOf(request), request.query),
    );
    app.get(
      '/api/budgets/:orgId/:year',
      route(['filler', 'reviewer', 'finance'], '部门预算数据（按科目）及审核结果', {
        params: orgYearParams,
        response: { 200: storedBudget },
      }),
      async (request) => {
        const { orgId, year } = request.params;
        return getBudget(db, actorOf(request), orgId, year);
      },
    );
    app.put(
      '/api/budgets/:orgId/:year',
      route(['filler', 'finance'], '保存部门预算数据（整体保存，baseVersion 为所基于的版本）', {
        params: orgYearParams,
        body: putBody,
        response: { 200: storedBudget },
      }),
      async (request) => {
        const { orgId, year } = request.params;
        const { baseVersion, budget } = request.body;
        return putBudget(db, actorOf(request), request.ip, orgId, year, budget, baseVersion);
      },
    );
    app.post(
      '/api/budgets/:orgId/:year/derive',
      route(
        ['filler', 'finance'],
        '从已有的部门预算公开文件（.txt/.pdf/.ofd/.xlsx/.docx）提取预算数据（multipart，字段 file；不保存）',
        { consumes: ['multipart/form-data'], params: orgYearParams, response: { 200: derivedBudget } },
      ),
      async (request) => {
        const { orgId, year } = request.params;
        if (!request.isMultipart()) throw budgetError('no-file');
        const part = await request.file();
        if (!part) throw budgetError('no-file');
        const data: Uint8Array = await part.toBuffer(); // a Buffer already: no copy
        return deriveBudgetFromFile(
          db,
          deps.documents,
          actorOf(request),
          orgId,
          year,
          safeFileName(part.filename),
          data,
        );
      },
    );
  };
}
