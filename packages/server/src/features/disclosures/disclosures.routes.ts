// /api/disclosures: generate a department's 部门预算公开 from its budget, read it, publish it, export it.
import {
  disclosureExportQuery as exportQuery,
  generatedDisclosure,
  orgYearParams,
  publishDisclosureBody as publishBody,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { disclosureError } from './disclosures.errors.ts';
import {
  attachment,
  contentTypes,
  generate,
  getDisclosure,
  publish,
  renderPackage,
} from './disclosures.service.ts';
import { findDisclosureRow } from './disclosures.repo.ts';
import { visibleOrg } from '../budgets/budgets.service.ts';
import type { DisclosureContent } from './disclosures.service.ts';

const route = featureRoutes('disclosures');

export function disclosureRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.post(
      '/api/disclosures/:orgId/:year/generate',
      route(['filler', 'finance'], '由预算数据生成部门预算公开（说明、报表、绩效目标表）并审核', {
        params: orgYearParams,
        response: { 201: generatedDisclosure },
      }),
      async (request, reply) => {
        const { orgId, year } = request.params;
        return reply.status(201).send(await generate(db, actorOf(request), request.ip, orgId, year));
      },
    );
    app.get(
      '/api/disclosures/:orgId/:year',
      route(['filler', 'reviewer', 'finance'], '已生成的部门预算公开及审核结果', {
        params: orgYearParams,
        response: { 200: generatedDisclosure },
      }),
      async (request) => {
        const { orgId, year } = request.params;
        return getDisclosure(db, actorOf(request), orgId, year);
      },
    );
    app.post(
      '/api/disclosures/:orgId/:year/publish',
      route(
        ['finance'],
        '公开部门预算：当前生成的版本成为新的公开版本（有错误时拒绝；generation 为所审阅的生成次数）',
        { params: orgYearParams, body: publishBody, response: { 200: generatedDisclosure } },
      ),
      async (request) => {
        const { orgId, year } = request.params;
        const body = request.body;
        const published = await publish(
          db,
          actorOf(request),
          request.ip,
          orgId,
          year,
          new Date(),
          body?.generation,
        );
        // The public page changes at once here; other processes hear it from the database (0029).
        deps.publicPages.forgetPage(orgId, year);
        return published;
      },
    );
    app.get(
      '/api/disclosures/:orgId/:year/export',
      route(['filler', 'reviewer', 'finance'], '导出部门预算公开（pdf 带目录，docx，xlsx 每表一页）', {
        params: orgYearParams,
        querystring: exportQuery,
      }),
      async (request, reply) => {
        const { orgId, year } = request.params;
        const { format } = request.query;
        await visibleOrg(db, actorOf(request), orgId);
        const row = await findDisclosureRow(db, actorOf(request).regionCode, orgId, year);
        if (!row) throw disclosureError('disclosure-not-found');
        const content = row.content as DisclosureContent;
        const bytes = await renderPackage(content, format);
        return reply
          .header('content-type', contentTypes[format])
          .header('content-disposition', attachment(content.disclosure.title ?? '部门预算公开', format))
          .send(Buffer.from(bytes));
      },
    );
  };
}
