// /api/imports: upload a file for a preview with findings, then save chosen forms as drafts.
import type { Finding, Form } from '@jixiao/core';
import { http } from '../../../api/http.ts';
import type { FormMeta } from '../../forms/api/forms-api.ts';

export interface ImportPreview {
  fileId: string;
  fileName: string;
  size: number;
  forms: { index: number; kind: string; name: string; form: Form; findings: Finding[]; errorCount: number }[];
}

export const importsApi = {
  upload: (file: File) => {
    const data = new FormData();
    data.append('file', file, file.name);
    return http.upload<ImportPreview>('/imports', data);
  },
  save: (fileId: string, indices: number[]) =>
    http.post<{ forms: FormMeta[] }>(`/imports/${fileId}/save`, { indices }),
};
