// A column heading the keyed spellings miss because the template wrote it its own way (三级指标名称, 计算符号,
// 1-6月执行情况): where a cell of the joined text starts, the whole cell is read as one heading, as the rows'
// reading reads a header cell (indicatorColumnOf). Only a whole cell counts, so no word inside a row's text can
// pass for a heading; and no level heading, whose spellings are fixed.
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';
import { CELL, original, type SegmentText } from './evaluation-text.ts';

/** Headings are short: a longer cell is never read as one. */
const MAX_HEADING = 24;

/** Whether a cell boundary lies between keyed positions `i - 1` and `i` (or `i` starts the text). */
function cellStartsAt(seg: SegmentText, i: number): boolean {
  return i <= 0 || seg.text.slice(seg.at[i - 1]! + 1, seg.at[i]).includes(CELL);
}

/** The heading filling the whole cell that starts at keyed position `i`: its column and the cell's keyed end. */
export function wholeCellLabelAt(
  seg: SegmentText,
  i: number,
): { end: number; value: IndicatorColumn } | null {
  if (i >= seg.key.length || !cellStartsAt(seg, i)) return null;
  let end = i + 1;
  while (end < seg.key.length && end - i <= MAX_HEADING && !cellStartsAt(seg, end)) end++;
  if (end - i > MAX_HEADING) return null;
  const value = indicatorColumnOf(original(seg, i, end));
  // The levels' headings are the spellings' own (一级指标, 二级指标); a cell the target forms' lexicon reads as one
  // (评价内容) heads a scoring table as often, and would make one an indicator table.
  return value === null || value === 'level1' || value === 'level2' ? null : { end, value };
}
