// A run-together budget line no arithmetic or print cuts (22087.57: 220 | 87.57 or 2208 | 7.57?) cut where the form
// states one of its amounts again outside the block: a cost row's target or a note (年度预算220万元, 已支出158.4万元,
// 投入资金(≥万元)1500) names the budget or the spending with its money unit, so the cut that places that amount is
// the line's.
import { halfWidthFigures } from '../rows/clean-cell.ts';
import { explained, ratePercent } from './budget-run-arithmetic.ts';
import { AMOUNTS, amount, type Placed } from './budget-run-figures.ts';
import { placings } from './budget-run-placings.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

/** A figure with its money unit after it (220万元), or after a bracketed unit before it (投入资金(≥万元)1500). */
const WITH_UNIT = /(\d[\d,]*(?:\.\d+)?)(万元|元)|[（(][≥≤<>=]*(万元|元)[）)](\d[\d,]*(?:\.\d+)?)/g;

/**
 * The amounts the text `key` states with a money unit, in the block's `unit` (220万元 is 2200000 where the block
 * prints 元).
 */
export function statedAmounts(key: string, unit: '万元' | '元'): Set<number> {
  const out = new Set<number>();
  for (const m of halfWidthFigures(key).replace(/．/g, '.').matchAll(WITH_UNIT)) {
    const [figure, stated] = m[1] !== undefined ? [m[1], m[2]!] : [m[4]!, m[3]!];
    const n = Number(figure.replace(/,/g, ''));
    if (!(n > 0)) continue;
    out.add(stated === unit ? n : stated === '万元' ? n * 10_000 : n / 10_000);
  }
  return out;
}

/** How many of a placing's amounts the form states elsewhere. */
const statedIn = (p: Placed, stated: ReadonlySet<number>) =>
  [...AMOUNTS].filter((c) => p[c] !== undefined && stated.has(amount(p[c]))).length;

/** The placing has an 执行数 no rate of 0 denies, or an 执行数 of 0 beside a rate of 0 (nothing spent). */
function placesSpending(p: Placed): boolean {
  if (p.executed === undefined) return false;
  return p.rate === undefined || ratePercent(p.rate) > 0 === amount(p.executed) > 0;
}

/**
 * The run cut where it places an amount the form states elsewhere (`stated`): of the placings no relation breaks
 * and whose 执行数 is no more than the budget, those placing the most stated amounts, then an 执行数 (the block
 * reports what was spent); what they all place alike is read. Null where no placing holds a stated amount.
 */
export function cutByStatedAmounts(
  run: string,
  columns: readonly BudgetColumn[],
  stated: ReadonlySet<number>,
): Placed | null {
  if (stated.size === 0) return null;
  const text = halfWidthFigures(run).replace(/％/g, '%').replace(/，/g, ',');
  if (!/^\d[\d.,%]*$/.test(text) || text.length > 60) return null;
  let best: Placed[] = [];
  let bestRank = [0, 0];
  for (const p of placings(text, columns) ?? []) {
    if (explained(p, columns) === null) continue;
    const budget = amount(p.annual ?? p.initial);
    if (amount(p.executed) > budget) continue;
    const rank = [statedIn(p, stated), placesSpending(p) ? 1 : 0];
    if (rank[0] === 0) continue;
    const order = rank[0]! - bestRank[0]! || rank[1]! - bestRank[1]!;
    if (order > 0) [best, bestRank] = [[p], rank];
    else if (order === 0) best.push(p);
  }
  if (best.length === 0) return null;
  const out: Placed = { ...best[0]! };
  for (const p of best.slice(1))
    for (const c of Object.keys(out) as BudgetColumn[]) if (out[c] !== p[c]) delete out[c];
  return [...AMOUNTS].some((c) => out[c] !== undefined) ? out : null;
}
