// /api/public: published forms and their 批复, readable without an account.
import { getOnce } from '../../../api/early.ts';
import { query } from '../../../api/http.ts';
import type { PublicForm, PublicFormList } from '@jixiao/core/contracts';

export const publicApi = {
  list: (q: { year?: number | null; kind?: string; q?: string }) =>
    getOnce<PublicFormList>(`/public/forms${query({ limit: 200, ...q })}`),
  get: (id: string) => getOnce<PublicForm>(`/public/forms/${id}`),
};
