// Whether a budget line's 执行率 holds to the places it is printed to — for its amounts (执行数 ÷ 预算数) or for its
// points (得分 = 分值 × 执行率). Both quotients are the rate, so both readings of two small figures and a rate agree
// within half a point (rateAgrees, scoreAgrees); the places tell them apart: 10 | 7.93 | 79.27% is 分值 | 得分 (10 ×
// 79.27% = 7.927, printed 7.93), not 全年预算数 | 执行数 (7.93 ÷ 10 is 79.30%, which would be printed so).
import { parseAmount } from '@jixiao/core';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

/** Half a unit of the last place `text` is printed to (79.27 → 0.005, 100 → 0.5). */
function halfPlace(text: string): number {
  const places = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -places;
}

const rateOf = (text: string | undefined) => text?.replace(/[%％\s]/g, '') ?? '';

/** 执行数 ÷ 预算数 rounds to the 执行率 as printed (to a hair more, for a rate worked out from unrounded amounts). */
export function amountsAgreeAsPrinted(placed: Partial<Record<BudgetColumn, string>>): boolean {
  const rate = rateOf(placed.rate);
  const annual = placed.annual ? Number(parseAmount(placed.annual, '元')) : NaN;
  const executed = placed.executed ? Number(parseAmount(placed.executed, '元')) : NaN;
  if (!(annual > 0) || rate === '' || Number.isNaN(Number(rate)) || Number.isNaN(executed)) return false;
  return Math.abs((executed / annual) * 100 - Number(rate)) <= halfPlace(rate) + 1e-9;
}

/** 分值 × 执行率 rounds to the 得分 as printed (the rate's own rounding allowed for). */
export function pointsAgreeAsPrinted(placed: Partial<Record<BudgetColumn, string>>): boolean {
  const rate = rateOf(placed.rate);
  const weight = placed.weight ? Number(placed.weight) : NaN;
  const score = placed.score?.trim() ?? '';
  if (!(weight > 0) || rate === '' || !(Number(rate) > 0) || score === '' || Number.isNaN(Number(score)))
    return false;
  const slack = halfPlace(score) + (weight * halfPlace(rate)) / 100 + 1e-9;
  return Math.abs((weight * Math.min(Number(rate), 100)) / 100 - Number(score)) <= slack;
}

/** Either reading of the line holds to the places printed. */
export function agreesAsPrinted(placed: Partial<Record<BudgetColumn, string>>): boolean {
  return amountsAgreeAsPrinted(placed) || pointsAgreeAsPrinted(placed);
}
