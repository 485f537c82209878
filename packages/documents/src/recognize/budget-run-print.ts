// A run-together budget line no arithmetic confirms, cut by how it is printed: an amount printed twice, amounts
// printed to the same decimals.
import type { BudgetColumn } from './evaluation-budget-labels.ts';
import { rateHolds, ratePercent, shareOf } from './budget-run-arithmetic.ts';
import { AMOUNTS, amount, decimalsOf, mixedDecimals, type Placed } from './budget-run-figures.ts';
import { compare, withLonePoints, type Reading } from './budget-run-ranking.ts';

/**
 * What the print of a placing shows where no arithmetic ties its amounts: an amount printed twice in a row (a budget
 * unchanged, or spent in full: 236 | 236, 14370000.00 | 14,370,000.00), worth 2; amounts (and a rate with decimals)
 * printed to the same decimals, two at least (2960.00 | 2960.00 | 2798.30, 142.50 | 44.53%), worth 1. `sure`: the
 * figures it shows.
 */
function printEvidence(
  p: Placed,
  columns: readonly BudgetColumn[],
): { worth: number; sure: Set<BudgetColumn> } {
  const sure = new Set<BudgetColumn>();
  let worth = 0;
  const amounts = columns.filter((c) => AMOUNTS.has(c) && p[c] !== undefined);
  // Three digits or a fraction: 10 | 10 is as likely points, 1 | 1 two figures as 11 one, 0 | 0.00 nothing spent.
  const twice = amounts.findIndex(
    (c, k) =>
      k > 0 &&
      amount(p[c]) > 0 &&
      amount(p[c]) === amount(p[amounts[k - 1]!]) &&
      (p[c]!.includes('.') || p[c]!.replace(/\D/g, '').length >= 3),
  );
  if (twice > 0) {
    worth += 2;
    sure.add(amounts[twice - 1]!).add(amounts[twice]!);
  }
  // A rate printed with its sign and decimals is of the line's format; a bare one is the sheet's ratio (0.958).
  const formatted = [
    ...amounts,
    ...(p.rate?.includes('.') && p.rate.endsWith('%') ? (['rate'] as const) : []),
  ];
  const decimals = new Set(formatted.map((c) => decimalsOf(p[c]!)));
  if (formatted.length >= 2 && decimals.size === 1 && !decimals.has(0)) {
    worth += 1;
    for (const c of formatted) sure.add(c);
  }
  return { worth, sure };
}

/**
 * A printed rate of another order than the amounts' share (10 | 10 | 0%, 2 | 36 | 100%) breaks the placing; one
 * near it is kept though it misses (a 监控表's rate is taken on another base at times: 650 | 468 | 65%).
 */
function rateBreaks(p: Placed, share: number): boolean {
  if (p.rate === undefined || Number.isNaN(share)) return false;
  const rate = ratePercent(p.rate);
  return share === 0 ? rate > 0 : rate / (share * 100) < 0.5 || rate / (share * 100) > 2;
}

/**
 * The placing's 执行数 is told by what follows it: a rate above 0, or, with no rate, points above 0 (2.38 | 2.38 | 20:
 * a line scored for its execution printed it; a blank 执行数 beside two budgets alike would score nothing).
 */
function spentOn(p: Placed): boolean {
  if (p.executed === undefined) return false;
  if (p.rate !== undefined) return ratePercent(p.rate) > 0;
  return amount(p.score ?? p.weight) > 0;
}

/** The placing has an 执行数, and no rate of 0 (nothing spent) beside it. */
function reportsSpending(p: Placed): boolean {
  return p.executed !== undefined && (p.rate === undefined || ratePercent(p.rate) > 0);
}

/**
 * The run cut by its print where its arithmetic confirms no amount: of the placings no relation breaks, those whose
 * arithmetic confirms the most (points: 分值 | 得分 | 执行率), then whose print shows the most (printEvidence), then
 * whose rate the share holds however loosely (1 for 1.56 | 1.56), then that place an 执行数 beside a rate above 0
 * (something was spent), then with the fewer figures nothing shows, then amounts printed alike; then that place an
 * 执行数 beside points above 0 (spentOn), then whose budget beside it is the 全年 one (the budget the rate is taken on;
 * a 年初 one left alone equals it where unchanged); then that place an 执行数 at all — the block is there to report
 * what was spent (a 自评表 scores it, a 监控表 follows it), so of two amounts under three amount columns with nothing
 * after them (236 | 236) the 执行数 is one, the other a budget the line does not say which. What they all place alike
 * is read; null where neither arithmetic nor print shows anything, or they place every figure apart.
 */
export function cutByPrint(readings: readonly Reading[], columns: readonly BudgetColumn[]): Placed | null {
  let best: Array<{ r: Reading; rank: number[] }> = [];
  for (const r of readings) {
    const shown = printEvidence(r.placed, columns);
    const share = shareOf(r.placed, columns);
    if (shown.worth === 0 && r.sure.size === 0) continue;
    if (rateBreaks(r.placed, share)) continue;
    const known = new Set([...r.sure, ...shown.sure]);
    const spent = spentOn(r.placed);
    const rank = [
      r.sure.size,
      shown.worth,
      r.placed.rate !== undefined && share >= 0 && rateHolds(share, r.placed.rate) ? 1 : 0,
      r.placed.executed !== undefined && r.placed.rate !== undefined && ratePercent(r.placed.rate) > 0
        ? 1
        : 0,
      known.size - Object.keys(r.placed).length,
      -mixedDecimals(r.placed),
      spent ? 1 : 0,
      spent && r.placed.annual !== undefined ? 1 : 0,
      reportsSpending(r.placed) ? 1 : 0,
    ];
    const order = best.length === 0 ? 1 : compare(rank, best[0]!.rank);
    if (order > 0) best = [{ r, rank }];
    else if (order === 0) best.push({ r, rank });
  }
  // Nothing shown beyond what the rate's sign names: the caller's own reading.
  if (best.length === 0 || best[0]!.rank[0]! + best[0]!.rank[1]! === 0) return null;
  let out: Placed = { ...best[0]!.r.placed };
  for (const { r } of best.slice(1))
    for (const c of Object.keys(out) as BudgetColumn[]) if (out[c] !== r.placed[c]) delete out[c];
  out = withLonePoints(
    out,
    best.map(({ r }) => r.placed),
  );
  // Null where the print cuts the run but places no figure surely (236 | 236 under 年初 | 全年 | 执行数).
  return Object.keys(out).length > 0 ? out : null;
}
