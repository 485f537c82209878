// /api/imports: upload a file for a preview (forms, findings, where each value came from, the
// document's rows), read it again with the cells the user pointed at, save chosen forms as drafts;
// /api/layout-mappings: the template labels the organisation taught.
import type { Finding, Form, MappableField } from '@jixiao/core';
import { http, query } from '../../../api/http.ts';
import type { FormMeta } from '../../forms/api/forms-api.ts';
import type { EvaluationUpload } from '../../evaluation-imports/api/evaluation-imports-api.ts';

export type { MappableField };

/** Where a value came from in the document, and how sure the reading is (0..1). */
export interface FieldSource {
  path: string;
  line: number | null;
  source: string | null;
  column: number | null;
  label: string | null;
  text: string;
  confidence: number;
}

export interface UnsureField {
  path: string;
  field: MappableField | null;
  reason: 'missing' | 'low-confidence';
  confidence: number | null;
}

export interface DocumentRow {
  row: number;
  line: number;
  source: string | null;
  table: boolean;
  cells: string[];
}

export interface Pick {
  index?: number;
  field: MappableField;
  row: number;
  column: number;
  label?: string;
}

export interface PreviewForm {
  index: number;
  kind: Form['kind'];
  name: string;
  form: Form;
  findings: Finding[];
  errorCount: number;
  sources: FieldSource[];
  unsure: UnsureField[];
}

export interface ImportPreview {
  fileId: string;
  fileName: string;
  size: number;
  forms: PreviewForm[];
  document: { items: DocumentRow[]; total: number; truncated: boolean };
  problem: { code: string; message: string; hint: string } | null;
  /**
   * Set when the file holds 自评表 / 监控表 only: the same upload answered with the evaluation import's
   * proposal (匹配确认), so the file is never sent twice. Null for target forms and re-readings.
   */
  evaluation: EvaluationUpload | null;
  picks: {
    index: number;
    field: MappableField;
    row: number;
    column: number;
    label: string | null;
    text: string;
  }[];
}

export interface LayoutMapping {
  id: string;
  orgId: string;
  label: string;
  field: MappableField;
  createdAt: string;
}

export const importsApi = {
  upload: (file: File) => {
    const data = new FormData();
    data.append('file', file, file.name);
    return http.upload<ImportPreview>('/imports', data);
  },
  read: (fileId: string, picks: Pick[]) => http.post<ImportPreview>(`/imports/${fileId}/read`, { picks }),
  save: (fileId: string, indices: number[], picks: Pick[]) =>
    http.post<{ forms: FormMeta[] }>(`/imports/${fileId}/save`, { indices, picks }),
  mappings: (orgId?: string) =>
    http.get<{ orgId: string; items: LayoutMapping[] }>(`/layout-mappings${query({ orgId })}`),
  teach: (label: string, field: MappableField) =>
    http.post<LayoutMapping>('/layout-mappings', { label, field }),
  forget: (id: string) => http.del<{ ok: true }>(`/layout-mappings/${id}`),
};
