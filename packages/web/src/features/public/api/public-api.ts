// /api/public: published forms and their 批复, readable without an account.
import { getOnce } from '../../../api/early.ts';
import { query } from '../../../api/http.ts';
import type { Approval, StoredForm } from '../../forms/api/forms-api.ts';
import type { FormListItem } from '../../workbench/utils/status-summary.ts';

/** A published form in the public list: its budget is the approved one when finance approved it. */
export type PublicFormItem = FormListItem & { budgetApproved?: boolean };

export const publicApi = {
  list: (q: { year?: number | null; kind?: string; q?: string }) =>
    getOnce<{ items: PublicFormItem[]; total: number }>(`/public/forms${query({ limit: 200, ...q })}`),
  get: (id: string) => getOnce<StoredForm & { approval: Approval | null }>(`/public/forms/${id}`),
};
