// A 自评表 / 监控表 title inside a 部门决算公开: the package names its forms in its contents and its prose (十三、部门
// 整体支出绩效自评表) without holding them, but a 湖南 决算 page also prints the form itself as its 附件二. The
// title heads a table of its own when the form's budget block or indicator header follows it before any other
// title — the rows of a form, never of a contents list or a sentence.
import type { Row } from '../rows/row.ts';
import { budgetColumnOf, isBudgetTotalLabel, type BudgetColumn } from './evaluation-budget-labels.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { filledCells } from './row-helpers.ts';

/** Rows a form's head may take before its budget block (the unit's label and value, a 单位 note, blank cells). */
const HEAD_ROWS = 12;

/** The rows after `from` open an evaluation form's table: its amount columns, its total row or its indicator header. */
export function headsEvaluationTable(
  rows: readonly Row[],
  from: number,
  isTitle: (filled: readonly string[]) => boolean,
): boolean {
  for (const row of rows.slice(from, from + HEAD_ROWS)) {
    const filled = filledCells(row);
    if (isTitle(filled)) return false;
    if (isIndicatorHeader(row)) return true;
    if (filled.some((c) => isAmountLabel(c)) || (filled[0] !== undefined && isBudgetTotalLabel(filled[0])))
      return true;
  }
  return false;
}

/** The block's amount columns: a rate, a 分值 or a 得分 is named in prose too. */
const AMOUNTS: ReadonlySet<BudgetColumn> = new Set(['initial', 'annual', 'executed']);

function isAmountLabel(cell: string): boolean {
  const col = budgetColumnOf(cell);
  return col !== null && AMOUNTS.has(col);
}
