// /api/check-batches (检查报告): upload many files or a .zip for a year, follow the batch's progress, read
// its report and a document's read text with its findings. Types from the shared contract
// (@jixiao/core/contracts check-reports.ts).
import type {
  BatchCounts,
  BatchDocument,
  BatchDocumentText,
  BatchFinding,
  BatchFindingPlace,
  BatchReport,
  BatchSeverity,
  BatchSummary,
} from '@jixiao/core/contracts';
import { http, query } from '../../../api/http.ts';
import type { CursorPage } from '../../../api/use-cursor-list.ts';

export type { BatchDocument, BatchFinding, BatchReport, BatchSummary };
export type Severity = BatchSeverity;
export type Counts = BatchCounts;
export type FindingPlace = BatchFindingPlace;
export type DocumentText = BatchDocumentText;

export const checkReportsApi = {
  /** One page of the year's batches, newest first; `cursor` is the previous page's nextCursor. */
  list: (year: number, cursor?: string) =>
    http.get<CursorPage<BatchSummary>>(`/check-batches${query({ year, cursor })}`),
  /** The year's batches still running: polled for their progress instead of re-reading the pages. */
  running: (year: number) => http.get<BatchSummary[]>(`/check-batches/running${query({ year })}`),
  get: (id: string) => http.get<BatchReport>(`/check-batches/${id}`),
  document: (id: string, documentId: string) =>
    http.get<DocumentText>(`/check-batches/${id}/documents/${documentId}`),
  upload: (year: number, files: File[]) => {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    return http.upload<BatchSummary>(`/check-batches${query({ year })}`, form);
  },
  reportPath: (id: string) => `/check-batches/${id}/report.xlsx`,
};
