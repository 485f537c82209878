// /api/budgets and /api/orgs as the budget grid uses them.
import type { Budget, Finding } from '@jixiao/core';
import type { BudgetLinkedForm, FormFromBudgetBody, StoredForm } from '@jixiao/core/contracts';
import { http } from '../../../api/http.ts';

export interface StoredBudget {
  orgId: string;
  year: number;
  exists: boolean;
  version: number;
  canWrite: boolean;
  budget: Budget;
  findings: Finding[];
  /** The project forms of this organisation and year by 项目编码 (absent from older servers). */
  projectForms?: BudgetLinkedForm[];
}

export interface OrgItem {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export const budgetApi = {
  orgs: () => http.get<{ items: OrgItem[] }>('/orgs'),
  get: (orgId: string, year: number) => http.get<StoredBudget>(`/budgets/${orgId}/${year}`),
  save: (orgId: string, year: number, baseVersion: number, budget: Budget) =>
    http.put<StoredBudget>(`/budgets/${orgId}/${year}`, { baseVersion, budget }),
  /** A draft form of the unit's own from a 项目支出 line or from the whole budget (部门整体). */
  createForm: (orgId: string, year: number, body: FormFromBudgetBody) =>
    http.post<StoredForm>(`/budgets/${orgId}/${year}/forms`, body),
  derive: (orgId: string, year: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<{ budget: Budget; findings: Finding[] }>(`/budgets/${orgId}/${year}/derive`, form);
  },
};
