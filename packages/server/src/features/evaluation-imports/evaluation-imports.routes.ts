// /api/evaluation-imports: upload a 自评表 / 监控表 of any template → proposed projects and indicator pairs;
// pairs for another project; confirm (write into the project's self-evaluation or monitoring entry, or keep
// the table as a record of its own); list and open the records.
import {
  evaluationConfirmBody,
  evaluationConfirmResponse,
  evaluationImportRecordsQuery,
  evaluationMatchBody,
  evaluationReadBody,
  evaluationReadResponse,
  evaluationUploadResponse,
  idParams,
  importedRecordResponse,
  importedRecordsResponse,
  indicatorMatch,
} from '@jixiao/core/contracts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { safeFileName } from '../../http/file-name.ts';
import { evaluationImportError } from './evaluation-imports.errors.ts';
import * as service from './evaluation-imports.service.ts';
import { acceptUploads } from '../../http/uploads.ts';

const readers = ['filler', 'reviewer', 'finance'] as const;

const route = featureRoutes('evaluation-imports');

export function evaluationImportRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    await acceptUploads(app, deps.config);
    app.post(
      '/api/evaluation-imports',
      route(['filler'], '上传自评表或监控表（任何模板，multipart 字段 file）：推荐所属的批复项目和指标对应', {
        consumes: ['multipart/form-data'],
        response: { 201: evaluationUploadResponse },
      }),
      async (request, reply) => {
        if (!request.isMultipart()) throw evaluationImportError('no-file');
        const part = await request.file();
        if (!part) throw evaluationImportError('no-file');
        const data = await part.toBuffer(); // a Buffer is a Uint8Array: not copied again
        const result = await service.uploadEvaluation(
          db,
          deps.documents,
          actorOf(request),
          request.ip,
          safeFileName(part.filename),
          data,
          deps.blobs,
        );
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/api/evaluation-imports/:id/read',
      route(
        ['filler'],
        '按所指的单元格重新读取（指出位置）：返回同样的推荐，以及文档和每个所指单元格的标签',
        {
          params: idParams,
          body: evaluationReadBody,
          response: { 200: evaluationReadResponse },
        },
      ),
      async (request) =>
        service.rereadEvaluation(
          db,
          deps.documents,
          actorOf(request),
          request.params.id,
          request.body,
          deps.blobs,
        ),
    );

    app.post(
      '/api/evaluation-imports/:id/match',
      route(['filler'], '与所选批复项目的指标对应（按名称相似度）', {
        params: idParams,
        body: evaluationMatchBody,
        response: { 200: indicatorMatch },
      }),
      async (request) =>
        service.matchUpload(
          db,
          deps.documents,
          actorOf(request),
          request.params.id,
          request.body,
          deps.blobs,
        ),
    );

    app.post(
      '/api/evaluation-imports/:id/confirm',
      route(['filler'], '确认导入：写入项目的自评表或本轮监控表；attach 为 null 时作为独立记录保存', {
        params: idParams,
        body: evaluationConfirmBody,
        response: { 201: evaluationConfirmResponse },
      }),
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await service.confirmUpload(
              db,
              deps.documents,
              actorOf(request),
              request.ip,
              request.params.id,
              request.body,
              deps.blobs,
            ),
          ),
    );

    app.get(
      '/api/evaluation-imports/records',
      route(readers, '作为独立记录导入的自评表和监控表（按导入时间分页）', {
        querystring: evaluationImportRecordsQuery,
        response: { 200: importedRecordsResponse },
      }),
      async (request) => service.listRecords(db, actorOf(request), request.query),
    );

    app.get(
      '/api/evaluation-imports/records/:id',
      route(readers, '导入的自评表或监控表（按原表内容）', {
        params: idParams,
        response: { 200: importedRecordResponse },
      }),
      async (request) => service.getRecord(db, actorOf(request), request.params.id),
    );
  };
}
