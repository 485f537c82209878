// /api/indicator-library: approved indicators of the same 二级指标 with names like the one being typed.
import { http, query } from '../../../api/http.ts';

export interface LibrarySuggestion {
  name: string;
  level1: string | null;
  level2: string | null;
  uses: number;
  values: { raw: string; count: number }[];
  unit: string | null;
  basis: string | null;
  score: number;
}

export const libraryApi = {
  suggest: (level2: string, q: string) =>
    http.get<{ items: LibrarySuggestion[] }>(`/indicator-library${query({ level2, q, limit: 6 })}`),
};
