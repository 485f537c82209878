// A project form's table lines: 资金来源 and cost lines, where its tables stop, its points total and opinion.
import { parseAmount } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';
import { projectLabel } from './labels.ts';
import { CLOSING_LABELS } from './lexicon-form-words.ts';
import { lexiconKey } from './lexicon.ts';
import { titleKind } from './titles.ts';
import { cellText, filledCells, firstFilled, isAmount, keyOf, stripNumbering } from './row-helpers.ts';
import type { AmountUnit, DetailColumns } from './project-form-reading.ts';

/** Columns of the 项目支出明细测算 table from its header (merged cells may move them). */
export function detailColumns(header: Row): DetailColumns {
  const keys = header.cells.map((c) => keyOf(c));
  const at = (re: RegExp, fallback: number) => {
    const k = keys.findIndex((x) => re.test(x));
    return k >= 0 ? k : fallback;
  };
  return {
    item: at(/科目|项目|名称|内容|构成/, 0),
    amount: at(/金额|预算|数额/, 1),
    basis: at(/测算|依据|说明/, 2),
    note: at(/备注/, 3),
  };
}

export function detailLine(row: Row, amountUnit: AmountUnit, cols: DetailColumns) {
  if (!row.table) return null;
  const cells = row.cells.map((c) => oneLine(c));
  const item = cells[cols.item] ?? '';
  if (isBlankCell(item)) return null;
  const amount = cells[cols.amount] ?? '';
  return {
    item: stripNumbering(item),
    amount: isAmount(amount) ? parseAmount(amount, amountUnit) : null,
    basis: cellText(cells[cols.basis] ?? ''),
    note: cols.note !== cols.basis ? cellText(cells[cols.note] ?? '') : null,
  };
}

/** A 项目预算 row that heads a cost table instead of giving the amount: 项目预算 | 成本构成 | 金额 | … */
export function isCostTableHeader(row: Row): boolean {
  const rest = filledCells(row).slice(1);
  return rest.length >= 2 && !rest.some(isAmount) && rest.some((c) => /金额|数额/.test(keyOf(c)));
}

/** What ends a run of indicator rows inside a project form (asked of every row of the table). */
export function isStopRow(row: Row): boolean {
  const first = firstFilled(row);
  const key = keyOf(first);
  if (projectLabel(key) || CLOSING_LABELS.includes(lexiconKey(first))) return true;
  if (TERM_TABLE_HEADING.test(key)) return true;
  if (titleKind(first)) return true;
  return isPointsTotalRow(row, key);
}

const TERM_TABLE_HEADING = /^(长期|年度|总体)绩效目标表$/;
const POINTS_TOTAL = /^(总分|合计|总计)$/;
const POINTS = /^\d+(\.\d+)?分?$/;

/**
 * 总分 | 100 under the indicators (a 评价指标表 with a 分值 column): the points' total, at most one figure beside it.
 * `firstKey` is the key of the row's first filled cell (its first cell turns most rows away before the others
 * are gathered).
 */
function isPointsTotalRow(row: Row, firstKey: string): boolean {
  if (!POINTS_TOTAL.test(firstKey)) return false;
  const filled = filledCells(row);
  return filled.slice(1).every((c) => POINTS.test(c.trim())) && filled.length <= 2;
}

export function cleanOpinion(parts: string[]): string | null {
  const text = parts
    .join('\n')
    .replace(/审核意见[:：]?/g, '')
    .replace(/(单位)?(公章|盖章)[:：]?/g, '')
    .replace(/年\s*月\s*日/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  return text.length > 0 ? text : null;
}
