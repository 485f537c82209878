// /api/forms: list, create, read, save (409 on a stale version), versions, diff, copy, source file.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { storableFormSchema as formSchema } from './storable-form.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { contentDisposition } from '../imports/file-name.ts';
import { findFile } from '../imports/imports.repo.ts';
import { formError } from './forms.errors.ts';
import * as service from './forms.service.ts';

export const formStatuses = ['draft', 'submitted', 'returned', 'passed', 'approved', 'published'] as const;
const idParams = z.object({ id: z.uuid() });
const versionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().positive() });
const listQuery = z.object({
  year: z.coerce.number().int().optional(),
  status: z.enum(formStatuses).optional(),
  kind: z.enum(['project', 'department', 'disclosure']).optional(),
  orgId: z.uuid().optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const createBody = z.object({ form: formSchema });
const saveBody = z.object({ baseVersion: z.number().int().positive(), form: formSchema });
const diffQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
const copyBody = z.object({ year: z.number().int().min(2000).max(2100) });

const readers = ['filler', 'reviewer', 'finance'] as const;

export function formRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/forms',
      {
        config: { access: readers },
        schema: { tags: ['forms'], summary: '表单列表', querystring: listQuery },
      },
      async (request, reply) => {
        const json = await service.listFormsJson(
          db,
          actorOf(request),
          request.query as z.output<typeof listQuery>,
          deps.config.formCacheSeconds * 1000,
        );
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );

    app.post(
      '/api/forms',
      {
        config: { access: ['filler'] },
        schema: { tags: ['forms'], summary: '新建表单（本单位草稿）', body: createBody },
      },
      async (request, reply) => {
        const body = request.body as z.output<typeof createBody>;
        return reply.status(201).send(await service.createForm(db, actorOf(request), request.ip, body.form));
      },
    );

    app.get(
      '/api/forms/:id',
      { config: { access: readers }, schema: { tags: ['forms'], summary: '表单详情', params: idParams } },
      async (request, reply) => {
        const { id } = request.params as z.output<typeof idParams>;
        const json = await service.getFormJson(db, actorOf(request), id, deps.forms);
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );

    app.put(
      '/api/forms/:id',
      {
        config: { access: ['filler'] },
        schema: {
          tags: ['forms'],
          summary: '保存表单（新版本；基于旧版本时 409）',
          params: idParams,
          body: saveBody,
        },
      },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        const body = request.body as z.output<typeof saveBody>;
        return service.saveForm(db, actorOf(request), request.ip, id, body.baseVersion, body.form);
      },
    );

    app.get(
      '/api/forms/:id/versions',
      { config: { access: readers }, schema: { tags: ['forms'], summary: '版本列表', params: idParams } },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        return { items: await service.listVersions(db, actorOf(request), id) };
      },
    );

    app.get(
      '/api/forms/:id/versions/:version',
      {
        config: { access: readers },
        schema: { tags: ['forms'], summary: '某一版本', params: versionParams },
      },
      async (request) => {
        const { id, version } = request.params as z.output<typeof versionParams>;
        return service.getVersion(db, actorOf(request), id, version);
      },
    );

    app.get(
      '/api/forms/:id/diff',
      {
        config: { access: readers },
        schema: { tags: ['forms'], summary: '两个版本的差异', params: idParams, querystring: diffQuery },
      },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        const { from, to } = request.query as z.output<typeof diffQuery>;
        return service.diffVersions(db, actorOf(request), id, from, to);
      },
    );

    app.post(
      '/api/forms/:id/copy',
      {
        config: { access: ['filler'] },
        schema: { tags: ['forms'], summary: '复制到另一年度', params: idParams, body: copyBody },
      },
      async (request, reply) => {
        const { id } = request.params as z.output<typeof idParams>;
        const { year } = request.body as z.output<typeof copyBody>;
        return reply.status(201).send(await service.copyForm(db, actorOf(request), request.ip, id, year));
      },
    );

    app.get(
      '/api/forms/:id/source',
      {
        config: { access: readers },
        schema: { tags: ['forms'], summary: '导入时上传的原始文件', params: idParams },
      },
      async (request, reply) => {
        const { id } = request.params as z.output<typeof idParams>;
        const row = await service.visibleForm(db, actorOf(request), id);
        const file = row.sourceFileId ? await findFile(db, row.sourceFileId, deps.blobs) : undefined;
        if (!file) throw formError('no-source-file');
        return reply
          .header('content-type', 'application/octet-stream')
          .header('content-disposition', contentDisposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .send(Buffer.from(file.data));
      },
    );
  };
}
