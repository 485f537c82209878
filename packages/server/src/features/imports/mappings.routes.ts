// /api/layout-mappings: the labels an organisation taught for its templates in the import preview
// (a unit's filler for its own unit; administrators for any organisation).
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { MAPPABLE_FIELDS } from '@jixiao/documents';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { forgetMapping, mappingOrg, teachMapping } from './mappings.service.ts';
import { listMappings } from './mappings.repo.ts';

const listQuery = z.object({ orgId: z.uuid().optional() });
const teachBody = z.object({
  orgId: z.uuid().optional(),
  label: z.string().trim().min(1, '请填写标签').max(60, '标签不超过 60 个字'),
  field: z.enum(MAPPABLE_FIELDS),
});
const idParams = z.object({ id: z.uuid() });
const access = ['filler', 'admin'] as const;

export function mappingRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/layout-mappings',
      {
        config: { access },
        schema: {
          tags: ['imports'],
          summary: '本单位（或管理员指定组织）的模板标签',
          querystring: listQuery,
        },
      },
      async (request) => {
        const { orgId } = request.query as z.output<typeof listQuery>;
        const org = await mappingOrg(db, actorOf(request), orgId);
        return { orgId: org, items: await listMappings(db, org) };
      },
    );
    app.post(
      '/api/layout-mappings',
      {
        config: { access },
        schema: { tags: ['imports'], summary: '记住模板的标签：某标签即某字段', body: teachBody },
      },
      async (request, reply) => {
        const body = request.body as z.output<typeof teachBody>;
        const row = await teachMapping(db, { actor: actorOf(request), ip: request.ip }, body);
        return reply.status(201).send(row);
      },
    );
    app.delete(
      '/api/layout-mappings/:id',
      {
        config: { access },
        schema: { tags: ['imports'], summary: '删除一个模板标签', params: idParams },
      },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        await forgetMapping(db, { actor: actorOf(request), ip: request.ip }, id);
        return { ok: true };
      },
    );
  };
}
