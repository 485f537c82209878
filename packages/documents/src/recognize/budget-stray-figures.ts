// A 自评表's budget line whose figures a PDF's text layer scattered: some under the labels, the rest further on
// (after the block's other lines, among the goals). The line's own figures keep their order; the stray ones fill
// the columns left empty only where the block's arithmetic proves them — 执行率 = 执行数 ÷ 预算数 and
// 得分 = 分值 × 执行率 — so that a figure of the goals is never taken for the budget's.
import { parseAmount } from '@jixiao/core';
import { fit } from './evaluation-budget.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

type Placed = Partial<Record<BudgetColumn, string>>;

/** The columns a stray figure may fill: what a scattered line leaves empty most often. */
const STRAY_COLUMNS: ReadonlySet<BudgetColumn> = new Set(['executed', 'rate', 'weight']);

const amount = (t: string | undefined) => (t === undefined ? NaN : Number(parseAmount(t, '元') ?? NaN));
const plain = (t: string | undefined) => (t === undefined ? NaN : Number(t.replace(/[%％\s]/g, '')));

/** The placing's arithmetic holds whole: a rate on two amounts, and 得分 = 分值 × 执行率 where both are printed. */
function proven(p: Placed): boolean {
  const annual = amount(p.annual ?? p.initial);
  const executed = amount(p.executed);
  const rate = plain(p.rate);
  if (!(annual > 0) || Number.isNaN(executed) || Number.isNaN(rate) || !/[%％]/.test(p.rate!)) return false;
  if (Math.abs((executed / annual) * 100 - rate) > 0.5) return false;
  const weight = plain(p.weight);
  const score = plain(p.score);
  if (Number.isNaN(weight) || Number.isNaN(score)) return Number.isNaN(weight) && Number.isNaN(score);
  return score <= weight && Math.abs((weight * Math.min(rate, 100)) / 100 - score) <= 0.05;
}

/**
 * The line's figures, in order, and stray ones placed so that the arithmetic holds; null when no placing with a
 * stray figure holds, or when two placings hold that read the line differently.
 */
export function placeWithStrays(
  figures: readonly string[],
  columns: readonly BudgetColumn[],
  strays: readonly string[],
): Placed | null {
  if (figures.length === 0 || figures.length >= columns.length || strays.length === 0) return null;
  if (columns.length > 8) return null;
  // The nearest ones: a block's scattered figures stand close to it, a long tail is the form's next blocks.
  strays = strays.slice(0, 12);
  let found: Placed | null = null;
  let ambiguous = false;
  // A stranger line (a hostile or broken file) is not searched through: past this many placings, none is taken.
  let steps = 0;
  // Columns Jixiao keeps no figure of (中央 | 省、地 | 本级 | 其他 before a 合计) do not tell two readings apart.
  const same = (a: Placed, b: Placed) => columns.every((c) => c === 'other' || a[c] === b[c]);
  const fill = (placed: Placed, empty: readonly BudgetColumn[], k: number, used: Set<number>) => {
    if (++steps > 20_000) return;
    if (k === empty.length) {
      if (used.size === 0 || !proven(placed)) return;
      if (found && !same(found, placed)) ambiguous = true;
      found ??= { ...placed };
      return;
    }
    fill(placed, empty, k + 1, used);
    const col = empty[k]!;
    strays.forEach((s, n) => {
      if (used.has(n) || fit(s, col) === -Infinity) return;
      used.add(n);
      fill({ ...placed, [col]: s }, empty, k + 1, used);
      used.delete(n);
    });
  };
  // Each of the line's figures to a column after the one before, the columns between left empty.
  const place = (i: number, j: number, placed: Placed) => {
    if (i === figures.length) {
      // 执行 … 率: a header the layer broke may have lost the rate's label; a percent the amounts prove is the rate.
      const empty = [
        ...columns.filter((c) => placed[c] === undefined && STRAY_COLUMNS.has(c)),
        ...(columns.includes('rate') ? [] : (['rate'] as const)),
      ];
      fill(placed, empty, 0, new Set());
      return;
    }
    for (let s = j; s + (figures.length - i) <= columns.length; s++)
      if (fit(figures[i]!, columns[s]!) > -Infinity)
        place(i + 1, s + 1, { ...placed, [columns[s]!]: figures[i]! });
  };
  place(0, 0, {});
  return ambiguous || steps > 20_000 ? null : found;
}
