// The readings of a run-together budget line the arithmetic confirms, ranked (the most confirmed first), and what the
// best of them say alike.
import type { BudgetColumn } from './evaluation-budget-labels.ts';
import { ratePercent } from './budget-run-arithmetic.ts';
import { AMOUNTS, amount, mixedDecimals, type Placed } from './budget-run-figures.ts';

export interface Reading {
  placed: Placed;
  /** The columns the arithmetic (or the rate's sign) confirms. */
  sure: Set<BudgetColumn>;
}

/**
 * How much of a placing is confirmed: its figures explained, then its amounts among them; then amounts printed
 * alike (a line prints its amounts in one format); then the fewer cuts nothing confirms the better (259.45 is
 * not 259.4 | 5 where the rate holds either way); then the nearer rate.
 */
export const rankOf = (r: Reading) => [
  r.sure.size,
  [...r.sure].filter((c) => AMOUNTS.has(c)).length,
  -mixedDecimals(r.placed),
  r.sure.size - Object.keys(r.placed).length,
  -rateError(r),
];

/**
 * How far the rate misses 执行数 ÷ 预算数, where they hold it: the nearer the likelier (251.89 | 251.89 | 100.00% rather
 * than 51.892 | 51.891 | 100.00%, which rounds to it as well).
 */
function rateError(r: Reading): number {
  if (!r.sure.has('executed') || r.placed.rate === undefined) return 0;
  const base = r.sure.has('annual') ? r.placed.annual : r.placed.initial;
  const share = amount(r.placed.executed) / amount(base);
  return Math.abs(share * 100 - ratePercent(r.placed.rate!));
}

export function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

/** What the best readings say alike: their confirmed figures must agree; a figure they differ on is left out. */
export function agreed(best: readonly Reading[]): Placed | null {
  const out: Placed = { ...best[0]!.placed };
  for (const r of best.slice(1))
    for (const c of new Set([...Object.keys(out), ...Object.keys(r.placed)] as BudgetColumn[])) {
      if (out[c] === r.placed[c]) continue;
      if (best[0]!.sure.has(c) || r.sure.has(c)) return null;
      delete out[c];
    }
  return withLonePoints(
    out,
    best.map((r) => r.placed),
  );
}

/**
 * The one figure of points every reading places, in 分值 or in 得分 (100% | 20 under 执行率 | 分值 | 得分: the line
 * printed one of them), kept beside the figures they agree on — in the first reading's column, the form's table
 * telling which it is where it can (lone-points.ts). Nothing is added where they agree on no other figure, place
 * other points, or both columns.
 */
export function withLonePoints(out: Placed, placings: readonly Placed[]): Placed {
  if (out.weight !== undefined || out.score !== undefined || Object.keys(out).length === 0) return out;
  const lone = placings.map((p) =>
    (p.weight === undefined) !== (p.score === undefined) ? (p.weight ?? p.score)! : null,
  );
  if (lone.some((t) => t === null || t !== lone[0])) return out;
  return { ...out, [placings[0]!.weight !== undefined ? 'weight' : 'score']: lone[0]! };
}
