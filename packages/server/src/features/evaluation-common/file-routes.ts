// The export route of monitoring and self-evaluation, and the parts of their export and import routes: the
// format parameter, writing a layout as the chosen file with its headers, reading the one uploaded file of a
// multipart request.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { writeDocx, writePdf, writeXlsx, type DocumentLayout } from '@jixiao/documents';
import { idParams } from '@jixiao/core/contracts';
import { actorOf, type Actor } from '../../http/access.ts';
import { contentDisposition } from '../../http/file-name.ts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { evaluationError } from './evaluation.errors.ts';

export const exportFormats = ['xlsx', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportQuery = z.object({ format: z.enum(exportFormats).default('xlsx') });

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const writers = { xlsx: writeXlsx, docx: writeDocx, pdf: writePdf } as const;

/** Sends `layout` written as `format`, to be saved as `baseName`.format. */
export async function sendDocument(
  reply: FastifyReply,
  layout: DocumentLayout,
  format: ExportFormat,
  baseName: string,
) {
  const bytes = await writers[format](layout);
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', contentDisposition(`${baseName}.${format}`))
    .send(Buffer.from(bytes));
}

export async function uploadedFile(request: FastifyRequest): Promise<{ fileName: string; data: Uint8Array }> {
  if (!request.isMultipart()) throw evaluationError('no-file');
  const part = await request.file();
  if (!part) throw evaluationError('no-file');
  // A Buffer is a Uint8Array: not copied again (a large upload would cost the event loop).
  return { fileName: part.filename || 'upload', data: await part.toBuffer() };
}

/** The Fastify instance a route plugin registers on (typed by the zod schemas). */
type RouteApp = Parameters<RoutePlugin>[0];

/** Who reads monitoring entries and self-evaluations (each sees its scope). */
export const evaluationReaders = ['filler', 'reviewer', 'finance'] as const;

/** GET `path` (…/:id/export): the row's official table in the chosen format, for whoever may see the row. */
export function exportRoute(
  app: RouteApp,
  route: { path: string; tag: string; summary: string },
  documentOf: (actor: Actor, id: string) => Promise<{ layout: DocumentLayout; baseName: string }>,
) {
  app.get(
    route.path,
    featureRoutes(route.tag)(evaluationReaders, route.summary, {
      params: idParams,
      querystring: exportQuery,
    }),
    async (request, reply) => {
      const { layout, baseName } = await documentOf(actorOf(request), request.params.id);
      return sendDocument(reply, layout, request.query.format, baseName);
    },
  );
}
