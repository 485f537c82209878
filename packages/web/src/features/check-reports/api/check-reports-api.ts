// /api/check-batches (检查报告): upload many files or a .zip for a year, follow the batch's progress, read
// its report and a document's read text with its findings. Types as the server's check-reports.schemas.ts.
import { http, query } from '../../../api/http.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Counts = Record<Severity, number>;

export interface FindingPlace {
  line: number | null;
  source: string | null;
  column: number | null;
  label: string | null;
  text: string | null;
}

export interface BatchSummary {
  id: string;
  year: number;
  title: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  done: number;
  failed: number;
  counts: Counts;
  orgName: string;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface BatchDocument {
  id: string;
  ordinal: number;
  name: string;
  format: string | null;
  unit: string | null;
  titles: string[];
  error: { code: string; message: string } | null;
  counts: Counts;
}

export interface BatchFinding {
  id: string;
  documentId: string;
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  form: string;
  place: FindingPlace | null;
}

export interface BatchReport extends BatchSummary {
  documents: BatchDocument[];
  findings: BatchFinding[];
}

export interface DocumentText extends BatchDocument {
  rows: { cells: string[]; line: number | null; source: string | null }[];
  findings: BatchFinding[];
}

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
