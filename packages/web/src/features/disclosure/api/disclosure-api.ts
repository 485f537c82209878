// /api/disclosures (signed in) and /api/public/disclosures (everyone).
import type { Disclosure, Finding, Form } from '@jixiao/core';
import { getOnce } from '../../../api/early.ts';
import { http } from '../../../api/http.ts';

export interface GeneratedDisclosure {
  orgId: string;
  orgName: string;
  year: number;
  /** 'published' when this generation is the one the public sees. */
  status: 'generated' | 'published';
  /** Which generation this is: finance publishes the one it reviewed. */
  generation: number;
  generatedAt: string;
  publishedAt: string | null;
  /** What the public sees now (maybe an earlier generation), or null before the first publication. */
  publication: { version: number; generation: number; publishedAt: string } | null;
  budgetVersion: number;
  disclosure: Disclosure;
  forms: Form[];
  findings: Finding[];
}

export interface PublishedItem {
  orgId: string;
  year: number;
  department: string;
  publishedAt: string;
  url: string;
}

export interface BudgetItem {
  orgId: string;
  year: number;
  department: string;
  version: number;
}

export const disclosureApi = {
  budgets: () => http.get<{ items: BudgetItem[] }>('/budgets'),
  generate: (orgId: string, year: number) => http.post<GeneratedDisclosure>(`/disclosures/${orgId}/${year}/generate`),
  get: (orgId: string, year: number) => http.get<GeneratedDisclosure>(`/disclosures/${orgId}/${year}`),
  publish: (orgId: string, year: number, generation: number) =>
    http.post<GeneratedDisclosure>(`/disclosures/${orgId}/${year}/publish`, { generation }),
  published: () => getOnce<{ items: PublishedItem[] }>('/public/disclosures'),
  publicOne: (orgId: string, year: number) => getOnce<Omit<GeneratedDisclosure, 'findings' | 'generation' | 'publication'> & { version: number }>(`/public/disclosures/${orgId}/${year}`),
};

export const exportUrl = (orgId: string, year: number, format: 'pdf' | 'docx' | 'xlsx', isPublic: boolean) =>
  `/api/${isPublic ? 'public/' : ''}disclosures/${orgId}/${year}/export?format=${format}`;
