// A column headed like the indicator's name (指标内容) standing right of the value columns, with no value
// column of its own after it: 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 指标属性 | 指标内容, as
// 云南's 部门整体支出绩效目标表 prints it, where 指标内容 says what each indicator counts (反映粮食播种面积).
// The reader took any name column after the first value for a second block of indicators (长期 and 年度 side by
// side: 一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 计划指标值), read every row twice, the first block as 长期 and
// the explanations as 年度 indicators with no value. A second block always follows its names with their values:
// a name column after which no column is a value column, and no column right of it holds figures in the rows,
// describes the indicators; it is no block of its own.
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { looksLikeValue } from './indicator-cell-profile.ts';
import type { ColumnRole } from './lexicon-columns.ts';

/** Marks as `other` each name column right of the values that no value column or figure follows. */
export function relabelTrailingNameColumn(roles: ColumnRole[], data: readonly string[][]): void {
  const firstValue = roles.indexOf('value');
  if (firstValue < 0 || roles.indexOf('name') > firstValue) return;
  for (let k = roles.length - 1; k > firstValue; k--) {
    if (roles[k] !== 'name') continue;
    if (roles.slice(k + 1).includes('value')) return;
    if (figuresRightOf(k, data)) return;
    roles[k] = 'other';
  }
}

/** True when a good share of the rows (a third, two at least) hold a figure right of column k. */
function figuresRightOf(k: number, data: readonly string[][]): boolean {
  let rows = 0;
  for (const cells of data) {
    for (let c = k + 1; c < cells.length; c++) {
      const t = labelKey(oneLine(cells[c] ?? ''));
      if (!isBlankCell(t) && looksLikeValue(t)) {
        rows++;
        break;
      }
    }
  }
  return rows >= 2 && rows >= data.length / 3;
}
