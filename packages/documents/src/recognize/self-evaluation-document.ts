// Recogniser of a published 绩效自评表 (项目支出 or 部门整体, any province's template): head, the 预算执行情况
// block, the year's goals, the indicator table with each row's 分值 and 得分 as printed, 总分 and 等级.
// Columns are read by meaning from the header band; rows are placed in them by what their cells hold.
import { recutFigureRuns } from './joined-figures.ts';
import {
  emptySelfEvaluationDocument,
  parseIndicatorValue,
  type EvaluationBudgetLine,
  type IndicatorValue,
  type SelfEvaluationDocument,
} from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { mostlyCut } from './cell-stream-confidence.ts';
import {
  betterBudget,
  rateAgrees,
  readBudgetBlock,
  type BudgetLine,
  wholeLine,
} from './evaluation-budget.ts';
import { readBudgetInText } from './evaluation-stream-budget.ts';
import { isKnownLabel } from './labels.ts';
import { cellStream, isBareNumber, isPercent, type StreamCell } from './evaluation-cells.ts';
import { cutValue } from './evaluation-atoms.ts';
import { nameAfterSignature, readHead, readYear, type EvaluationHead } from './evaluation-head.ts';
import { isTitleThenHead, splitRunTogether } from './tokenize.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import {
  goalLabelOf,
  gradeOfCell,
  QUANTITATIVE_SECTION,
  isGradeLabel,
  totalLabelOf,
} from './evaluation-head-labels.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';
import { readEvaluationTable, type EvaluationTable } from './evaluation-table.ts';
import { withoutTablesUnderIndicators } from './another-table.ts';
import { chooseProjectName, unitInPublishingHeading, unitInTitle } from './evaluation-title-name.ts';
import { readColumnRuns } from './evaluation-column-runs.ts';
import { formTotalOnBudgetRow } from './evaluation-form-total-row.ts';
import { lonePointsByTable, loneRowPointsByTotal } from './lone-points.ts';
import { takeClosingTotal } from './closing-total-run.ts';
import {
  labelledAmounts,
  labelledRate,
  rateAfterExecuted,
  scoreAfterExecuted,
} from './evaluation-labelled-rate.ts';
import { findHeaderInText, readEvaluationTableInText } from './evaluation-stream-table.ts';
import { CELL, segmentText, type SegmentText } from './evaluation-text.ts';
import { withoutStrayNotes } from './evaluation-notes.ts';
import { placeFiguresBeforeNames } from './figures-before-names.ts';
import { OPERATOR_COLUMN_LAYOUT, printsOperatorCells } from './headless-evaluation.ts';
import { rowsFromLevelPoints } from './level-points-table.ts';
import { headingsBeforeTitle } from './short-title-name.ts';
import { budgetFromInputRows } from './input-rows-budget.ts';
import { labelledFundsInText } from './labelled-funds-text.ts';
import { fundsInSentences, scoreInSentences } from './sentence-funds.ts';
import { readChecklist } from './checklist-evaluation.ts';
import { amountsAtFullRate } from './full-rate-amounts.ts';

/** A written value read with the 指标值 grammar, `raw` kept as printed (═ and ≧ read as = and ≥). */
export function valueOf(text: string | undefined): IndicatorValue {
  const raw = (text ?? '').trim();
  const v = parseIndicatorValue(raw.replace(/═/g, '='));
  return { ...v, raw: v.raw === '' ? '' : raw };
}

const nullIfEmpty = (t: string | undefined) => (t && t.trim() !== '' ? t.trim() : null);

function budgetLine(line: BudgetLine): EvaluationBudgetLine {
  const v = line.values;
  return {
    // "执行率*该指标分值,最高不得超过分值上限。基本支出": the 得分计算方法 cell merged down beside the rows ends in
    // a full stop; the row's own label is what follows it.
    name: line.name.replace(/^.*[。；]\s*(?=\S)/su, ''),
    initial: v.initial ?? null,
    annual: v.annual ?? null,
    executed: v.executed ?? null,
    rate: v.rate ?? null,
    weight: v.weight ?? null,
    score: v.score ?? null,
  };
}

/** The goals between two points of the stream: texts under 年初设定目标 | 年度总体目标完成情况综述. */
export function readGoals(
  stream: readonly StreamCell[],
  from: number,
  to: number,
): SelfEvaluationDocument['goals'] {
  const cells = stream.slice(from, to);
  const headings = cells.map((c) => goalLabelOf(c.text));
  const lastHeading = headings.findLastIndex((h) => h !== null);
  if (lastHeading < 0) return [];
  const after = cells.slice(lastHeading + 1).map((c) => c.text);
  // 项目绩效定量目标（指标）及完成情况 | 一级指标 | …: the quantitative targets' section (an indicator table the copy may
  // have cut at its header) follows the qualitative goals; it is no goal.
  const section = after.findIndex(
    (t) => QUANTITATIVE_SECTION.test(labelKey(t)) || indicatorColumnOf(t) !== null,
  );
  const texts = (section < 0 ? after : after.slice(0, section)).filter(
    (t) => goalLabelOf(t) === null && !/^绩效指标/.test(labelKey(t)),
  );
  const paired = headings.includes('achieved');
  const goals: SelfEvaluationDocument['goals'] = [];
  for (let k = 0; k < texts.length; k += paired ? 2 : 1)
    goals.push({ expected: texts[k] ?? null, achieved: paired ? (texts[k + 1] ?? null) : null });
  return goals;
}

/** 总分 | 100 | 96 | 优, 项目总得分99分, 自评等级 | 良 — wherever they stand after `from`. */
export function readTotal(
  stream: readonly StreamCell[],
  from: number,
): Pick<SelfEvaluationDocument, 'total' | 'totalWeight' | 'grade'> {
  const out: Pick<SelfEvaluationDocument, 'total' | 'totalWeight' | 'grade'> = {
    total: null,
    totalWeight: null,
    grade: null,
  };
  for (let i = from; i < stream.length; i++) {
    const text = stream[i]!.text;
    const inline = /^(.*?)(\d+(?:\.\d+)?)分?$/.exec(labelKey(text));
    const kind = totalLabelOf(text) ?? (inline ? totalLabelOf(inline[1]!) : null);
    // 合计 | 55,000.00 heads the budget block's total line too: a score is out of 100, an amount no score.
    if (kind && out.total === null && !amountsFollow(stream, i)) {
      const numbers: string[] = inline && totalLabelOf(inline[1]!) ? [inline[2]!] : [];
      for (
        let k = i + 1;
        k < stream.length && numbers.length < 2 && isBareNumber(stream[k]!.text.replace(/分$/, ''));
        k++
      )
        numbers.push(stream[k]!.text.replace(/分$/, ''));
      if (numbers.length === 0 && kind === 'score-only') {
        const later = scoreAfterHeadPairs(stream, i + 1);
        if (later !== null) numbers.push(later);
      }
      // 分值 and 得分 in either column order (under 总分 or 自评总分 alike): a score never exceeds the points it is
      // out of.
      if (numbers.length === 2)
        [out.totalWeight, out.total] =
          Number(numbers[1]) > Number(numbers[0]) ? [numbers[1]!, numbers[0]!] : [numbers[0]!, numbers[1]!];
      else if (numbers.length > 0) out.total = numbers[0]!;
      const after = stream[i + 1 + numbers.length]?.text;
      if (after && gradeOfCell(after)) out.grade = gradeOfCell(after);
    }
    if (isGradeLabel(text) && stream[i + 1] && gradeOfCell(stream[i + 1]!.text))
      out.grade = gradeOfCell(stream[i + 1]!.text);
    // 自评等级：优 written in one cell, or 评价等级优 (a copy with single spaces between cells run together).
    const grade = gradeWrittenAfterLabel(labelKey(text)) ?? gradeAfterFigure(labelKey(text));
    if (grade) out.grade = grade;
  }
  return out;
}

/**
 * 自评得分 | 省级财政部门 | 四川省财政厅 | 省级主管部门 | 四川省市场监管局 | 100: the score label of a head printed
 * beside rows of labels, its figure after them (a page copying the head one cell per paragraph, the column of the
 * score after the column of the labels). The cells between are head labels with their values, up to three pairs;
 * the figure is a score, no more than 100.
 */
function scoreAfterHeadPairs(stream: readonly StreamCell[], from: number): string | null {
  for (let k = from; k + 1 < stream.length && k - from <= 6; k += 2) {
    const label = stream[k]!.text;
    const value = stream[k + 1]!.text;
    if (!isKnownLabel(label) || totalLabelOf(label) !== null || /\d/.test(value) || isKnownLabel(value))
      return null;
    const after = stream[k + 2]?.text.trim() ?? '';
    if (isBareNumber(after) && Number(after) <= 100) return after;
  }
  return null;
}

/** 自评等级：优, 评价等级优: a grade label and the grade after it in one cell (the label 2–6 characters). */
function gradeWrittenAfterLabel(key: string): string | null {
  if (key.length > 8) return null;
  for (let n = 2; n <= Math.min(6, key.length - 1); n++) {
    if (!isGradeLabel(key.slice(0, n))) continue;
    const grade = gradeOfCell(key.slice(n).replace(/^[:：]/, ''));
    if (grade) return grade;
  }
  return null;
}

/**
 * 自评总分:98.5          自评等级:优 — a line under the table holding the score and the grade, parted by spaces
 * only (one cell): the grade label right after a figure, the grade ending the cell.
 */
function gradeAfterFigure(key: string): string | null {
  const m =
    /[\d%％）](?:自评|绩效|评价)?(?:等级|评级)[:：]?(优秀|良好|不合格|合格|及格|较差|优|良|中|差)$/.exec(key);
  return m ? m[1]! : null;
}

/** The cell after `i` is a figure over 100 or one with thousands' separators: an amount, not a score. */
function amountsFollow(stream: readonly StreamCell[], i: number): boolean {
  const next = stream[i + 1]?.text.replace(/分$/, '').trim() ?? '';
  return isBareNumber(next) && (next.includes(',') || Number(next) > 100);
}

/**
 * 总分100100, 自评总分（分）97.93, 项目总得分99分 in run-together text: the score, and the points when two
 * numbers were fused (the points first, the score no more than they are).
 */
export function totalInText(
  text: SegmentText,
): (Pick<SelfEvaluationDocument, 'total' | 'totalWeight'> & { grade?: string }) | null {
  const m = /(总分|项目总得分|自评总分|总得分|自评得分|得分合计)(（分）)?[:：]?(\d[\d.]*)/.exec(text.key);
  if (!m) return null;
  const digits = m[3]!.replace(/\.$/, '');
  const grade = gradeAfter(text.key.slice(m.index + m[0].length));
  const read = totalDigits(m[1]!, digits);
  return read && grade ? { ...read, grade } : read;
}

/** 总分10096优: the grade run straight into the score after it (the longest word first: 优秀 before 优). */
function gradeAfter(key: string): string | null {
  const word = /^(不合格|优秀|良好|合格|及格|较差|优|良|中|差)(?![\p{Script=Han}])/u.exec(key)?.[1];
  return word ? gradeOfCell(word) : null;
}

/** The score after a total's label, and the points when two numbers were fused (the points first). */
function totalDigits(
  label: string,
  digits: string,
): Pick<SelfEvaluationDocument, 'total' | 'totalWeight'> | null {
  // 总分:95.95分: a figure that is a score as it stands (no more than 100) is one; two fused figures, the points
  // first, always make more (100 | 96, 90 | 88).
  if (label === '总分' && digits.length >= 4 && !(Number(digits) <= 100)) {
    const pair = cutValue(digits, 2).find(
      ([a, b]) => Number(b) <= Number(a) && Number(a) <= 100 && Number(a) >= 50,
    );
    if (pair) return { totalWeight: pair[0]!, total: pair[1]! };
  }
  return Number(digits) <= 100 ? { total: digits, totalWeight: null } : null;
}

/**
 * The unit a 部门整体 table's title names before its year or before 部门整体: 重庆市梁平区林业局2023年度部门整体绩效自评表,
 * 某某县林业局部门整体支出绩效自评表（2023年度）, 某卫生院整体支出绩效自评表.
 */
function titledUnit(title: string | null): string | null {
  const m = title
    ? /^(.{2,40}?)((19|20)\d{2}\s*年|部门（单位）整体|部门整体|单位整体|整体支出)/.exec(
        // 1、某卫生院…: a page's numbering before the title is no part of the unit.
        labelKey(title).replace(/^\d{1,2}[、.．]/, ''),
      )
    : null;
  // 部门整体支出绩效自评表 alone: 部门 (单位) before 整体支出 is the title's generic word, no unit's name; nor is
  // the year a title opens with (2023年度部门整体支出绩效自评表).
  return m && !/绩效|自评|部门整体/.test(m[1]!) && !/^(部门|单位|[（(]?(19|20)\d{2}年度?[）)]?)$/.test(m[1]!)
    ? m[1]!
    : null;
}

/** What a reading of the indicator table holds: its named rows and their figures; a score over its 分值 counts against. */
function tableWorth(table: EvaluationTable | null): number {
  if (!table) return 0;
  let worth = 0;
  for (const r of table.records) {
    worth += 1;
    for (const c of ['target', 'actual', 'weight', 'score'] as const)
      if ((r.cells[c] ?? '') !== '') worth += 1;
    // 100；10 under 得分: two columns' figures put in one, so the reading's columns are not the table's.
    for (const c of ['weight', 'score'] as const) if (r.cells[c]?.includes('；')) worth -= 2;
    if (r.cells.weight && r.cells.score && Number(r.cells.score) > Number(r.cells.weight)) worth -= 3;
  }
  return worth;
}

/**
 * Cells a reading by rows left run together: figures apart by spaces in one cell (有效 10 10, 家长满意度 ≧ 95 %
 * 100% 10 10), as text copied with one space between cells gives them where the rows could not part them.
 */
const RUN_TOGETHER = /\d[%％]?\s+\S*\d/;

function runTogetherCells(table: EvaluationTable | null): number {
  let n = 0;
  for (const r of table?.records ?? [])
    n += [r.name, r.cells.target, r.cells.actual, r.cells.weight, r.cells.score].filter(
      (t) => t && RUN_TOGETHER.test(t),
    ).length;
  return n;
}

/** The points a 自评表 is scored out of: its rows' 得分 together stay within them. */
const FULL_MARKS = 100;

function scoresOverTotal(table: EvaluationTable | null): boolean {
  let sum = 0;
  for (const r of table?.records ?? []) {
    const n = Number(r.cells.score ?? '');
    if (Number.isFinite(n)) sum += n;
  }
  return sum > FULL_MARKS + 0.5;
}

const VALUE_CELLS = ['target', 'actual', 'weight', 'score'] as const;
const holdsValue = (r: EvaluationTable['records'][number]) =>
  VALUE_CELLS.some((c) => (r.cells[c] ?? '') !== '');
const nameOnlyRows = (t: EvaluationTable) => t.records.filter((r) => !holdsValue(r)).length;

/** Both readings hold the same rows with values, in order, each with the same name and the same cells. */
function sameValuedRows(a: EvaluationTable, b: EvaluationTable): boolean {
  const valued = (t: EvaluationTable) =>
    t.records
      .filter(holdsValue)
      .map((r) => [labelKey(r.name), ...VALUE_CELLS.map((c) => (r.cells[c] ?? '').trim())].join('|'));
  const [x, y] = [valued(a), valued(b)];
  return x.length > 0 && x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * Of the table read by rows and read from the text, the rows' reading unless the text's holds clearly more
 * (where the rows are sound, they are the truer), or unless the rows left cells run together that the text
 * parted and the text's holds no less.
 */
export function betterReading(
  byRows: EvaluationTable | null,
  byText: EvaluationTable | null,
): EvaluationTable | null {
  // The 得分 of a table's rows add up to its 总分 at most (100 points): a reading past that has cut one row's
  // text into several (慰问伤残军人50人;革命烈士遗属50人;… read as rows scoring 50, 6, 8) or taken figures that
  // are no scores.
  const overRows = scoresOverTotal(byRows);
  const overText = scoresOverTotal(byText);
  // Only between two readings that found rows: a table past 100 read one way and not at all the other is still read.
  const both = (byRows?.records.length ?? 0) > 0 && (byText?.records.length ?? 0) > 0;
  if (both && overRows !== overText) return overText ? byRows : byText;
  // The two agree on every row that carries a figure or a value and differ only in rows of a name alone: those are
  // cells one reading took for rows — a 偏差原因 after its row's values, a level name broken over two lines
  // (服务对象 / 满意度指标), the page's footer — so the reading with fewer of them is the truer.
  if (both && sameValuedRows(byRows!, byText!)) {
    const rowsAlone = nameOnlyRows(byRows!);
    const textAlone = nameOnlyRows(byText!);
    if (rowsAlone !== textAlone) return rowsAlone < textAlone ? byRows : byText;
  }
  const parted =
    runTogetherCells(byRows) > runTogetherCells(byText) && tableWorth(byText) >= tableWorth(byRows);
  return parted || tableWorth(byText) > 1.5 * tableWorth(byRows) + 1 ? byText : byRows;
}

/**
 * A table without its header read under the given columns, and under the layout with a 指标性质 column where its
 * cells print comparators alone (headless-evaluation.ts): the reading that places the most without a row read
 * askew, whose 得分 stay within 100; on a tie the given.
 */
function headlessReading(
  text: SegmentText,
  given: readonly IndicatorColumn[],
  asPrinted = false,
): EvaluationTable | null {
  let best: EvaluationTable | null = null;
  let bestWorth = 0;
  // Comparators in cells of their own: the copy kept the table's borders, and the cells are as printed.
  const kept = printsOperatorCells(text.text.split(CELL));
  for (const columns of kept ? [given, OPERATOR_COLUMN_LAYOUT] : [given]) {
    const read = readEvaluationTableInText(text, 0, columns, kept, asPrinted);
    if (!read || scoresOverTotal(read)) continue;
    const worth = tableWorth(read) - 2 * read.records.filter(misplaced).length;
    if (worth > bestWorth) [best, bestWorth] = [read, worth];
  }
  return best;
}

/**
 * A row a layout without the template's columns read askew: the 指标性质 left on the name (群众满意度≥, …健全性定性),
 * or a column holding a unit alone (万元, %) where a value belongs.
 */
function misplaced(r: EvaluationTable['records'][number]): boolean {
  const unitAlone = (t: string | undefined) =>
    t !== undefined && /^(%|％|万元|元|个|人|次|天)$/.test(t.trim());
  return (
    /([=＝≥≤><]|定性|定量)$/.test(r.name.trim()) || unitAlone(r.cells.target) || unitAlone(r.cells.actual)
  );
}

/**
 * The indicator table read by rows and read from the text (cells run together or one per line): the rows'
 * reading unless the text's holds clearly more.
 */
function readIndicatorTable(
  text: SegmentText,
  stream: readonly StreamCell[],
  from: number,
  headless: readonly IndicatorColumn[] | null,
  keptCells = false,
  gridded = false,
  asPrinted = false,
): EvaluationTable | null {
  const byRows = readEvaluationTable(stream, from);
  // Rows rebuilt on the header's width (cell-line-grid.ts) hold each cell at its column: their reading stands.
  if (gridded && (byRows?.records.length ?? 0) > 0) return byRows;
  const byText = headless
    ? headlessReading(text, headless, asPrinted)
    : readEvaluationTableInText(text, 0, null, keptCells, asPrinted);
  // The rows' reading is kept unless the text's holds clearly more: where the rows are sound, they are the truer.
  const read = betterReading(byRows, byText);
  // Neither found a row: the figures and the names may have come in runs of their own (a PDF's text layer).
  if ((read?.records.length ?? 0) > 0) return read;
  const runs = readColumnRuns(stream, from);
  if (runs || headless || hasHeaderWords(text)) return runs ?? read;
  // A copy that skipped the indicator header (a preview that drops pages): the rows under their level names read
  // under the columns a 自评表's table has in their usual order, where every row fills two of them or more and
  // none reads askew (names alone, a table cut before its figures, are no such rows).
  const usual = headlessReading(text, USUAL_COLUMNS, asPrinted);
  const filled = (r: EvaluationTable['records'][number]) =>
    (['target', 'actual', 'weight', 'score'] as const).filter((c) => (r.cells[c] ?? '') !== '').length >= 2;
  return usual && usual.records.length > 0 && usual.records.every((r) => filled(r) && !misplaced(r))
    ? usual
    : read;
}

/** Headings of the indicator table's own (三级指标, 指标名称, 目标值 …): a header the readings could not use is still one. */
function hasHeaderWords(text: SegmentText): boolean {
  return findHeaderInText(text) !== null || /[一二三]级指标|指标名称|[指目]标值/.test(text.key);
}

/**
 * The head a form's title ran on into (…绩效目标自评表项目类别:…项目名称:…实施单位…项目资金(万元)…, a library's
 * preview that glued a page into one cell): that cell, the first of the budget block or before it, cut at its
 * labels and read as a head of its own. Null when no cell there is a title run on into labels.
 */
function headRunOnTitle(stream: readonly StreamCell[], start: number): EvaluationHead | null {
  for (let i = 0; i <= Math.min(start, stream.length - 1); i++) {
    const text = stream[i]!.text;
    if (!isTitleThenHead(text)) continue;
    const cells = splitRunTogether(text).map((t) => ({ ...stream[i]!, text: t.text }));
    const head = readHead(cells, cells.length);
    if (head.name !== null || head.unit !== null || head.department !== null) return head;
  }
  return null;
}

/** The columns after the name a 自评表's indicator table has most often: 年度指标值 | 实际完成值 | 分值 | 得分. */
const USUAL_COLUMNS: readonly IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score'];

/**
 * The total line's 执行率 a PDF's text layer put after the block (among the goals, 年度 总体 目标 86.19%): the one lone
 * percent between the block and the table, taken only where it agrees with 执行数 ÷ 预算数.
 */
function strayRate(
  stream: readonly StreamCell[],
  from: number,
  to: number,
  figures: { annual: string | null; executed: string | null },
): string | null {
  const lone = stream.slice(from, to).filter((c) => isPercent(c.text));
  if (lone.length !== 1) return null;
  const rate = lone[0]!.text.trim();
  return rateAgrees({ rate, annual: figures.annual ?? undefined, executed: figures.executed ?? undefined })
    ? rate
    : null;
}

/** A copy that begins past the form's head: no title, no name, unit or department cell read. */
const beganPastHead = (head: EvaluationHead, title: string | null) =>
  title === null && head.name === null && head.unit === null && head.department === null;

/** The unit the page's own heading before the table names (unitInPublishingHeading), if one does. */
function headingUnit(stream: readonly StreamCell[], end: number): string | null {
  for (const c of stream.slice(0, end)) {
    const unit = unitInPublishingHeading(c.text);
    if (unit) return unit;
  }
  return null;
}

/**
 * Reads a 自评表 segment; null when it holds neither a budget block nor an indicator table. `keptCells`: the
 * copy parted its cells by borders or gaps, so a figure standing alone in its cell was printed as one. `asPrinted`:
 * the rows' cells are the document's own, none cut out of run-together text by a reading. `printed`: the
 * segment's rows as the file gave them (a checklist's lines parted by spaces, which the readings join).
 */
export function recognizeSelfEvaluationDocument(
  given: readonly Row[],
  title: string | null,
  headless: readonly IndicatorColumn[] | null = null,
  keptCells = false,
  gridded = false,
  asPrinted = true,
  printed: readonly Row[] | null = null,
): SelfEvaluationDocument | null {
  // A scoring table with each level's points after it, one cell per line (level-points-table.ts): rebuilt rows.
  const levelled = rowsFromLevelPoints(given);
  // Another table under the indicators (序号 | 培训机构 | 补助资金 …) is no part of the form (another-table.ts).
  const rows = placeFiguresBeforeNames(withoutStrayNotes(withoutTablesUnderIndicators(levelled ?? given)));
  const stream = cellStream(rows);
  const text = segmentText(rows);
  const byRows = readBudgetBlock(stream);
  const byText = readBudgetInText(text, stream);
  // Without a reading by rows the text's is all there is, however few figures it holds.
  const budget = betterBudget(byRows, byText);
  const table = readIndicatorTable(
    text,
    stream,
    budget?.end ?? 0,
    headless,
    keptCells,
    gridded || levelled !== null,
    asPrinted && !mostlyCut(rows),
  );
  // The ministry's checklist of criteria (指标解释 | 记录 | 完成情况, no target or score columns): where no table of
  // targets was read, its criteria are the indicators (checklist-evaluation.ts).
  // `printed`: the segment's rows as the file gave them, before the readings that join a copy's words.
  // A table whose rows hold no target, actual, weight or score read no targets either: the checklist's columns
  // (指标解释, 自评内容, 完成情况) are none of those, and a reading that took its cells for names alone is set aside.
  const noTargets = (table?.records ?? []).every((r) =>
    (['target', 'actual', 'weight', 'score'] as const).every((c) => (r.cells[c] ?? '').trim() === ''),
  );
  const checklist = noTargets ? (readChecklist(printed ?? []) ?? readChecklist(rows)) : null;
  if (!budget && !table && !checklist) return headOnly(stream, title);
  const before = readHead(stream, Math.min(budget?.start ?? stream.length, table?.start ?? stream.length));
  // A page's summary that ran the form together before the form itself (内容概述 | …年度资金总额:390390100%…):
  // the budget read there, the head labels come in the rows after it, before the indicator table.
  const later =
    before.name === null && before.unit === null && before.department === null
      ? readHead(stream, table?.start ?? stream.length)
      : before;
  const head =
    later.name === null && later.unit === null && later.department === null
      ? (headRunOnTitle(stream, Math.min(budget?.start ?? stream.length, table?.start ?? stream.length)) ??
        later)
      : later;
  // The name's cell a text layer moved after the signature's label beside it (evaluation-head.ts).
  if (head.name === null) head.name = nameAfterSignature(stream, table?.start ?? stream.length);
  const lines = budget?.lines ?? [];
  const total = wholeLine(lines);
  // 某卫生院整体支出绩效自评表: a unit's 整体支出 is its whole budget, as 部门整体 is, whatever the unit is called.
  // A form without a title says so by its budget's line (部门整体支出总额 | 864.2 | 100% | 20, fresh/648).
  const whole = /部门(（单位）)?整体|单位整体|整体支出/;
  const subject =
    (title && whole.test(labelKey(title))) || (!title && total && whole.test(labelKey(total.name)))
      ? 'department'
      : 'project';
  const doc = emptySelfEvaluationDocument({
    subject,
    title,
    name:
      subject === 'department'
        ? (head.name ?? head.unit ?? titledUnit(title) ?? head.department)
        : chooseProjectName(head.name, title, headingsBeforeTitle(rows, title)),
    // 某某县林业局2024年度某某资金绩效评价表: a form without a unit's cell names it in its title.
    unit:
      head.unit ??
      (subject === 'project' ? unitInTitle(title) : null) ??
      (beganPastHead(head, title) ? headingUnit(stream, table?.start ?? stream.length) : null),
    department: head.department,
    year: readYear(title, stream),
  });
  if (total) {
    const { name: _name, ...figures } = budgetLine(total);
    // 财政资金小计 sums the sources under it (①中央… ②市级…): a subtotal is no source of its own.
    const sources = lines.filter((l) => l !== total && !/小计$/.test(l.name));
    doc.budget = { ...figures, sources: sources.map(budgetLine) };
    if (doc.budget.rate === null && budget)
      doc.budget.rate = strayRate(stream, budget.end, table?.start ?? stream.length, doc.budget);
    // 执行率 100% printed with its label away from the block's columns: taken where the amounts bear it out.
    const labelled = doc.budget.rate === null ? labelledRate(stream) : null;
    if (
      labelled &&
      rateAgrees({
        rate: labelled,
        annual: doc.budget.annual ?? undefined,
        executed: doc.budget.executed ?? undefined,
      })
    )
      doc.budget.rate = labelled;
    // 年初预算数(A) | 全年执行数(B) | 执行率(B/A): a template without a 全年预算数 runs the year on its 年初 budget.
    if (
      doc.budget.annual === null &&
      doc.budget.initial !== null &&
      doc.budget.rate !== null &&
      rateAgrees({
        rate: doc.budget.rate,
        annual: doc.budget.initial,
        executed: doc.budget.executed ?? undefined,
      })
    )
      doc.budget.annual = doc.budget.initial;
    // 预算数 | 执行数 | 执行率 over 864.2 | 100%: a line spent in full states both amounts (full-rate-amounts.ts).
    Object.assign(doc.budget, amountsAtFullRate(doc.budget, budget?.columns ?? []));
  }
  if (!budget) {
    doc.budget.rate = labelledRate(stream);
    const amounts = labelledAmounts(stream);
    doc.budget.initial ??= amounts.initial;
    doc.budget.annual ??= amounts.annual;
    doc.budget.executed ??= amounts.executed;
    // 年度金额（提前下达）：208万元 … 资金使用情况（万元）合计：109.8万元: label：figure万元 in a run-together head.
    const funds = labelledFundsInText(text.key);
    doc.budget.annual ??= funds.annual;
    doc.budget.executed ??= funds.executed;
    // A result sheet states its funds in the conclusion's sentence before the table (sentence-funds.ts).
    const stated = fundsInSentences(conclusion(stream, table?.start ?? stream.length));
    if (stated && doc.budget.annual === null && doc.budget.executed === null) {
      doc.budget.annual = stated.annual;
      doc.budget.executed = stated.executed;
      doc.budget.rate ??= stated.rate;
    }
  }
  // 项目计划总投资 300 | 项目实际投资 296.5 in the head: the budget the block left unread, where the spending agrees.
  if (doc.budget.annual === null) {
    const invested = investedAmounts(stream);
    if (invested.planned !== null && (doc.budget.executed ?? invested.actual) === invested.actual) {
      doc.budget.annual = invested.planned;
      doc.budget.executed ??= invested.actual;
    }
  }
  // 执行数 6.84 100.00 under 预算执行进度(%): the rate printed without its %, the label's note says it is one.
  doc.budget.rate ??= rateAfterExecuted(stream, doc.budget);
  // 自评得分 | … | 执行数: | 2.38 | 20: the block's points in a score column headed at the form's top.
  if (doc.budget.rate === null && doc.budget.weight === null)
    doc.budget.score ??= scoreAfterExecuted(stream, doc.budget);
  doc.goals = readGoals(stream, budget?.end ?? 0, table?.start ?? stream.length);
  if (table) {
    doc.level1Weights = table.level1Weights;
    // A form run together on one line: each row's run of figures cut by what its columns hold (joined-figures.ts).
    const records = oneLine(stream, table)
      ? recutFigureRuns(table, pointsLeft(doc.budget.weight))
      : table.records;
    doc.indicators = records
      .filter(
        (r) => !isTemplateRow(r.name, r.cells.score) && !isSectionHeadingRow(r) && !isBudgetHeadingRow(r),
      )
      .map((r) => ({
        level1: r.level1,
        level2: r.level2,
        name: unnumbered(r.name),
        target: valueOf(r.cells.target),
        actual: valueOf(r.cells.actual),
        weight: r.cells.weight ?? null,
        score: r.cells.score ?? null,
        deviationReason: nullIfEmpty(r.cells.reason),
      }));
  }
  if (checklist)
    doc.indicators = checklist.map((c) => ({
      level1: c.level1,
      level2: c.level2,
      name: c.name,
      // 指标解释 states what the criterion asks for: the standard its record is judged by.
      target: valueOf(c.explanation ?? ''),
      actual: valueOf(c.done ?? ''),
      weight: null,
      score: null,
      deviationReason: c.reason,
    }));
  // No budget block: the table's rows on the money (投入目标: 预算投入资金, 实际支出) state it.
  if (!budget) budgetFromInputRows(doc);
  // 总分 stands under the table; some templates print it in the head (自评总分（分） | 97.93).
  const stated = readTotal(stream, table?.end ?? budget?.end ?? 0);
  Object.assign(doc, stated.total === null && stated.grade === null ? totalFallback(stream, table) : stated);
  // A column's run put 总分's figures where the rows' figures end, away from its label.
  if (doc.total === null && table?.total)
    [doc.totalWeight, doc.total] = [table.total.weight, table.total.score];
  if (doc.total === null) {
    const { grade, ...total } = totalInText(text) ?? {};
    Object.assign(doc, total);
    if (doc.grade === null && grade) doc.grade = grade;
  }
  // A form run together closes on its total run into its figures (合计10098.13): cut by the points (closing-total-run.ts).
  takeClosingTotal(doc, text.key, table?.columns ?? null);
  // … and its score, where no 总分 of the form's own was printed.
  if (doc.total === null && !budget)
    doc.total = scoreInSentences(conclusion(stream, table?.start ?? stream.length));
  lonePointsByTable(doc, budget, table?.columns ?? null);
  loneRowPointsByTotal(doc, table?.columns ?? null);
  formTotalOnBudgetRow(doc);
  return doc;
}

/** The texts before the indicator table: where a result sheet's conclusion states its funds and score. */
function conclusion(stream: readonly StreamCell[], end: number): string[] {
  return stream.slice(0, end).map((c) => c.text);
}

/** The table's cells all came from one line of the source: a form run together without breaks. */
function oneLine(stream: readonly StreamCell[], table: EvaluationTable): boolean {
  const cells = stream.slice(table.start, table.end);
  const lines = new Set(cells.map((c) => c.line));
  // Rows of a grid, several cells each, are no line run together: a PDF's rows carry their page as their line.
  const gridRows = new Set(cells.filter((c) => (c.width ?? 1) > 1).map((c) => c.row));
  return lines.size === 1 && !lines.has(null) && gridRows.size < 2;
}

/**
 * The total where none stands after the table: the table's last 总分 / 合计 line — a copy one cell per line lets the
 * table's rows run on over it — before any in the whole stream, where the budget block's 合计 | 10 | 10 | 20 (its
 * total line, amounts and points) would come first.
 */
function totalFallback(
  stream: readonly StreamCell[],
  table: Pick<EvaluationTable, 'start'> | null | undefined,
): Pick<SelfEvaluationDocument, 'total' | 'totalWeight' | 'grade'> {
  const last = table
    ? stream.findLastIndex((c, k) => k > table.start && totalLabelOf(c.text) === 'total')
    : -1;
  const closing = last >= 0 ? readTotal(stream, last) : null;
  return closing && (closing.total !== null || closing.grade !== null) ? closing : readTotal(stream, 0);
}

/** The totals the rows' weights may add up to: the form's hundred less the budget line's points, or the hundred. */
function pointsLeft(budgetWeight: string | null): number[] {
  const w = budgetWeight !== null && /^\d+(\.\d+)?$/.test(budgetWeight) ? Number(budgetWeight) : null;
  return w !== null && w > 0 && w < 100 ? [100 - w, 100] : [100];
}

/** 指标1：工程质量合格 → 工程质量合格: the template's numbering of its rows is not part of the name. */
function unnumbered(name: string): string {
  const m = /^指标\s*\d+\s*[:：]\s*(\S.*)$/.exec(name);
  return m ? m[1]! : name;
}

/** A section's label with its points: 项目绩效实现情况(80分), 投入目标（28 分）. */
const SECTION_POINTS = /^[^()（）\d]{2,12}[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]$/u;

/**
 * Section cells a copy ran into the table's text (项目绩效实现情况(80 分) | 投入目标(28 分), merged cells printed
 * before the section's first row): labels with their points and no figure of a row are headings, not indicators.
 */
function isSectionHeadingRow(r: EvaluationTable['records'][number]): boolean {
  if (!SECTION_POINTS.test(r.name.trim())) return false;
  return Object.values(r.cells).every((v) => !v || SECTION_POINTS.test(v.trim()));
}

/** The budget block's own column words besides its amounts' (权重 | 得分 | 原因 beside 年初预算 | 预算执行率). */
const BUDGET_BLOCK_WORDS = /^(权重|分值|得分|原因|偏差原因)$/;

/**
 * A row of the budget block's column headings read where an indicator row was awaited (a copy cut right after
 * the block's header, 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | … | 原因): every value cell a heading of
 * that block, at least two of them — a heading, not an indicator.
 */
function isBudgetHeadingRow(r: EvaluationTable['records'][number]): boolean {
  const heading = (v: string) => budgetColumnOf(v) !== null || BUDGET_BLOCK_WORDS.test(labelKey(v));
  const values = Object.values(r.cells).filter((v): v is string => !!v && v.trim() !== '');
  if (values.length >= 2 && values.every(heading)) return true;
  // The page's next line run into the row's last cells (得分 | 原因 | 主办单位:… under the cut header): a row whose
  // name and target are both the block's headings is still the header (an indicator's target is a value), and so
  // is one named by two of its headings run together (得分原因), whatever follows.
  const target = r.cells.target;
  return (heading(r.name) && !!target && heading(target)) || BUDGET_BLOCK_WORDS_RUN.test(labelKey(r.name));
}

/** Two or more of the block's own column words run together into one cell (得分原因, 权重得分). */
const BUDGET_BLOCK_WORDS_RUN = /^(?:权重|分值|得分|原因|偏差原因){2,}$/;

/**
 * A row the template prints for the unit to fill and the unit left empty: its name is the template's own
 * (指标1, 指标2 …, ……) and it carries no published score. A copy cut inside a slot's word (成本指标 指…) leaves
 * the word's start, 指, which is no more a name than the slot.
 */
function isTemplateRow(name: string, score: string | null | undefined): boolean {
  const key = labelKey(name);
  return (
    (score === null || score === undefined || score === '') &&
    (/^指(标\d*)?$/.test(key) || /^[….。·\-—_]*$/.test(key))
  );
}

/**
 * A 自评表 whose copy stops before its budget and indicator table (江苏's 绩效报告表 cut after its 项目基本情况): what
 * its head names — the project and the unit that carried it — where it names both; null otherwise.
 */
function headOnly(stream: readonly StreamCell[], title: string | null): SelfEvaluationDocument | null {
  const head = readHead(stream, stream.length);
  if (head.name === null || (head.unit === null && head.department === null)) return null;
  const doc = emptySelfEvaluationDocument({
    subject: 'project',
    title,
    name: chooseProjectName(head.name, title),
    unit: head.unit,
    department: head.department,
    year: readYear(title, stream),
  });
  // 预算数 6.84 … 执行数 6.84, or a 扶持项目's 项目计划总投资 300 … 项目实际投资 296.5: amounts written after their
  // labels outside any budget block.
  const amounts = labelledAmounts(stream);
  const invested = investedAmounts(stream);
  doc.budget.initial = amounts.initial;
  doc.budget.annual = amounts.annual ?? invested.planned;
  doc.budget.executed = amounts.executed ?? invested.actual;
  return doc;
}

// The label may end a cell that ran into it (…2021年11月其中:财政预算安排项目计划总投资 | 300).
const INVESTMENT_LABEL = /(项目)?(计划总投资|计划投资|实际投资)[:：]?$/;
const AMOUNT_WORD = /^\d+(\.\d+)?$/;

/**
 * 项目计划总投资 300 | 项目实际投资 296.5: a 项目绩效评价表's head states the project's budget and its spending as
 * investment, each amount right after its label; a label said more than once with different amounts says nothing.
 */
export function investedAmounts(stream: readonly StreamCell[]): {
  planned: string | null;
  actual: string | null;
} {
  const words = stream.flatMap((c) => c.text.trim().split(/\s+/));
  const found = { planned: new Set<string>(), actual: new Set<string>() };
  words.forEach((w, k) => {
    const m = INVESTMENT_LABEL.exec(w);
    const next = words[k + 1] ?? '';
    if (m && AMOUNT_WORD.test(next)) found[m[2] === '实际投资' ? 'actual' : 'planned'].add(next);
  });
  const once = (xs: Set<string>) => (xs.size === 1 ? [...xs][0]! : null);
  return { planned: once(found.planned), actual: once(found.actual) };
}
