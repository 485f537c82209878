// Lone figures of points a copy left without their column (the blank cells beside them dropped), placed by the
// form's points: a 自评表's budget line printing one figure under 分值 | 得分 is scored as the indicator table's rows
// are; an indicator row whose one bare figure may be its 分值 or its actual is given the 分值 the form's hundred lacks.
import { parseIndicatorValue, type SelfEvaluationDocument } from '@jixiao/core';
import type { BudgetColumn } from './evaluation-budget-labels.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

/** The points a form is scored out of, where it states no other. */
const FULL_MARKS = 100;

const num = (v: string | null | undefined): number | null =>
  v === null || v === undefined || v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v);

/** The sum of the rows' figures in one points column; null where a row's figure is no number. */
function sumOf(values: ReadonlyArray<string | null>): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null || v.trim() === '') continue;
    const n = num(v);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * Which column the budget line's lone points figure `x` stands in, by the table: rows printing 得分 and no 分值 score
 * the line likewise (its figure the 得分), rows printing 分值 and no 得分 set its 分值. Where the rows print both, the
 * points add up: the 分值 with the line's to the form's hundred, the 得分 with the line's to its stated 总分; where
 * the rows make both without it, the line was not scored and its figure is the 分值. Null where nothing decides.
 */
function pointsColumn(
  doc: SelfEvaluationDocument,
  table: readonly IndicatorColumn[],
  x: number,
): 'weight' | 'score' | null {
  const weights = table.includes('weight');
  const scores = table.includes('score');
  if (scores && !weights) return 'score';
  if (weights && !scores) return 'weight';
  if (!weights || !scores) return null;
  const w = sumOf(doc.indicators.map((i) => i.weight));
  const s = sumOf(doc.indicators.map((i) => i.score));
  const total = num(doc.total);
  const full = num(doc.totalWeight) ?? FULL_MARKS;
  const asWeight = w !== null && w > 0 && same(w + x, full);
  const asScore = s !== null && s > 0 && total !== null && same(s + x, total);
  if (asWeight !== asScore) return asWeight ? 'weight' : 'score';
  // The rows' 分值 make the hundred and their 得分 the 总分 without the line's figure: the form counted the line in
  // neither, so it was not scored — a line scored adds its 得分 to the 总分; its 分值 the template prints all the same.
  const countedInNeither =
    w !== null && s !== null && s > 0 && total !== null && same(w, full) && same(s, total);
  return countedInNeither ? 'weight' : null;
}

/**
 * Puts the budget line's lone points figure in the column the indicator table says, where the budget header names
 * both 分值 and 得分 and the figure was printed on the line (not the points a heading states for the block).
 */
export function lonePointsByTable(
  doc: SelfEvaluationDocument,
  budget: { columns?: readonly BudgetColumn[]; headingPoints?: string | null } | null,
  table: readonly IndicatorColumn[] | null,
): void {
  const columns = budget?.columns;
  if (!columns || !table || !columns.includes('weight') || !columns.includes('score')) return;
  const { weight, score } = doc.budget;
  if ((weight === null) === (score === null)) return;
  const text = (weight ?? score)!;
  const x = num(text);
  // 100 on the line is the form's whole (evaluation-form-total-row.ts), no line's points.
  if (x === null || x >= FULL_MARKS || budget.headingPoints === text) return;
  const column = pointsColumn(doc, table, x);
  if (column === null) return;
  doc.budget.weight = column === 'weight' ? text : null;
  doc.budget.score = column === 'score' ? text : null;
}

/** A figure alone, as points are printed (60, 9.5): no unit, no comparator. */
const BARE = /^\d+(\.\d+)?$/;

/**
 * 发放覆盖率 | =100% | 60 under 年度指标值 | 权重 | 实际完成情况: one bare figure after the target, read as the actual
 * (one indicator rarely carries 60 points), is the row's 分值 where every other row has its 分值 and this one makes
 * the form's hundred with them and the budget line's — a template sets every row's 分值; the actual may be blank.
 */
export function loneRowPointsByTotal(
  doc: SelfEvaluationDocument,
  table: readonly IndicatorColumn[] | null,
): void {
  if (!table?.includes('weight') || doc.indicators.length < 2) return;
  const missing = doc.indicators.filter((i) => i.weight === null || i.weight.trim() === '');
  if (missing.length !== 1) return;
  const row = missing[0]!;
  const raw = row.actual.raw.trim();
  if (!BARE.test(raw) || (row.score !== null && row.score.trim() !== '')) return;
  const others = sumOf(doc.indicators.filter((i) => i !== row).map((i) => i.weight));
  const budget = num(doc.budget.weight) ?? 0;
  if (others === null || !same(others + budget + Number(raw), num(doc.totalWeight) ?? FULL_MARKS)) return;
  row.weight = raw;
  row.actual = { ...parseIndicatorValue(''), raw: '' };
}
