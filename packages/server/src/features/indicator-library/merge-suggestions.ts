// The editor's suggestions: library entries and names from approved forms in one list. A name found in
// both is one suggestion — the library's definition and link with the forms' usual values and use.
import { parseIndicatorValue } from '@jixiao/core';
import type { LibraryEntry } from '@jixiao/core/contracts';
import type { Suggestion } from './library.ts';
import { normaliseName } from './similarity.ts';

export interface MergedSuggestion extends Suggestion {
  /** The 指标库 entry, or null for a name known only from approved forms. */
  libraryId: string | null;
  definition: string | null;
  direction: LibraryEntry['direction'] | null;
  sector: string | null;
  sourceTitle: string | null;
}

/** A usual value the editor may put in an empty 指标值 cell: only a written number (≥90%), not ≤预算数. */
function usableValue(v: string | null): { raw: string; count: number }[] {
  if (!v) return [];
  const parsed = parseIndicatorValue(v);
  return parsed.kind === 'quantitative' && parsed.value !== null && !parsed.problem
    ? [{ raw: v, count: 0 }]
    : [];
}

export function mergeSuggestions(
  fromForms: readonly Suggestion[],
  fromLibrary: readonly (LibraryEntry & { score: number })[],
  limit: number,
): MergedSuggestion[] {
  const byName = new Map(fromForms.map((s) => [normaliseName(s.name), s]));
  const out: MergedSuggestion[] = [];
  for (const e of fromLibrary) {
    const key = normaliseName(e.name);
    const used = byName.get(key);
    byName.delete(key);
    out.push({
      name: e.name,
      level1: e.level1,
      level2: e.level2,
      uses: Math.max(e.uses, used?.uses ?? 0),
      values: used?.values.length ? used.values : usableValue(e.usualValue),
      unit: e.unit ?? used?.unit ?? null,
      basis: used?.basis ?? null,
      score: Math.max(e.score, used?.score ?? 0),
      libraryId: e.id,
      definition: e.definition,
      direction: e.direction,
      sector: e.sector,
      sourceTitle: e.sourceTitle,
    });
  }
  for (const s of byName.values()) {
    out.push({ ...s, libraryId: null, definition: null, direction: null, sector: null, sourceTitle: null });
  }
  // Equal scores: the library's entry first (it brings a definition), then the more used.
  return out
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.libraryId !== null) - Number(a.libraryId !== null) ||
        b.uses - a.uses ||
        a.name.localeCompare(b.name, 'zh-CN'),
    )
    .slice(0, limit);
}
