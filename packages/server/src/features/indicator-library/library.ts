// Suggestions from approved indicators: rows grouped by name, scored by likeness to what is typed, each
// with how often it was used, its usual values, unit and 确定依据. Pure, so that it is tested directly.
import { nameSimilarity, normaliseName } from './similarity.ts';

export interface LibraryRow {
  name: string;
  level1: string | null;
  level2: string | null;
  raw: string;
  unit: string | null;
  basis: string | null;
  formId: string;
}

export interface Suggestion {
  name: string;
  level1: string | null;
  level2: string | null;
  /** How many approved forms used it. */
  uses: number;
  /** The values it was given, most frequent first (at most three). */
  values: { raw: string; count: number }[];
  unit: string | null;
  basis: string | null;
  score: number;
}

// One shared two-character word in a short name is already a useful hint (培训人 → 组织培训场次).
const MIN_SCORE = 0.25;

function mostFrequent<T>(items: readonly T[]): { value: T; count: number }[] {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

export function suggest(rows: readonly LibraryRow[], query: string, limit: number): Suggestion[] {
  const groups = new Map<string, LibraryRow[]>();
  for (const r of rows) {
    const key = normaliseName(r.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const q = query.trim();
  const out: Suggestion[] = [];
  for (const list of groups.values()) {
    const name = mostFrequent(list.map((r) => r.name))[0]!.value;
    const score = q ? nameSimilarity(q, name) : 0;
    if (q && score < MIN_SCORE) continue;
    const first = <K extends keyof LibraryRow>(k: K) =>
      mostFrequent(
        list.map((r) => r[k]).filter((v): v is NonNullable<LibraryRow[K]> => v !== null && v !== ''),
      )[0]?.value ?? null;
    out.push({
      name,
      level1: first('level1') as string | null,
      level2: first('level2') as string | null,
      uses: new Set(list.map((r) => r.formId)).size,
      // “4项” and “4 项” are one value.
      values: mostFrequent(list.map((r) => r.raw.replace(/\s+/g, '')).filter(Boolean))
        .slice(0, 3)
        .map((v) => ({ raw: v.value, count: v.count })),
      unit: first('unit') as string | null,
      basis: first('basis') as string | null,
      score,
    });
  }
  return out
    .sort((a, b) => b.score - a.score || b.uses - a.uses || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, limit);
}
