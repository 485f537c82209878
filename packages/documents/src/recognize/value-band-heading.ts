// 年度指标值 | 计算符号 | 计划指标值 | 度量单位: a two-row header flattened into one run, the band's heading (a value's
// name) printed before the columns it spans. The band holds no cell of its own; left in, it would take the row's
// comparator (≥) as its value and leave the figure no column.
import type { ColumnRole } from './lexicon.ts';

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
