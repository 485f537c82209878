// /api/evaluation-imports: upload a 自评表 / 监控表 of any template → the approved projects it may belong to
// and the indicator pairs; pairs for another project; confirm (into the project's self-evaluation or
// monitoring entry, or as a record of its own); the records. Shapes as in the server's
// evaluation-imports.schemas.ts.
import { http, query } from '../../../api/http.ts';

export type EvaluationKind = 'self-evaluation' | 'monitoring';

export interface ImportedDocumentSummary {
  index: number;
  kind: EvaluationKind;
  title: string | null;
  name: string | null;
  unit: string | null;
  department: string | null;
  year: number | null;
  period: string | null;
  budget: { annual: string | null; executed: string | null };
  indicatorCount: number;
}

export interface ProjectCandidate {
  formId: string;
  name: string;
  unit: string | null;
  orgName: string;
  year: number | null;
  budget: string | null;
  score: number;
  parts: { name: number | null; unit: number | null; budget: number | null };
  target: { id: string | null; label: string; writable: boolean; reason: string | null };
}

export interface ApprovedIndicator {
  indicatorId: string;
  level1: string | null;
  level2: string | null;
  name: string | null;
  target: string;
}

export interface ImportedRow {
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  target: string;
  actual: string;
  weight: string | null;
  score: string | null;
  deviationReason: string | null;
  indicatorId: string | null;
  similarity: number | null;
  candidates: { indicatorId: string; similarity: number }[];
}

export interface IndicatorMatch {
  formId: string;
  approved: ApprovedIndicator[];
  rows: ImportedRow[];
  unmatchedApproved: string[];
}

export interface Proposal {
  index: number;
  document: ImportedDocumentSummary;
  candidates: ProjectCandidate[];
  match: IndicatorMatch | null;
}

export interface EvaluationUpload {
  fileId: string;
  fileName: string;
  documents: ImportedDocumentSummary[];
  proposal: Proposal;
}

export interface PairChoice {
  row: number;
  indicatorId: string | null;
}

export interface ConfirmInput {
  index: number;
  /** The self-evaluation's year when neither the project nor the table states one. */
  year?: number;
  attach: { formId: string; pairs: PairChoice[]; usePublishedScores: boolean } | null;
}

export interface ConfirmResult {
  kind: EvaluationKind | 'record';
  id: string;
  link: string;
  notes: string[];
}

export interface ImportedRecord {
  id: string;
  kind: EvaluationKind;
  name: string;
  year: number | null;
  orgId: string;
  orgName: string;
  fileId: string | null;
  fileName: string | null;
  createdAt: string;
}

/** The table as read (core SelfEvaluationDocument / MonitoringDocument), the parts the page shows. */
export interface ImportedDocument {
  kind: EvaluationKind;
  title: string | null;
  name: string | null;
  unit: string | null;
  department: string | null;
  year: number | null;
  period?: string | null;
  budget: Record<string, unknown>;
  indicators: Array<{
    level1: string | null;
    level2: string | null;
    name: string;
    target: { raw: string };
    actual?: { raw: string };
    actualToDate?: { raw: string };
    expectedFullYear?: { raw: string };
    weight?: string | null;
    score?: string | null;
    deviationReason: string | null;
    likelihood?: string | null;
  }>;
  total?: string | null;
  grade?: string | null;
}

export const evaluationImportsApi = {
  upload: (file: File) => {
    const data = new FormData();
    data.append('file', file, file.name);
    return http.upload<EvaluationUpload>('/evaluation-imports', data);
  },
  match: (fileId: string, index: number, formId: string) =>
    http.post<IndicatorMatch>(`/evaluation-imports/${fileId}/match`, { index, formId }),
  confirm: (fileId: string, input: ConfirmInput) =>
    http.post<ConfirmResult>(`/evaluation-imports/${fileId}/confirm`, input),
  records: (year?: number) =>
    http.get<{ items: ImportedRecord[] }>(`/evaluation-imports/records${query({ year })}`),
  record: (id: string) =>
    http.get<{ record: ImportedRecord; document: ImportedDocument }>(`/evaluation-imports/records/${id}`),
};
