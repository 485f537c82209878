// /api/disclosures (signed in) and /api/public/disclosures (everyone).
import type {
  BudgetListItem,
  DisclosureFormat,
  GeneratedDisclosure,
  PublishedDisclosure,
  PublishedDisclosureItem,
} from '@jixiao/core/contracts';
import { getOnce } from '../../../api/early.ts';
import { http } from '../../../api/http.ts';

export const disclosureApi = {
  budgets: () => http.get<{ items: BudgetListItem[] }>('/budgets'),
  generate: (orgId: string, year: number) =>
    http.post<GeneratedDisclosure>(`/disclosures/${orgId}/${year}/generate`),
  get: (orgId: string, year: number) => http.get<GeneratedDisclosure>(`/disclosures/${orgId}/${year}`),
  publish: (orgId: string, year: number, generation: number) =>
    http.post<GeneratedDisclosure>(`/disclosures/${orgId}/${year}/publish`, { generation }),
  published: () => getOnce<{ items: PublishedDisclosureItem[] }>('/public/disclosures'),
  publicOne: (orgId: string, year: number) =>
    getOnce<PublishedDisclosure>(`/public/disclosures/${orgId}/${year}`),
};

export const exportUrl = (orgId: string, year: number, format: DisclosureFormat, isPublic: boolean) =>
  `/api/${isPublic ? 'public/' : ''}disclosures/${orgId}/${year}/export?format=${format}`;
