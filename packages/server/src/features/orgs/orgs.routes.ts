// /api/orgs and /api/years: the organisation tree and fiscal years.
import {
  fiscalYearListResponse,
  fiscalYearResponse,
  idParams,
  okResponse,
  orgBody,
  orgChangeBody,
  orgListResponse,
  orgResponse,
  yearBody,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { createOrg, createYear, deleteOrg, updateOrg, visibleOrgs } from './orgs.service.ts';
import { listYears } from './orgs.repo.ts';
import { ALL_PAGES } from '../../http/public-page-tags.ts';

const route = featureRoutes('orgs');

export function orgRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/orgs',
      route('authenticated', '可见的组织', { response: { 200: orgListResponse } }),
      async (request) => {
        return { items: await visibleOrgs(db, actorOf(request)) };
      },
    );
    app.post(
      '/api/orgs',
      route(['admin'], '新增组织（管理员）', { body: orgBody, response: { 201: orgResponse } }),
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        const org = await db.transaction((tx) => createOrg(tx, { actor, ip: request.ip }, body));
        return reply.status(201).send(org);
      },
    );
    app.patch(
      '/api/orgs/:id',
      route(['admin'], '修改组织：改名、编码、移到另一上级之下（管理员）', {
        params: idParams,
        body: orgChangeBody,
        response: { 200: orgResponse },
      }),
      async (request) => {
        const { id } = request.params;
        const body = request.body;
        // Its name begins its disclosures' public pages: their compressed copies are made again with it.
        const org = await updateOrg(
          db,
          { actor: actorOf(request), ip: request.ip },
          id,
          body,
          deps.departmentRenamed,
        );
        if (body.parentId !== undefined) deps.sessions.clear(); // the scopes of its accounts changed
        // Its name is on its public pages (other processes hear it from the database: 0029).
        deps.publicPages.forgetDepartment(id);
        deps.publicForms.forgetDepartment(id);
        deps.publicLists.forget(ALL_PAGES);
        return org;
      },
    );
    app.delete(
      '/api/orgs/:id',
      route(['admin'], '删除空的组织（管理员）', { params: idParams, response: { 200: okResponse } }),
      async (request) => {
        const { id } = request.params;
        await deleteOrg(db, { actor: actorOf(request), ip: request.ip }, id);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/years',
      route('authenticated', '预算年度', { response: { 200: fiscalYearListResponse } }),
      async () => {
        return { items: await listYears(db) };
      },
    );
    app.post(
      '/api/years',
      route(['admin'], '新增预算年度（管理员）', { body: yearBody, response: { 201: fiscalYearResponse } }),
      async (request, reply) => {
        const body = request.body;
        return reply
          .status(201)
          .send(await createYear(db, { actor: actorOf(request), ip: request.ip }, body.year));
      },
    );
  };
}
