// /api/check-batches (检查报告): upload many files or a .zip for a year (multipart, field `file`, repeated:
// only the query has a schema), follow the batch's progress, read its report and a document's read text
// with its findings. The .xlsx export is bytes and has no response schema.
import { z } from 'zod';
import { idParams, timestamp, yearQuery } from './common.ts';

export const checkBatchParams = idParams;
export const checkBatchDocumentParams = z.object({ id: z.uuid(), documentId: z.uuid() });
export const checkBatchYearQuery = yearQuery;

export const batchSeverity = z.enum(['error', 'warning', 'info']);
/** The unit of a document that names none, and of a document that could not be read (report and page). */
export const NO_UNIT = '（未注明单位）';
export const UNREAD = '（未能读取）';
export type BatchSeverity = z.input<typeof batchSeverity>;
const counts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
export type BatchCounts = z.input<typeof counts>;

export const batchFindingPlace = z.object({
  line: z.number().int().nullable(),
  source: z.string().nullable(),
  column: z.number().int().nullable(),
  label: z.string().nullable(),
  text: z.string().nullable(),
});
export type BatchFindingPlace = z.input<typeof batchFindingPlace>;

/** running: documents are being checked; done; failed: stopped before the end (server stopped). */
export const batchStatus = z.enum(['running', 'done', 'failed']);

export const batchSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  status: batchStatus,
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  counts,
  orgName: z.string(),
  createdBy: z.string().nullable(),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});
export type BatchSummary = z.input<typeof batchSummary>;
export const batchListResponse = z.array(batchSummary);

export const batchDocument = z.object({
  id: z.uuid(),
  ordinal: z.number().int(),
  name: z.string(),
  format: z.string().nullable(),
  unit: z.string().nullable(),
  titles: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  counts,
});
export type BatchDocument = z.input<typeof batchDocument>;

export const batchFinding = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  rule: z.string(),
  severity: batchSeverity,
  message: z.string(),
  path: z.string(),
  form: z.string(),
  place: batchFindingPlace.nullable(),
});
export type BatchFinding = z.input<typeof batchFinding>;

export const batchReport = batchSummary.extend({
  documents: z.array(batchDocument),
  findings: z.array(batchFinding),
});
export type BatchReport = z.input<typeof batchReport>;

export const batchDocumentText = batchDocument.extend({
  rows: z.array(
    z.object({
      cells: z.array(z.string()),
      line: z.number().int().nullable(),
      source: z.string().nullable(),
    }),
  ),
  findings: z.array(batchFinding),
});
export type BatchDocumentText = z.input<typeof batchDocumentText>;
