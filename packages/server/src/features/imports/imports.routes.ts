// /api/imports: upload a file for a preview, read it again with the cells the user pointed at, then
// save the chosen forms as drafts.
import {
  idParams,
  importPreview,
  importReadBody as readBody,
  importSaveBody as saveBody,
  importSaveResponse,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { importError } from './imports.errors.ts';
import { safeFileName } from '../../http/file-name.ts';
import { previewUpload, rereadUpload, saveUpload } from './imports.service.ts';
import { acceptUploads } from '../../http/uploads.ts';

const route = featureRoutes('imports');

export function importRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    await acceptUploads(app, deps.config);
    app.post(
      '/api/imports',
      route(['filler'], '上传文件并预览识别出的表单与审核结果（multipart，字段 file）', {
        consumes: ['multipart/form-data'],
        response: { 201: importPreview },
      }),
      async (request, reply) => {
        const actor = actorOf(request);
        if (!request.isMultipart()) throw importError('no-file');
        const part = await request.file();
        if (!part) throw importError('no-file');
        const data = await part.toBuffer();
        const result = await previewUpload(
          db,
          deps.documents,
          actor,
          request.ip,
          safeFileName(part.filename),
          data, // a Buffer is a Uint8Array: no copy of a large upload on the event loop
          deps.blobs,
        );
        return reply.status(201).send(result);
      },
    );
    app.post(
      '/api/imports/:id/save',
      route(['filler'], '将预览中的表单保存为本单位草稿', {
        params: idParams,
        body: saveBody.nullish(),
        response: { 201: importSaveResponse },
      }),
      async (request, reply) => {
        const { id } = request.params;
        const { indices, picks, years } = request.body ?? {};
        return reply
          .status(201)
          .send(
            await saveUpload(
              db,
              deps.documents,
              actorOf(request),
              request.ip,
              id,
              indices,
              deps.blobs,
              picks,
              years,
              deps.config.failpoint,
            ),
          );
      },
    );
    app.post(
      '/api/imports/:id/read',
      route(['filler'], '重新识别上传的文件：用本单位的模板标签和预览中指出的单元格', {
        params: idParams,
        body: readBody.nullish(),
        response: { 200: importPreview },
      }),
      async (request) => {
        const { id } = request.params;
        const { picks } = request.body ?? {};
        return rereadUpload(db, deps.documents, actorOf(request), id, picks ?? [], deps.blobs);
      },
    );
  };
}
