// /api/layout-mappings: the labels an organisation taught for its templates in the import preview
// (a unit's filler for its own unit; administrators for any organisation).
import {
  idParams,
  layoutMapping,
  layoutMappingList,
  mappingListQuery as listQuery,
  okResponse,
  teachMappingBody as teachBody,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { forgetMapping, mappingOrg, teachMapping } from './mappings.service.ts';
import { listMappings } from './mappings.repo.ts';

const access = ['filler', 'admin'] as const;
const route = featureRoutes('imports');

export function mappingRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/layout-mappings',
      route(access, '本单位（或管理员指定组织）的模板标签', {
        querystring: listQuery,
        response: { 200: layoutMappingList },
      }),
      async (request) => {
        const { orgId } = request.query;
        const org = await mappingOrg(db, actorOf(request), orgId);
        return { orgId: org, items: await listMappings(db, org) };
      },
    );
    app.post(
      '/api/layout-mappings',
      route(access, '记住模板的标签：某标签即某字段', { body: teachBody, response: { 201: layoutMapping } }),
      async (request, reply) => {
        const body = request.body;
        const row = await teachMapping(db, { actor: actorOf(request), ip: request.ip }, body);
        return reply.status(201).send(row);
      },
    );
    app.delete(
      '/api/layout-mappings/:id',
      route(access, '删除一个模板标签', { params: idParams, response: { 200: okResponse } }),
      async (request) => {
        const { id } = request.params;
        await forgetMapping(db, { actor: actorOf(request), ip: request.ip }, id);
        return { ok: true as const };
      },
    );
  };
}
