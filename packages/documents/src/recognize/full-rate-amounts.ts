// A budget line whose 执行率 is 100 % and which prints one amount under 预算数 | 执行数: the other amount is the same.
//
// WHY: 执行率 is 执行数 ÷ 预算数, so a rate of exactly 100 % says the money spent is the money budgeted. Forms that
// spend their budget in full often fill only one of the two amount cells (the other "the same"), and a copy that
// drops empty cells cannot say which of the two was filled; either way the line states both amounts. Without
// this, a 自评表 that prints 部门整体支出总额 | 864.2 | 100% | 20 under 预算数 | 执行数 | 执行率 | 得分 has its
// spending and no budget, and every check of the budget (执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率) has
// nothing to test. A printed 100 % may be rounded (99.96 %), so the amount filled is as near as the rate says,
// never a figure the form did not print. Only a block whose columns ask for both amounts is filled: a line under
// 执行数 | 执行率 alone has no budget to give.
import type { BudgetColumn } from './evaluation-budget-labels.ts';

export interface LineAmounts {
  initial: string | null;
  annual: string | null;
  executed: string | null;
  rate: string | null;
}

/** Whether a rate (as percent digits, 100 or 100.00) is exactly a whole spending of the budget. */
export function isFullRate(rate: string | null): boolean {
  if (rate === null || !/^\d+(?:\.\d+)?$/.test(rate.trim())) return false;
  return Number(rate) === 100;
}

/**
 * The amount a 100 % line left blank, filled with the one it printed: the budget (全年预算数) from the spending, or
 * the spending from the budget, where the block's columns hold both and neither budget column was read.
 */
export function amountsAtFullRate(
  line: LineAmounts,
  columns: readonly BudgetColumn[],
): Pick<LineAmounts, 'annual' | 'executed'> {
  const out = { annual: line.annual, executed: line.executed };
  if (!isFullRate(line.rate)) return out;
  const asksBudget = columns.includes('annual') || columns.includes('initial');
  if (!asksBudget || !columns.includes('executed')) return out;
  if (line.annual === null && line.initial === null && line.executed !== null) out.annual = line.executed;
  else if (line.executed === null && line.annual !== null && line.initial === null)
    out.executed = line.annual;
  return out;
}
