// /api/check-batches (检查报告): upload many files or a .zip for a year (multipart, field `file`, repeated:
// only the query has a schema), follow the batch's progress, read its report and a document's read text
// with its findings. The .xlsx export is bytes and has no response schema.
import { z } from 'zod';
import { idParams, pageOf, pageQuery, timestamp, yearQuery } from './common.ts';

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

/** What the 按单位 summary needs of a checked document (the server's DocumentCheck and the page's BatchDocument). */
export interface CountedDocument {
  unit?: string | null | undefined;
  error?: unknown;
  counts: BatchCounts;
}
/** One row of the 按单位 summary of a report. */
export interface UnitSummary {
  unit: string;
  documents: number;
  failed: number;
  counts: BatchCounts;
}

/** The unit a document is listed under: its own, 未注明单位, or 未能读取 when it could not be read. */
export const unitOfDocument = (d: CountedDocument): string => (d.error ? UNREAD : (d.unit ?? NO_UNIT));

/** Worse first: more errors (an unread file counts as one), then more warnings, then more notes. */
export function worseFirst(
  a: { counts: BatchCounts; failed?: number },
  b: { counts: BatchCounts; failed?: number },
): number {
  return (
    (b.failed ?? 0) + b.counts.error - ((a.failed ?? 0) + a.counts.error) ||
    b.counts.warning - a.counts.warning ||
    b.counts.info - a.counts.info
  );
}

/** The 按单位 summary of a report, the worst unit first (then by name): the report files and the page alike. */
export function unitSummaries(documents: readonly CountedDocument[]): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const d of documents) {
    const unit = unitOfDocument(d);
    const u = byUnit.get(unit) ?? {
      unit,
      documents: 0,
      failed: 0,
      counts: { error: 0, warning: 0, info: 0 },
    };
    u.documents++;
    if (d.error) u.failed++;
    for (const s of ['error', 'warning', 'info'] as const) u.counts[s] += d.counts[s];
    byUnit.set(unit, u);
  }
  return [...byUnit.values()].sort((a, b) => worseFirst(a, b) || a.unit.localeCompare(b.unit, 'zh-CN'));
}

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
/** GET /api/check-batches — a page of the year's batches, newest first. */
export const batchListResponse = pageOf(batchSummary);
export const batchListQuery = yearQuery.extend(pageQuery.shape);
/** GET /api/check-batches/running — the year's batches still running: what the list page polls. */
export const batchRunningResponse = z.array(batchSummary);

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
