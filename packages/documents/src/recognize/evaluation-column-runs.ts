// The indicator table of a 自评表 whose PDF text layer gave it column by column: the header band, then every
// row's figures in a run (=100% | 100% | 10 | 10 | =100% | 100% | 20 | 20 …), then the 一级/二级 names and the
// indicator names in a run of their own, names wrapped over two lines cut apart (…结算完成 | 率). The n-th name
// takes the n-th row of figures, and only where the two runs hold as many rows: a count that differs means the
// runs were not what they seem, and nothing is read.
import { labelKey } from '../rows/clean-cell.ts';
import { isBareNumber, type StreamCell } from './evaluation-cells.ts';
import { evaluationFieldOf, totalLabelOf } from './evaluation-head-labels.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';
import { composeTarget, type EvaluationTable, type TableRecord } from './evaluation-table.ts';
import { isLevelName } from './level-names.ts';

/** The columns a row's figures fill, in the order a template prints them after the indicator's name. */
const FIGURE_COLUMNS: readonly IndicatorColumn[] = ['target', 'actual', 'weight', 'score'];
const NUMBER_COLUMNS: readonly IndicatorColumn[] = ['weight', 'score'];

/** 指标值 under a 年度 that the width cut off: one column, the target. */
const asFigureColumn = (c: IndicatorColumn | null): IndicatorColumn | null =>
  c === 'targetValue' ? 'target' : c && FIGURE_COLUMNS.includes(c) ? c : null;

/** A page number between two pages of the table: -1-, — 2 —, 3. */
const PAGE_NUMBER = /^[-—–]*\s*\d{1,3}\s*[-—–]*$/;

/** A target or an actual as printed: a figure with its comparator and unit, or a short word (及时, 有效). */
const isTargetLike = (t: string) =>
  t.length <= 16 &&
  !isLevelName(t) &&
  indicatorColumnOf(t) === null &&
  (/\d/.test(t) || /^\p{Script=Han}{1,4}$/u.test(t));

/** A header label cut over two lines (年度 | 指标值, 实际 | 完成值): the piece before the rest of the label. */
function isCutHeader(stream: readonly StreamCell[], i: number): boolean {
  const next = stream[i + 1]?.text;
  return (
    next !== undefined &&
    indicatorColumnOf(stream[i]!.text) === null &&
    indicatorColumnOf(labelKey(stream[i]!.text + next)) !== null
  );
}

/** The rows of figures from `at`: as many groups as fill every column, 分值 and 得分 bare numbers. */
function figureRows(
  stream: readonly StreamCell[],
  at: number,
  columns: readonly IndicatorColumn[],
  end: number,
): string[][] {
  const rows: string[][] = [];
  for (let i = at; i + columns.length <= end; i += columns.length) {
    const group = stream.slice(i, i + columns.length).map((c) => c.text.trim());
    const fits = group.every((t, k) =>
      NUMBER_COLUMNS.includes(columns[k]!) ? isBareNumber(t) : isTargetLike(t),
    );
    if (!fits) break;
    rows.push(group);
  }
  return rows;
}

/**
 * 总分's two figures where the column of figures ends (… 10 | 10 | 100 | 98.62): the points no fewer than the
 * rows' points together (the budget's are in them too), the score no more than the points.
 */
function totalAfter(
  stream: readonly StreamCell[],
  at: number,
  records: readonly TableRecord[],
): { weight: string; score: string } | null {
  const [weight, score] = [stream[at]?.text.trim(), stream[at + 1]?.text.trim()];
  if (
    !weight ||
    !score ||
    !isBareNumber(weight) ||
    !isBareNumber(score) ||
    isBareNumber(stream[at + 2]?.text ?? '')
  )
    return null;
  const points = records.reduce((sum, r) => sum + Number(r.cells.weight ?? 0), 0);
  return Number(weight) >= points && Number(score) <= Number(weight) ? { weight, score } : null;
}

/**
 * Reads the table at or after `from` where its figures and its names came in runs of their own; null where
 * the stream is not laid out so (a header band followed by its rows, read elsewhere).
 */
export function readColumnRuns(stream: readonly StreamCell[], from = 0): EvaluationTable | null {
  const start = stream.findIndex(
    (c, i) => i >= from && ['level1', 'level2', 'name'].includes(indicatorColumnOf(c.text) ?? ''),
  );
  if (start < 0) return null;
  let end = stream.findIndex((c, i) => i > start && totalLabelOf(c.text) !== null);
  if (end < 0) end = stream.length;
  // The figure columns the band names, in its order; the figures are looked for from the first of them on.
  const columns: IndicatorColumn[] = [];
  let firstLabel = -1;
  for (let i = start; i < end; i++) {
    const c = asFigureColumn(indicatorColumnOf(stream[i]!.text));
    if (c && !columns.includes(c)) columns.push(c);
    if (c && firstLabel < 0) firstLabel = i;
  }
  if (columns.length < 3 || !columns.some((c) => NUMBER_COLUMNS.includes(c))) return null;
  let runAt = -1;
  let rows: string[][] = [];
  for (let i = firstLabel + 1; i < end && rows.length === 0; i++) {
    rows = figureRows(stream, i, columns, end);
    runAt = i;
  }
  if (rows.length < 2) return null;
  const runEnd = runAt + rows.length * columns.length;
  // The names: every other piece of the table's stretch, a piece of one character joined to the name before it.
  const names: Array<{ text: string; line: number | null }> = [];
  const level2s: string[] = [];
  for (let i = start; i < end; i++) {
    if (i >= runAt && i < runEnd) continue;
    const text = stream[i]!.text.trim();
    const key = labelKey(text);
    if (key === '' || indicatorColumnOf(text) !== null || isCutHeader(stream, i)) continue;
    if (isLevelName(text) === 'level2') level2s.push(text);
    if (isLevelName(text) || PAGE_NUMBER.test(key) || isBareNumber(key) || evaluationFieldOf(text) !== null)
      continue;
    if (/^\p{Script=Han}$/u.test(key) && names.length > 0) names.at(-1)!.text += key;
    else if (/\p{Script=Han}{2}/u.test(key)) names.push({ text: key, line: stream[i]!.line });
  }
  if (names.length !== rows.length) return null;
  const records: TableRecord[] = names.map((n, k) => {
    const cells: Partial<Record<IndicatorColumn, string>> = {};
    columns.forEach((c, j) => (cells[c] = rows[k]![j]!));
    composeTarget(cells);
    // 二级 names pair with the rows only where each row has its own.
    const level2 = level2s.length === names.length ? level2s[k]! : null;
    return { level1: null, level2, name: n.text, rest: rows[k]!, cells, line: n.line };
  });
  const table: EvaluationTable = {
    columns: ['level1', 'level2', 'name', ...columns],
    records,
    level1Weights: [],
    start,
    end,
  };
  const total = totalAfter(stream, runEnd, records);
  return total ? { ...table, total } : table;
}
