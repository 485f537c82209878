// /api/indicator-library: the 指标库 (tree, entries, finance's changes, .xlsx) and, while a 三级指标 is
// typed, suggestions from the library and from approved indicators of the same 二级指标.
import { useQuery } from '@tanstack/react-query';
import { http, query } from '../../../api/http.ts';

export type Direction = '≥' | '≤' | '=' | '定性';
export const DIRECTION_LABELS: Record<Direction, string> = {
  '≥': '正向（≥，越大越好）',
  '≤': '反向（≤，越小越好）',
  '=': '等于（=）',
  定性: '定性',
};

export interface LibrarySuggestion {
  name: string;
  level1: string | null;
  level2: string | null;
  uses: number;
  values: { raw: string; count: number }[];
  unit: string | null;
  basis: string | null;
  score: number;
  /** The 指标库 entry; absent or null for a name known only from approved forms. */
  libraryId?: string | null;
  definition?: string | null;
  direction?: Direction | null;
  sector?: string | null;
  sourceTitle?: string | null;
}

export interface EntryInput {
  sector: string;
  field: string | null;
  level1: string;
  level2: string;
  name: string;
  definition: string | null;
  formula: string | null;
  unit: string | null;
  direction: Direction;
  usualValue: string | null;
  scoring: string | null;
  dataSource: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
}

export interface LibraryEntry extends EntryInput {
  id: string;
  origin: 'builtin' | 'import' | 'manual';
  uses: number;
  updatedAt: string;
  score?: number;
}

export interface TreeNode {
  sector: string;
  count: number;
  level1: { name: string; count: number; level2: { name: string; count: number }[] }[];
}

export interface EntriesFilter {
  q?: string;
  sector?: string;
  level1?: string;
  level2?: string;
  category?: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export const libraryApi = {
  suggest: (level2: string, q: string, category?: string | null) =>
    http.get<{ items: LibrarySuggestion[] }>(
      `/indicator-library${query({ level2, q, limit: 6, ...(category ? { category } : {}) })}`,
    ),
  tree: () => http.get<{ sectors: TreeNode[] }>('/indicator-library/tree'),
  entries: (f: EntriesFilter) => {
    const params = Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>;
    return http.get<{ items: LibraryEntry[] }>(
      `/indicator-library/entries${query({ ...params, limit: 500 })}`,
    );
  },
  create: (e: EntryInput) => http.post<LibraryEntry>('/indicator-library/entries', e),
  update: (id: string, e: EntryInput) => http.put<LibraryEntry>(`/indicator-library/entries/${id}`, e),
  remove: (id: string) => http.del<void>(`/indicator-library/entries/${id}`),
  importXlsx: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<ImportResult>('/indicator-library/import', form);
  },
};

export function useLibraryTree() {
  return useQuery({ queryKey: ['indicator-library', 'tree'], queryFn: libraryApi.tree, staleTime: 60_000 });
}

export function useLibraryEntries(f: EntriesFilter) {
  return useQuery({
    queryKey: ['indicator-library', 'entries', f],
    queryFn: () => libraryApi.entries(f),
    staleTime: 30_000,
  });
}
