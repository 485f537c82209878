// /api/imports: upload a file for a preview (forms, findings, where each value came from, the
// document's rows), read it again with the cells the user pointed at, save chosen forms as drafts;
// /api/layout-mappings: the template labels the organisation taught.
import type { MappableField, TaughtOnKind } from '@jixiao/core';
import type { FormMeta, ImportPreview, LayoutMapping, PickInput as Pick } from '@jixiao/core/contracts';
import { http, query } from '../../../api/http.ts';

export type { MappableField };

export type {
  DocumentRow,
  FieldSource,
  ImportPreview,
  LayoutMapping,
  PreviewForm,
  UnsureField,
} from '@jixiao/core/contracts';
export type { PickInput as Pick } from '@jixiao/core/contracts';

export const importsApi = {
  upload: (file: File) => {
    const data = new FormData();
    data.append('file', file, file.name);
    return http.upload<ImportPreview>('/imports', data);
  },
  read: (fileId: string, picks: Pick[]) => http.post<ImportPreview>(`/imports/${fileId}/read`, { picks }),
  save: (fileId: string, indices: number[], picks: Pick[], years: { index: number; year: number }[] = []) =>
    http.post<{ forms: FormMeta[] }>(`/imports/${fileId}/save`, { indices, picks, years }),
  mappings: (orgId?: string) =>
    http.get<{ orgId: string; items: LayoutMapping[] }>(`/layout-mappings${query({ orgId })}`),
  /** `kind`: the document the label is taught on, so that the list names the field as it prints it. */
  teach: (label: string, field: MappableField, kind: TaughtOnKind | null) =>
    http.post<LayoutMapping>('/layout-mappings', { label, field, ...(kind ? { kind } : {}) }),
  forget: (id: string) => http.del<{ ok: true }>(`/layout-mappings/${id}`),
};
