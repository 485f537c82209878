// Shared bits of the export and import routes: the format parameter, the content types, reading the one
// uploaded file of a multipart request.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { evaluationError } from './evaluation.errors.ts';

export const exportFormats = ['xlsx', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportQuery = z.object({ format: z.enum(exportFormats).default('xlsx') });

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function uploadedFile(request: FastifyRequest): Promise<{ fileName: string; data: Uint8Array }> {
  if (!request.isMultipart()) throw evaluationError('no-file');
  const part = await request.file();
  if (!part) throw evaluationError('no-file');
  return { fileName: part.filename || 'upload', data: new Uint8Array(await part.toBuffer()) };
}
