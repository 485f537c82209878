// /api/disclosures (signed in) and /api/public/disclosures (everyone).
import type {
  BudgetListItem,
  DisclosureFormat,
  GeneratedDisclosure,
  PublishedDisclosure,
  PublishedDisclosureItem,
} from '@jixiao/core/contracts';
import { getOnce } from '../../../api/early.ts';
import { http, query } from '../../../api/http.ts';
import type { CursorPage } from '../../../api/use-cursor-list.ts';

export const disclosureApi = {
  /** One page of the budgets the user can see, the latest saved first. */
  budgets: (cursor?: string) => http.get<CursorPage<BudgetListItem>>(`/budgets${query({ cursor })}`),
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
