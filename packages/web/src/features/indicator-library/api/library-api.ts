// /api/indicator-library: the 指标库 (tree, entries, finance's changes, .xlsx) and, while a 三级指标 is
// typed, suggestions from the library and from approved indicators of the same 二级指标.
import { useQuery } from '@tanstack/react-query';
import type {
  LibraryEntriesFilter,
  LibraryEntryBody,
  LibraryEntryResponse,
  LibraryImportResult,
  LibrarySuggestion,
  LibraryTreeNode,
} from '@jixiao/core/contracts';
import { http, query } from '../../../api/http.ts';

export {
  libraryDirectionLabels as DIRECTION_LABELS,
  type LibraryDirection as Direction,
  type LibraryEntryBody as EntryInput,
  type LibraryEntryResponse as LibraryEntry,
  type LibrarySuggestion,
  type LibraryTreeNode as TreeNode,
} from '@jixiao/core/contracts';

export type EntriesFilter = Omit<LibraryEntriesFilter, 'limit'>;

export const libraryApi = {
  suggest: (level2: string, q: string, category?: string | null) =>
    http.get<{ items: LibrarySuggestion[] }>(
      `/indicator-library${query({ level2, q, limit: 6, ...(category ? { category } : {}) })}`,
    ),
  tree: () => http.get<{ sectors: LibraryTreeNode[] }>('/indicator-library/tree'),
  entries: (f: EntriesFilter) => {
    const params = Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>;
    return http.get<{ items: LibraryEntryResponse[] }>(
      `/indicator-library/entries${query({ ...params, limit: 500 })}`,
    );
  },
  create: (e: LibraryEntryBody) => http.post<LibraryEntryResponse>('/indicator-library/entries', e),
  update: (id: string, e: LibraryEntryBody) =>
    http.put<LibraryEntryResponse>(`/indicator-library/entries/${id}`, e),
  remove: (id: string) => http.del<void>(`/indicator-library/entries/${id}`),
  importXlsx: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return http.upload<LibraryImportResult>('/indicator-library/import', form);
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
