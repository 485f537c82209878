// A header row whose last cell holds the points of its block instead of a column's name: 年度绩效指标完成情况 |
// 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成指标值 | 50 (四川's 区域绩效目标自评表, a block's points printed
// where the 得分 heading would stand, as 预算执行情况 | … | 20 and 年度目标完成情况 | … | 20 above it). Each row's
// figure in that column is the indicator's 得分.
import type { StreamCell } from './evaluation-cells.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const POINTS = /^\d{1,3}(?:\.\d+)?\s*分?$/;

/**
 * Whether stream[at] is such a cell: a figure of points ending the header's row, right after the band's last
 * label, in a band that names a target or an actual but no 分值 or 得分 column (a figure after a 得分 heading is a
 * data cell, and a band that prints points has its own column for them).
 */
export function isPointsHeading(
  stream: readonly StreamCell[],
  at: number,
  seen: ReadonlySet<IndicatorColumn>,
): boolean {
  const cell = stream[at];
  const before = stream[at - 1];
  if (!cell?.table || !before || cell.row !== before.row) return false;
  if (stream[at + 1]?.row === cell.row) return false;
  if (seen.has('score') || seen.has('weight')) return false;
  if (!seen.has('actual') && !seen.has('target')) return false;
  return POINTS.test(cell.text.trim());
}
