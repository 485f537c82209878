// A scoring table of a performance evaluation (评分表 / 得分表): criteria with their points (分值, or (5分) in the
// criteria cells) and a score column (得分, 分数, 自评得分), but no 指标值 and no 实际完成值. It scores how a
// project or department was run, or an evaluation agency's work, against a rubric (评分标准): no target form
// and no 自评表 in Jixiao's sense, so import names it and says why, rather than "no form found".
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';

const SCORE_HEADINGS = new Set(['得分', '分数', '自评得分', '自评分', '评分', '考核得分', '考评得分']);
const WEIGHT_HEADINGS = new Set(['分值', '指标分值', '权重', '标准分值', '考核分值', '权数']);
/** Points stated in a criterion's cell: 相关性（5分）, 部门决策（25分）. */
const POINTS_NOTE = /（\d+(?:\.\d+)?分）/g;
/** The headings of what a target form or a 自评表 measures: a table with one is read as such. */
const VALUE_HEADING = /指标值|目标值|完成值|实际值|预期值|完成情况/;
/** The fewest criteria with points of their own that make a rubric. */
const MIN_POINTS_NOTES = 3;

/**
 * Where a run-together row parts its words: spaces, and the quotes and commas of a sheet saved as comma-separated
 * values whose lines did not read as a table (a repost that lost its record breaks: "项目","考核内容",…,"考评得分").
 */
const RUN_TOGETHER_PARTS = /[\s"]*,[\s"]*|[\s"]+/;

/** The cells of the rows, keyed; a row of run-together text parted at its spaces and its CSV fields. */
function keyedWords(rows: readonly Row[]): string[] {
  return rows.flatMap((r) => {
    const filled = r.cells.map((c) => oneLine(c)).filter((c) => !isBlankCell(c));
    return (filled.length === 1 ? filled[0]!.split(RUN_TOGETHER_PARTS) : filled)
      .map((c) => labelKey(c))
      .filter((c) => c !== '');
  });
}

/** Whether the document is a scoring table: a score heading, points, and no value heading. */
export function isScoringTable(rows: readonly Row[]): boolean {
  const head = rows.slice(0, 2000);
  const words = keyedWords(head);
  if (!words.some((w) => SCORE_HEADINGS.has(w))) return false;
  if (words.some((w) => w.length <= 12 && VALUE_HEADING.test(w))) return false;
  if (words.some((w) => WEIGHT_HEADINGS.has(w))) return true;
  const text = labelKey(head.map((r) => r.cells.join('')).join(''));
  return (text.match(POINTS_NOTE)?.length ?? 0) >= MIN_POINTS_NOTES;
}
