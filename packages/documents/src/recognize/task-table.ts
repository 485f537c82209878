// The 年度主要任务 table of the central and provincial department templates (任务名称 | 主要内容 | 预算金额 …),
// read into the lines of the department's 年度工作任务 text: the model keeps tasks as text.
import { parseAmount } from '@jixiao/core';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { filledCells, isAmount, keyOf } from './row-helpers.ts';

export interface TaskColumns {
  name: number;
  content: number | null;
}

/** The columns of a task table when the row is its header (it names 任务名称), else null. */
export function taskColumnsOf(row: Row): TaskColumns | null {
  const keys = row.cells.map(keyOf);
  const name = keys.findIndex((k) => /^(任务名称|主要任务|任务)$/.test(k));
  if (name < 0) return null;
  const content = keys.findIndex((k) => /^(主要内容|任务内容|工作内容|主要工作内容)$/.test(k));
  return { name, content: content >= 0 ? content : null };
}

export type TaskRow = { kind: 'task'; line: string } | { kind: 'header' } | { kind: 'end' };

/** One row under the header: a task as a line of text, a sub-header (总额 | 财政拨款 …), or the end (合计 …). */
export function readTaskRow(row: Row, cols: TaskColumns, amountUnit: '万元' | '元'): TaskRow {
  const filled = filledCells(row);
  if (!row.table || filled.length === 0) return { kind: 'end' };
  if (filled.some((c) => /合计|总计/.test(keyOf(c)))) return { kind: 'end' };
  const name = oneLine(row.cells[cols.name] ?? '');
  if (isBlankCell(name) || isAmount(name)) {
    return filled.some(isAmount) ? { kind: 'end' } : { kind: 'header' };
  }
  const content = cols.content !== null ? oneLine(row.cells[cols.content] ?? '') : '';
  const after = row.cells.slice(Math.max(cols.name, cols.content ?? -1) + 1).map((c) => oneLine(c));
  const amountCell = after.find(isAmount);
  const amount = amountCell ? parseAmount(amountCell, amountUnit) : null;
  const line = `${name}${isBlankCell(content) ? '' : `：${content}`}${amount !== null ? `（预算${amount}万元）` : ''}`;
  return { kind: 'task', line };
}
