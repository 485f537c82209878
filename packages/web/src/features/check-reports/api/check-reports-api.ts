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

export type { BatchDocument, BatchFinding, BatchReport, BatchSummary };
export type Severity = BatchSeverity;
export type Counts = BatchCounts;
export type FindingPlace = BatchFindingPlace;
export type DocumentText = BatchDocumentText;

export const checkReportsApi = {
  list: (year: number) => http.get<BatchSummary[]>(`/check-batches${query({ year })}`),
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
