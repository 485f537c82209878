// The pairs the user is confirming in 匹配确认: one approved indicator per imported row at most; choosing an
// indicator another row holds takes it from that row (the server refuses an indicator paired twice).
import type { ApprovedIndicator, ImportedRow, PairChoice } from '../api/evaluation-imports-api.ts';

export type Choices = ReadonlyMap<number, string | null>;

export function initialChoices(rows: readonly ImportedRow[]): Map<number, string | null> {
  return new Map(rows.map((r) => [r.row, r.indicatorId]));
}

/** `row` now fills `indicatorId` (null: 不导入); a row that held it before is left unpaired. */
export function choose(
  choices: Choices,
  row: number,
  indicatorId: string | null,
): Map<number, string | null> {
  const next = new Map(choices);
  if (indicatorId !== null)
    for (const [r, id] of next) if (id === indicatorId && r !== row) next.set(r, null);
  next.set(row, indicatorId);
  return next;
}

export function pairsOf(choices: Choices): PairChoice[] {
  return [...choices].map(([row, indicatorId]) => ({ row, indicatorId })).sort((a, b) => a.row - b.row);
}

/** Approved indicators no row fills. */
export function unpaired(approved: readonly ApprovedIndicator[], choices: Choices): ApprovedIndicator[] {
  const used = new Set([...choices.values()].filter((id): id is string => id !== null));
  return approved.filter((a) => !used.has(a.indicatorId));
}

/** 0.86 → "86%". */
export function percent(similarity: number | null): string {
  return similarity === null ? '—' : `${Math.round(similarity * 100)}%`;
}

/** The similarity of a row to an approved indicator, from the server's candidates (0 when not among them). */
export function similarityOf(row: ImportedRow, indicatorId: string | null): number | null {
  if (indicatorId === null) return null;
  return row.candidates.find((c) => c.indicatorId === indicatorId)?.similarity ?? 0;
}

/** The select's options for a row: its most alike approved indicators first, then the rest, then 不导入. */
export function optionsFor(row: ImportedRow, approved: readonly ApprovedIndicator[]) {
  const rank = new Map(row.candidates.map((c, i) => [c.indicatorId, i]));
  const sorted = [...approved].sort(
    (a, b) => (rank.get(a.indicatorId) ?? 1e6) - (rank.get(b.indicatorId) ?? 1e6),
  );
  return [
    ...sorted.map((a) => {
      const s = similarityOf(row, a.indicatorId);
      return {
        value: a.indicatorId,
        label: `${a.name ?? '（无名称）'}${s ? `（${percent(s)}）` : ''}`,
      };
    }),
    { value: '', label: '不导入' },
  ];
}
