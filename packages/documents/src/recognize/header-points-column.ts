// A 区域绩效目标自评表 (四川's template for a central transfer) scores each block in one column headed 自评得分
// at the top of the form: the indicator table's header row prints there the block's points (… | 年度指标值 |
// 实际完成指标值 | 50) instead of a label, and each indicator row its 得分 under them.
import { CELL, type SegmentText } from './evaluation-text.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

/** Points as a block's score is printed: 50, 20, 12.5. */
const FIRST_LEVEL = /^(产出|效益|效果|满意度|成本|履职|管理)/;

const POINTS = /^\d{1,3}(\.\d)?$/;

/**
 * The header's columns with a 得分 column added when the cell right after its last label is a bare number of
 * points and the labels name no 得分 (nor 分值) of their own. `end`: the keyed position where the labels end.
 */
export function withPointsColumn(
  seg: SegmentText,
  end: number,
  columns: readonly IndicatorColumn[],
): { columns: IndicatorColumn[]; end: number } {
  if (columns.includes('score') || columns.includes('weight') || end >= seg.key.length)
    return { columns: [...columns], end };
  const from = seg.at[end]!;
  // The labels end at a cell's border: the next cell is wholly the points.
  if (end === 0 || !seg.text.slice(seg.at[end - 1]! + 1, from).includes(CELL))
    return { columns: [...columns], end };
  const next = seg.text.indexOf(CELL, from);
  const cell = seg.text.slice(from, next < 0 ? seg.text.length : next).trim();
  if (!POINTS.test(cell) || Number(cell) > 100) return { columns: [...columns], end };
  let after = end;
  const stop = from + cell.length;
  while (after < seg.key.length && seg.at[after]! < stop) after++;
  // The body opens under them with its first 一级 (产出指标): a number there is no row's 序号 or figure.
  if (!FIRST_LEVEL.test(seg.key.slice(after, after + 8))) return { columns: [...columns], end };
  return { columns: [...columns, 'score'], end: after };
}
