// A heading merged over the columns of an indicator's explanation, name and value with no heading of their own
// (一级指标 | 二级指标 | 绩效目标内容 over 完成该项目所需时间 | 项目总实施周期 | 12个月): the data say which column is which.
import { isQuantitativeValue } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { ColumnRole } from './lexicon-columns.ts';

/** The heading's words: what the indicators set out (绩效目标内容, 指标内容, 目标内容). */
const CONTENT_HEADING = /内容$/;

/**
 * The index of a heading after the 二级 that names no column of its own and covers every cell after it (two at
 * least, left blank by its merge); -1 when the header has none, or names a name or a value column.
 */
export function mergedContentHeading(
  cells: readonly string[],
  roles: ReadonlyArray<ColumnRole | null>,
): number {
  if (roles.includes('name') || roles.includes('value')) return -1;
  const l2 = roles.indexOf('level2');
  if (l2 < 0 || roles.indexOf('level1') < 0) return -1;
  const at = cells.findIndex((c, i) => i > l2 && labelKey(c) !== '');
  if (at < 0 || roles[at] !== null || !CONTENT_HEADING.test(labelKey(cells[at]!))) return -1;
  const after = cells.slice(at + 1);
  return after.length >= 2 && after.every((c) => labelKey(c) === '') ? at : -1;
}

const looksLikeValue = (t: string) => /\d/.test(t) && isQuantitativeValue(t);

/**
 * The roles of the columns from `at` on: the one most of whose cells hold figures is the 指标值, the one before it
 * the indicator's name, the others explanations. Null when no column holds figures or none stands before it.
 */
export function contentColumnRoles(at: number, data: readonly string[][]): ColumnRole[] | null {
  const width = Math.max(0, ...data.map((cells) => cells.length));
  let value = -1;
  let most = 0;
  for (let c = at; c < width; c++) {
    const figures = data.filter((cells) => {
      const t = oneLine(cells[c] ?? '').trim();
      return !isBlankCell(t) && looksLikeValue(t);
    }).length;
    if (figures > most) [value, most] = [c, figures];
  }
  if (value <= at) return null;
  return Array.from({ length: width - at }, (_, k) =>
    at + k === value ? 'value' : at + k === value - 1 ? 'name' : 'other',
  );
}
