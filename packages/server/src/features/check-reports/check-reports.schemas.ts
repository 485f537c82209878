// The 检查报告 API's request and response shapes (zod): the routes validate requests with them, and the
// response types the service returns are inferred from them (the web keeps its own copy of the types).
import { z } from 'zod';

export const batchIdParams = z.object({ id: z.uuid() });
export const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const severity = z.enum(['error', 'warning', 'info']);
const counts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const placeSchema = z.object({
  line: z.number().int().nullable(),
  source: z.string().nullable(),
  column: z.number().int().nullable(),
  label: z.string().nullable(),
  text: z.string().nullable(),
});

/** running: documents are being checked; done; failed: stopped before the end (server stopped). */
export const batchStatus = z.enum(['running', 'done', 'failed']);

export const batchSummarySchema = z.object({
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
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const batchDocumentSchema = z.object({
  id: z.uuid(),
  ordinal: z.number().int(),
  name: z.string(),
  format: z.string().nullable(),
  unit: z.string().nullable(),
  titles: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  counts,
});

export const batchFindingSchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  rule: z.string(),
  severity,
  message: z.string(),
  path: z.string(),
  form: z.string(),
  place: placeSchema.nullable(),
});

export const batchReportSchema = batchSummarySchema.extend({
  documents: z.array(batchDocumentSchema),
  findings: z.array(batchFindingSchema),
});

export const documentTextSchema = batchDocumentSchema.extend({
  rows: z.array(
    z.object({
      cells: z.array(z.string()),
      line: z.number().int().nullable(),
      source: z.string().nullable(),
    }),
  ),
  findings: z.array(batchFindingSchema),
});

export type BatchSummary = z.infer<typeof batchSummarySchema>;
export type BatchDocument = z.infer<typeof batchDocumentSchema>;
export type BatchFinding = z.infer<typeof batchFindingSchema>;
export type BatchReportView = z.infer<typeof batchReportSchema>;
export type DocumentText = z.infer<typeof documentTextSchema>;
