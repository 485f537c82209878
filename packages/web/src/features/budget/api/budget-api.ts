// /api/budgets and /api/orgs as the budget grid uses them.
import type { Budget, Finding } from '@jixiao/core';
import { http } from '../../../api/http.ts';

export interface StoredBudget {
  orgId: string;
  year: number;
  exists: boolean;
  version: number;
  canWrite: boolean;
  budget: Budget;
  findings: Finding[];
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
  derive: (orgId: string, year: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<{ budget: Budget; findings: Finding[] }>(`/budgets/${orgId}/${year}/derive`, form);
  },
};
