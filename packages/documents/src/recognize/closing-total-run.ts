// The closing total of a 自评表 whose cells ran together (合计10098.13自评等级优, 自评总分99100): the last total label
// of the text with its figures run into it, the form ending there (or with its grade). One figure is the score; two
// run together are the 分值 the form is out of and the 得分, in either column order, cut where the 分值 is the form's.
import type { SelfEvaluationDocument } from '@jixiao/core';
import { halfWidthFigures } from '../rows/clean-cell.ts';
import { cutValue } from './evaluation-atoms.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

/** The points a form is scored out of, where it states no other. */
const FULL_MARKS = 100;

/** The total's labels (totalLabelOf's spellings), the longer first: 得分合计 is no 合计 after 得分. */
const LABEL = '(?:得分合计|自评总得分|项目总得分|自评总分|自评得分|综合得分|总得分|合计分|总分值|总分|合计)';

/** The label, a note of its points or unit (（分）, （100分）), a colon, then the run of figures. */
const TOTAL_RUN = new RegExp(`${LABEL}(?:（(?:\\d+(?:\\.\\d+)?)?分）)?[：:]?([0-9０-９.．]+)`, 'g');

/** What may follow the figures where the form ends with them: 分, then nothing or its grade (自评等级优, 优). */
const ENDING =
  /^分?(?:(?:自评|绩效|评价)?(?:等级|评级|结果)[：:]?)?(?:(不合格|优秀|良好|合格|及格|较差|优|良|中|差)(?!\p{Script=Han}))?$/u;

export interface ClosingTotal {
  total: string;
  totalWeight: string | null;
  grade: string | null;
}

/** A figure as a score is printed: 0–100, no leading zero (96, 97.93, 100). */
const SCORE = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/;
const isScore = (t: string) => SCORE.test(t) && Number(t) <= FULL_MARKS;

/**
 * The form's closing total in run-together text `key` (keyed: no spaces, no cell marks): the last total label whose
 * figures end the form, alone or before its grade — the budget block's 合计 has the block's lines and the indicator
 * table after it, and its run ends in a rate's %. One figure up to a hundred is the score. Two run together
 * (10098.13, 98.13100) are cut where one piece is the points the form is out of — `outOf`: the hundred, or the rows'
 * 分值 with the budget line's — and the other, no more than it, the score; a run that cuts so in two ways, or in
 * none, is no reading. Null where no such total ends the text.
 */
export function closingTotalInRun(key: string, outOf: readonly number[] = [FULL_MARKS]): ClosingTotal | null {
  const runs = [...key.matchAll(TOTAL_RUN)];
  const last = runs.at(-1);
  if (!last) return null;
  const rest = ENDING.exec(key.slice(last.index + last[0].length));
  if (!rest) return null;
  const grade = rest[1] ?? null;
  const figures = halfWidthFigures(last[1]!).replace(/\.$/, '');
  if (isScore(figures)) return Number(figures) > 0 ? { total: figures, totalWeight: null, grade } : null;
  const pairs = cutValue(figures, 2, 50, 2).flatMap(([a, b]) => {
    if (!isScore(a!) || !isScore(b!)) return [];
    // The larger is the 分值 (a score never exceeds what it is out of), the smaller the 得分.
    const [weight, score] = Number(a) >= Number(b) ? [a!, b!] : [b!, a!];
    return outOf.includes(Number(weight)) && Number(score) > 0 ? [{ weight, score }] : [];
  });
  if (pairs.length !== 1) return null;
  return { total: pairs[0]!.score, totalWeight: pairs[0]!.weight, grade };
}

/** The sum of the rows' 分值 and the budget line's, where every row prints one; null where one does not. */
function rowPoints(doc: SelfEvaluationDocument): number | null {
  const figures = [...doc.indicators.map((i) => i.weight), doc.budget.weight].filter((w) => w !== null);
  if (doc.indicators.some((i) => i.weight === null) || figures.some((w) => !isScore(w!.trim()))) return null;
  return figures.reduce((sum, w) => sum + Number(w), 0);
}

/**
 * The form's total from its run-together closing line where no score was read (none, or a run of figures read
 * whole as one, 98.13100 — more than any score): the hundred or the rows' points tell the 分值 from the 得分.
 */
export function takeClosingTotal(
  doc: SelfEvaluationDocument,
  key: string,
  table: readonly IndicatorColumn[] | null = null,
): void {
  if (doc.total !== null && isScore(doc.total.trim())) return;
  const points = rowPoints(doc);
  const closing = closingTotalInRun(key, points === null ? [FULL_MARKS] : [FULL_MARKS, points]);
  if (!closing) return;
  doc.grade ??= closing.grade;
  // 合计100 under a table of 分值 and no 得分 column: the one figure is the 分值's sum, no score.
  if (closing.totalWeight === null && table?.includes('weight') && !table.includes('score')) {
    doc.totalWeight ??= closing.total;
    return;
  }
  doc.total = closing.total;
  doc.totalWeight = closing.totalWeight;
}
