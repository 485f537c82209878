// /api/budgets and /api/orgs as the budget grid uses them.
import type { Budget } from '@jixiao/core';
import type {
  DerivedBudget,
  FormFromBudgetBody,
  Org,
  StoredBudget,
  StoredForm,
} from '@jixiao/core/contracts';
import { http } from '../../../api/http.ts';

export type { StoredBudget } from '@jixiao/core/contracts';

export const budgetApi = {
  orgs: () => http.get<{ items: Org[] }>('/orgs'),
  get: (orgId: string, year: number) => http.get<StoredBudget>(`/budgets/${orgId}/${year}`),
  save: (orgId: string, year: number, baseVersion: number, budget: Budget) =>
    http.put<StoredBudget>(`/budgets/${orgId}/${year}`, { baseVersion, budget }),
  /** A draft form of the unit's own from a 项目支出 line or from the whole budget (部门整体). */
  createForm: (orgId: string, year: number, body: FormFromBudgetBody) =>
    http.post<StoredForm>(`/budgets/${orgId}/${year}/forms`, body),
  derive: (orgId: string, year: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<DerivedBudget>(`/budgets/${orgId}/${year}/derive`, form);
  },
};
