// Lines of a 自评表 that stand between its indicator rows without being one: the 得分计算方法 column's text
// printed on a line of its own (定量指标计算:完成值达到指标值,记满分;…记分。), and a 一级's points left alone
// when its name was lost (a lone (30分) after the rows of the band before).
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { levelLabel } from './evaluation-cells.ts';
import { filledCells } from './row-helpers.ts';

/** How a score is worked out, as the template's 得分计算方法 column states it. */
const SCORING_NOTE = /^(定量|定性)指标(得分)?(计算|计分|评分)(方法)?[:：]|(记|计)满分.*(记|计)分[。；;]?$/;

/** A 一级's points written alone: (30分). */
const LONE_POINTS = /^[（(]\d+(\.\d+)?分[)）]$/;

/** Whether a one-cell line is a note on how scores are worked out. */
export function isScoringNote(text: string): boolean {
  return SCORING_NOTE.test(labelKey(text).replace(/（/g, '(').replace(/）/g, ')'));
}

/**
 * The rows without the notes a copy printed as lines of their own: 得分计算方法 texts, and a lone (30分) that
 * follows no 一级 name (产出 / 指标 / (50分) keeps its points: they close the name above them).
 */
export function withoutStrayNotes(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  let before = '';
  for (const row of rows) {
    const filled = filledCells(row);
    const only = filled.length === 1 ? filled[0]! : null;
    const stray =
      only !== null &&
      (isScoringNote(only) ||
        (LONE_POINTS.test(only) && !/指标$/.test(before) && levelLabel(before) === null));
    if (!stray) out.push(row);
    if (filled.length > 0) before = filled.join('');
  }
  return out;
}
