// 年度指标值 | 计算符号 | 计划指标值 | 度量单位: a two-row header flattened into one run, the band's heading (a value's
// name) printed before the columns it spans. The band holds no cell of its own; left in, it would take the row's
// comparator (≥) as its value and leave the figure no column.
import type { ColumnRole } from './lexicon-columns.ts';

/**
 * Drops, in place, a value heading that stands right before a comparator column followed by another value heading:
 * the band over that comparator, value (and unit). A value heading before any other column is a column of its own.
 */
export function dropValueBand(roles: ColumnRole[], cells: string[]): void {
  for (let c = 0; c + 2 < roles.length; c++) {
    if (roles[c] === 'value' && roles[c + 1] === 'op' && roles[c + 2] === 'value') {
      roles.splice(c, 1);
      cells.splice(c, 1);
      return;
    }
  }
}

/**
 * 绩效指标 | 计划指标值 / 一级指标 | 二级指标 | 三级指标名称: a two-row header copied one cell per line whose first row
 * holds only the block's heading and the value column's (its level and name cells merged down into the second
 * row), so the value heading comes before the levels. Where no value heading follows the name, the value headings
 * before the levels are moved after it, as the rows print their values; in place.
 */
export function moveValueBeforeLevels(roles: ColumnRole[], cells: string[]): void {
  const first = roles.findIndex((r) => r === 'level1' || r === 'level2' || r === 'name');
  const nameAt = roles.lastIndexOf('name');
  if (first < 0 || nameAt < first || roles.indexOf('value', nameAt) >= 0) return;
  const lead = roles.slice(0, first);
  // Only the block's heading and the value headings before the levels; only levels from there to the name.
  if (!lead.includes('value') || lead.some((r) => r !== 'value' && r !== 'goal')) return;
  if (roles.slice(first, nameAt).some((r) => r !== 'level1' && r !== 'level2')) return;
  const at = lead.map((r, c) => (r === 'value' ? c : -1)).filter((c) => c >= 0);
  const values = at.map((c) => cells[c]!);
  for (const c of at.reverse()) {
    roles.splice(c, 1);
    cells.splice(c, 1);
  }
  const end = nameAt + 1 - at.length;
  roles.splice(end, 0, ...values.map((): ColumnRole => 'value'));
  cells.splice(end, 0, ...values);
}
