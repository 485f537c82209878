// /api/forms and friends: list, read, create, save (409 on a stale version), findings, years, history,
// comments, approval.
import type { Finding, Form } from '@jixiao/core';
import { http, query } from '../../../api/http.ts';
import type {
  Approval,
  FormDiff,
  FormListQuery as ContractFormListQuery,
  FormListResponse,
  FormVersion,
  FormVersionResponse,
  StoredForm,
  ReviewComment,
  StoredFormWithActions,
  TransitionRecord as Transition,
} from '@jixiao/core/contracts';

export type { Approval, ReviewComment, Transition };

export type { FormMeta, StoredForm } from '@jixiao/core/contracts';

/** The list's filter; `year: null` is all years (left out of the query). */
export type FormListQuery = Omit<ContractFormListQuery, 'year'> & { year?: number | null };

export const formsApi = {
  list: (q: FormListQuery) => http.get<FormListResponse>(`/forms${query({ limit: 200, ...q })}`),
  get: (id: string) => http.get<StoredFormWithActions>(`/forms/${id}`),
  create: (form: Form) => http.post<StoredForm>('/forms', { form }),
  save: (id: string, baseVersion: number, form: Form) =>
    http.put<StoredForm>(`/forms/${id}`, { baseVersion, form }),
  findings: (id: string) => http.get<{ version: number; findings: Finding[] }>(`/forms/${id}/findings`),
  versions: (id: string) => http.get<{ items: FormVersion[] }>(`/forms/${id}/versions`),
  version: (id: string, version: number) => http.get<FormVersionResponse>(`/forms/${id}/versions/${version}`),
  diff: (id: string, from: number, to: number) =>
    http.get<FormDiff>(`/forms/${id}/diff${query({ from, to })}`),
  history: (id: string) => http.get<{ items: Transition[] }>(`/forms/${id}/history`),
  comments: (id: string) => http.get<{ items: ReviewComment[] }>(`/forms/${id}/comments`),
  approval: (id: string) => http.get<Approval>(`/forms/${id}/approval`),
  years: () => http.get<{ items: ({ year: number } | number)[] }>('/years'),
  submit: (id: string) =>
    http.post<{ status: string; openComments?: ReviewComment[] }>(`/forms/${id}/submit`),
  resolveComment: (id: string, commentId: string) =>
    http.post<ReviewComment>(`/forms/${id}/comments/${commentId}/resolve`),
};
