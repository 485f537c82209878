// A budget line whose cells ran together into one run of digits (6363100% under 全年预算数 | 全年执行数 | 分值 |
// 执行率 | 得分, the 分值 and 得分 left blank) cut where the block's arithmetic confirms every figure it places:
// 执行率 = 执行数 ÷ 预算数 (printed with its sign, or bare: 1, 0.958, 95), 得分 = 分值 × 执行率 (capped at the 分值;
// 执行数 ÷ 预算数 where no rate is printed), 年初 = 全年.
// Any column may be blank. A run no arithmetic confirms is cut by what its print shows instead: an amount printed
// twice (a budget unchanged or spent in full: 236236, 14370000.0014,370,000.00), amounts printed to the same
// decimals (2960.002960.002798.30); a figure such cuts leave in two places is left out. A run nothing confirms, or
// one whose confirmed cuts disagree, gives no reading (the caller keeps its own); a figure between confirmed ones is
// kept only where no other place is left to it.
import { halfWidthFigures } from '../rows/clean-cell.ts';
import { explained } from './budget-run-arithmetic.ts';
import { AMOUNTS, type Placed } from './budget-run-figures.ts';
import { placings } from './budget-run-placings.ts';
import { cutByPrint } from './budget-run-print.ts';
import { agreed, compare, rankOf, withLonePoints, type Reading } from './budget-run-ranking.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

export type { Placed } from './budget-run-figures.ts';

/**
 * The run (a line's figures as printed, no break between them: 10000000.0010,000,000.0020100%20) cut into the
 * columns, blank ones anywhere, where the arithmetic confirms it: of all cuts, those confirming the most figures
 * (amounts first) are kept. Their confirmed figures must agree (else null: the run cuts two ways); the figures
 * between them (a 年初预算数 that differs from the 全年 one, points that miss 分值 × 执行率) are kept where every
 * such cut places them alike, and left out where not. Where no amount is confirmed, the run is cut by its print
 * (cutByPrint); else a rate its sign alone names is kept alone. Null where nothing is confirmed or shown.
 */
export function cutBudgetRun(run: string, columns: readonly BudgetColumn[]): Placed | null {
  // Full-width figures (１４３７１４３７１０１０) as their half-width forms.
  const text = halfWidthFigures(run).replace(/％/g, '%').replace(/，/g, ',');
  if (!/^\d[\d.,%]*$/.test(text) || text.length > 60) return null;
  const all = placings(text, columns);
  if (!all) return null;
  const readings: Reading[] = [];
  let best: Reading[] = [];
  for (const placed of all) {
    const sure = explained(placed, columns);
    if (!sure) continue;
    readings.push({ placed, sure: new Set(sure) });
    // The only column that takes a % is the rate's: its sign names it (not a 0%, which confirms nothing).
    if (sure.size === 0 && placed.rate?.endsWith('%') && Number(placed.rate.replace('%', '')) > 0)
      sure.add('rate');
    if (sure.size === 0) continue;
    const r = { placed, sure };
    const order = best.length === 0 ? 1 : compare(rankOf(r), rankOf(best[0]!));
    if (order > 0) best = [r];
    else if (order === 0) best.push(r);
  }
  if (!best.some((r) => [...r.sure].some((c) => AMOUNTS.has(c)))) {
    const printed = cutByPrint(readings, columns);
    if (printed) return printed;
  }
  if (best.length === 0) return null;
  // A rate named by its sign alone confirms no figure beside it — but the points every reading puts after it.
  if (best[0]!.sure.size === 1) {
    const rate = agreed(best.map((r) => ({ placed: { rate: r.placed.rate! }, sure: r.sure })));
    return (
      rate &&
      withLonePoints(
        rate,
        best.map((r) => r.placed),
      )
    );
  }
  return agreed(best);
}
