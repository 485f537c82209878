// The 合计 row closing a department form's 年度主要任务 table (任务名称 | 主要内容 | 预算金额（万元）over
// 总额 | 财政拨款 | 其他资金, then 金额合计 | 420 | 400 | 20): the 部门（单位）整体支出绩效目标申报表 of the central
// template, as 陕西, 贵州 and others print it, states the department's budget nowhere else — the tasks' amounts
// together are its whole spending, and the first amount of their total row (总额) is the department's total.
// The row was only read as the table's end, so such a form had no budget at all.
import { parseAmount } from '@jixiao/core';
import { oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { isAmount, keyOf } from './row-helpers.ts';

/** The 总额 of a task table's 合计 / 总计 row (its first amount after the label), or null for any other row. */
export function taskTableTotal(row: Row, amountUnit: '万元' | '元'): string | null {
  const label = row.cells.findIndex((c) => /^(金额)?(合计|总计)$/.test(keyOf(c)));
  if (label < 0) return null;
  const amounts = row.cells
    .slice(label + 1)
    .map((c) => oneLine(c))
    .filter(isAmount)
    .map((c) => parseAmount(c, amountUnit));
  const first = amounts[0];
  if (first === undefined || first === null) return null;
  // 总额 is its parts together (财政拨款 + 其他资金): a row whose 总额 cell is blank opens with a part, no total.
  const parts = amounts.slice(1).map(Number);
  const sum = parts.reduce((a, b) => a + b, 0);
  if (parts.length > 0 && Math.abs(sum - Number(first)) > Math.max(0.01, Number(first) * 0.001)) return null;
  return first;
}
