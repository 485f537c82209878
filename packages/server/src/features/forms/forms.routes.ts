// /api/forms: list, create, read, save (409 on a stale version), versions, diff, copy, source file.
import {
  copyFormBody,
  createFormBody,
  formDiffQuery,
  formDiffResponse,
  formIdParams as idParams,
  formListQuery as listQuery,
  formVersionParams as versionParams,
  formVersionResponse,
  formVersionsResponse,
  saveFormBody as saveBody,
  storedForm,
} from '@jixiao/core/contracts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { contentDisposition } from '../../http/file-name.ts';
import { findFile } from '../../storage/files.ts';
import { formError } from './forms.errors.ts';
import * as service from './forms.service.ts';

const readers = ['filler', 'reviewer', 'finance'] as const;

const route = featureRoutes('forms');

export function formRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/forms',
      // Served as pre-encoded bytes (list-cache.ts) for throughput: no response schema, whose encoding
      // would serialise each page again (the row is formListItem in the contract).
      route(readers, '表单列表', { querystring: listQuery }),
      async (request, reply) => {
        const json = await service.listFormsJson(
          db,
          actorOf(request),
          request.query,
          deps.config.formCacheSeconds * 1000,
        );
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );

    app.post(
      '/api/forms',
      route(['filler'], '新建表单（本单位草稿）', { body: createFormBody, response: { 201: storedForm } }),
      async (request, reply) => {
        const body = request.body;
        return reply.status(201).send(await service.createForm(db, actorOf(request), request.ip, body.form));
      },
    );

    app.get(
      '/api/forms/:id',
      // Pre-encoded bytes from the form cache (form-cache.ts), like the list: no response schema.
      route(readers, '表单详情', { params: idParams }),
      async (request, reply) => {
        const { id } = request.params;
        const json = await service.getFormJson(db, actorOf(request), id, deps.forms);
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );

    app.put(
      '/api/forms/:id',
      route(['filler'], '保存表单（新版本；基于旧版本时 409）', {
        params: idParams,
        body: saveBody,
        response: { 200: storedForm },
      }),
      async (request) => {
        const { id } = request.params;
        const body = request.body;
        return service.saveForm(db, actorOf(request), request.ip, id, body.baseVersion, body.form);
      },
    );

    app.get(
      '/api/forms/:id/versions',
      route(readers, '版本列表', { params: idParams, response: { 200: formVersionsResponse } }),
      async (request) => {
        const { id } = request.params;
        return { items: await service.listVersions(db, actorOf(request), id) };
      },
    );

    app.get(
      '/api/forms/:id/versions/:version',
      route(readers, '某一版本', { params: versionParams, response: { 200: formVersionResponse } }),
      async (request) => {
        const { id, version } = request.params;
        return service.getVersion(db, actorOf(request), id, version);
      },
    );

    app.get(
      '/api/forms/:id/diff',
      route(readers, '两个版本的差异', {
        params: idParams,
        querystring: formDiffQuery,
        response: { 200: formDiffResponse },
      }),
      async (request) => {
        const { id } = request.params;
        const { from, to } = request.query;
        return service.diffVersions(db, actorOf(request), id, from, to);
      },
    );

    app.post(
      '/api/forms/:id/copy',
      route(['filler'], '复制到另一年度', {
        params: idParams,
        body: copyFormBody,
        response: { 201: storedForm },
      }),
      async (request, reply) => {
        const { id } = request.params;
        const { year } = request.body;
        return reply.status(201).send(await service.copyForm(db, actorOf(request), request.ip, id, year));
      },
    );

    app.get(
      '/api/forms/:id/source',
      route(readers, '导入时上传的原始文件', { params: idParams }),
      async (request, reply) => {
        const { id } = request.params;
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
