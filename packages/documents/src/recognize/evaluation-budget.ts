// The 预算执行情况 block of a 自评表 / 监控表: its column labels (全年预算数(A), 全年执行数(B), 分值, 执行率,
// 得分, 1—6月执行数 …) and the rows under them (年度资金总额, 其中：财政拨款, 其他资金 …), each row's figures
// placed in the columns by what they are (an amount, a percentage, a score), since blanks vanish in extraction.
import { amountUnitOfLabel } from './labels.ts';
import { agreesAsPrinted } from './budget-printed-precision.ts';
import { labelKey } from '../rows/clean-cell.ts';
import { parseAmount, parsePercent } from '@jixiao/core';
import type { StreamCell } from './evaluation-cells.ts';
import { isBareNumber, isPercent, placeByFit } from './evaluation-cells.ts';
import { noteEnd } from './evaluation-text.ts';
import {
  BUDGET_TEXT_COLUMNS,
  budgetColumnOf,
  isBudgetTotalLabel,
  periodOfLabel,
  type BudgetColumn,
} from './evaluation-budget-labels.ts';
import { bareLabel, indicatorColumnOf } from './evaluation-lexicon.ts';
import { goalLabelOf, isGoalLabelRun } from './evaluation-head-labels.ts';

export interface BudgetLine {
  name: string;
  total: boolean;
  values: Partial<Record<BudgetColumn, string>>;
}

/**
 * The line whose figures are the whole block's: the total line; else, where none is printed, the one line with
 * figures (the other parts of the whole left empty), or several printing the same 执行率 alone (资金来源 财政拨款
 * 103.21% and 资金结构 基本支出 103.21%: parts that all spent at one rate make the whole spend at it).
 */
export function wholeLine(lines: readonly BudgetLine[]): BudgetLine | undefined {
  const total = lines.find((l) => l.total);
  if (total) return total;
  if (lines.length === 1) return lines[0];
  const filled = lines.filter((l) => Object.keys(l.values).length > 0);
  if (filled.length === 1) return filled[0];
  const rates = new Set(filled.map((l) => l.values.rate));
  const rateOnly = filled.every((l) => Object.keys(l.values).length === 1 && l.values.rate !== undefined);
  return filled.length > 1 && rateOnly && rates.size === 1 ? filled[0] : undefined;
}

export interface BudgetBlock {
  lines: BudgetLine[];
  /** Stream index of the block's first column label, and of the first cell after the block. */
  start: number;
  end: number;
  /** The months a 1—m月执行数 column covers. */
  period: { period: string; month: number } | null;
  /**
   * The columns the lines' figures were placed under, where they were placed by what they are (a header of
   * column labels; not label–figure pairs), and the points a heading states for the block (预算执行情况（20分）).
   */
  columns?: readonly BudgetColumn[];
  headingPoints?: string | null;
}

// An amount whose integer part an extraction lost (.32) still holds its column: it is a figure, read as none.
const AMOUNT_COLUMNS: readonly BudgetColumn[] = ['initial', 'annual', 'executed'];
const isFigure = (t: string) => isPercent(t) || parseAmount(t, '元') !== null || /^\.\d+$/.test(t.trim());

/** How well a figure fits a budget column; -Infinity where it cannot stand. */
export function fit(text: string, col: BudgetColumn): number {
  // A column Jixiao keeps no figure of takes any figure, after the columns that fit it.
  if (col === 'other') return 1;
  if (isPercent(text)) return col === 'rate' ? 4 : -Infinity;
  const small = isBareNumber(text) && Number(text) <= 100;
  // 执行率 printed without its % sign (79.27 under an 执行率 heading), or a bare 0 where nothing was spent. A
  // whole number (20 for 10 ÷ 50) fits for nothing by itself: it stands there when the amounts bear it out.
  if (col === 'rate') return !small ? -Infinity : text.includes('.') || text === '0' ? 1 : 0;
  switch (col) {
    // A 分值 is set by the template in whole points (10, 20); a figure with a fraction (23.3) is one only where
    // nothing else fits it. 得分 = 分值 × 执行率 takes any fraction.
    case 'weight':
      return !small ? -Infinity : Number.isInteger(Number(text)) ? 3 : 1;
    case 'score':
      return small ? 3 : -Infinity;
    // The adjusted budget and the execution are what every template prints; 年初预算数 is the first to be
    // left blank, and a forecast is the last column filled.
    case 'annual':
    case 'executed':
      return 2.2;
    case 'initial':
      return 2;
    case 'expectedFullYear':
      return 1.5;
  }
}

/** 执行率 printed on the line agrees with 执行数 ÷ 预算数 (within half a point). */
export function rateAgrees(placed: Partial<Record<BudgetColumn, string>>): boolean {
  const rate = placed.rate ? Number(placed.rate.replace(/[%％\s]/g, '')) : NaN;
  const annual = placed.annual ? Number(parseAmount(placed.annual, '元')) : NaN;
  const executed = placed.executed ? Number(parseAmount(placed.executed, '元')) : NaN;
  if (!(annual > 0) || Number.isNaN(rate) || Number.isNaN(executed)) return false;
  return Math.abs((executed / annual) * 100 - rate) <= 0.5;
}

/**
 * 执行率 printed as a fraction (1 for a budget spent in full, 0.98) agrees with 执行数 ÷ 预算数 as a fraction: a
 * 1 after 1.56 | 1.56 is that rate, not a 分值 of one point.
 */
function fractionRateAgrees(placed: Partial<Record<BudgetColumn, string>>): boolean {
  const rate = placed.rate?.trim() ?? '';
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(rate)) return false;
  return rateAgrees({ ...placed, rate: String(Number(rate) * 100) });
}

/**
 * 得分 = 分值 × 执行率 (a rate over 100 % scores the whole 分值), to the cent the form rounds to. Its quotient
 * 得分 ÷ 分值 is then the 执行率 too, so figures read as 全年预算数 | 全年执行数 that were 分值 | 得分 agree with
 * the rate as well: a reading whose points agree holds as much as one whose amounts do.
 */
export function scoreAgrees(placed: Partial<Record<BudgetColumn, string>>): boolean {
  const rate = placed.rate ? Number(placed.rate.replace(/[%％\s]/g, '')) : NaN;
  const weight = placed.weight ? Number(placed.weight) : NaN;
  const score = placed.score ? Number(placed.score) : NaN;
  // A rate of 0 scoring 0 agrees whatever the 分值: figures cut at random (100% → 1 | 0 | 0) would pass it.
  if (!(weight > 0) || !(rate > 0) || Number.isNaN(score)) return false;
  return Math.abs((weight * Math.min(rate, 100)) / 100 - score) <= 0.01;
}

/** What a reading of the budget block holds: the figures of its total line, more when they agree (amounts or points). */
export function budgetWorth(block: BudgetBlock | null): number {
  const total = wholeLine(block?.lines ?? []);
  if (!total) return 0;
  return Object.keys(total.values).length + (rateAgrees(total.values) || scoreAgrees(total.values) ? 2 : 0);
}

/**
 * The block's reading by rows, or by the text where that holds clearly more, or more and every figure the rows' holds
 * alike (a form run together on one line, its labels and figures cut into rows that part a label from its figure:
 * 全年预算数 | 2330.9 read, 全年执行数（B）2310.4 not), a figure alike though the rows placed it in another column: by
 * rows where the text reads nothing.
 */
export function betterBudget(byRows: BudgetBlock | null, byText: BudgetBlock | null): BudgetBlock | null {
  if (byRows === null || budgetWorth(byText) >= budgetWorth(byRows) + 2) return byText;
  const [rows, text] = [wholeLine(byRows.lines)?.values ?? {}, wholeLine(byText?.lines ?? [])?.values ?? {}];
  const more = Object.keys(text).length > Object.keys(rows).length;
  // Every figure the rows' reading holds the text's holds too, in its column or, each once, in the one its cut tells
  // (23.323.3 read by rows as one 得分 of 23.3, by the text as 23.3 | 23.3 under 预算数 | 执行数).
  const alike =
    (Object.keys(rows) as BudgetColumn[]).every((c) => text[c] === rows[c]) ||
    figuresWithin(Object.values(rows), Object.values(text));
  return more && alike ? byText : byRows;
}

/** Each of `some` figures is one of `all`'s, none taken twice. */
function figuresWithin(some: readonly string[], all: readonly string[]): boolean {
  const left = [...all];
  for (const f of some) {
    const k = left.indexOf(f);
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}

/**
 * An amount printed again right after itself is an amount too — a budget unchanged through the year (年初 =
 * 全年预算数) or spent in full (执行数 = 预算数) — where 分值 and 得分 are points, not money: 2.38 | 2.38 | 20 is
 * 全年预算数 | 执行数 | 得分, not 年初预算数 | 得分 | 分值.
 */
const REPEATED_AMOUNT = 1.5;
/** What a placing whose rate holds to its printed places gains (budget-printed-precision.ts). */
const AS_PRINTED = 4;

/**
 * 912.00 | 60.00% under 全年预算数 | 1-7月执行数 | 执行进度: a lone amount beside a rate above 0 is the amount spent,
 * which that rate is the share of and which a copy that printed the rate printed; the budget is the cell left
 * blank. (Without a rate, or beside others, the amounts are placed by their columns' fit alone.)
 */
const SPENT_BESIDE_RATE = 0.3;
function spentBesideRate(placed: Partial<Record<BudgetColumn, string>>): boolean {
  const rate = Number(placed.rate?.replace(/[%％\s]/g, '') ?? NaN);
  return (
    rate > 0 && placed.executed !== undefined && placed.annual === undefined && placed.initial === undefined
  );
}
const sameFigure = (a: string, b: string) => {
  const [x, y] = [parseAmount(a, '元'), parseAmount(b, '元')];
  return x !== null && x === y;
};

/**
 * A line's figures placed in the columns in order, each where it fits best. Blank cells vanish in
 * extraction, so several placings may fit: the one whose 执行率 agrees with its amounts wins.
 */
function placeFigures(
  figures: readonly string[],
  columns: readonly BudgetColumn[],
  apart: KeptGaps | null = null,
): Partial<Record<BudgetColumn, string>> {
  let best: { score: number; placed: Partial<Record<BudgetColumn, string>> } = {
    score: -Infinity,
    placed: {},
  };
  // `amount`: the figure before this one, where it was read as an amount.
  const walk = (
    i: number,
    j: number,
    score: number,
    placed: Partial<Record<BudgetColumn, string>>,
    amount: string | null,
    last: number | null = null,
  ): void => {
    if (score === -Infinity) return;
    if (i === figures.length) {
      // (A rate that holds to its printed places, for the amounts or for the points, tells the two apart.)
      const total =
        score +
        (rateAgrees(placed) || fractionRateAgrees(placed) ? 5 : 0) +
        (agreesAsPrinted(placed) ? AS_PRINTED : 0) +
        (spentBesideRate(placed) ? SPENT_BESIDE_RATE : 0);
      if (total > best.score) best = { score: total, placed: { ...placed } };
      return;
    }
    const figure = figures[i]!;
    for (let k = j; k < columns.length; k++) {
      const col = columns[k]!;
      if (col !== 'other' && col in placed) continue;
      if (apart && !apart.allows(i, last, k)) continue;
      const isAmount = AMOUNT_COLUMNS.includes(col);
      const repeat = isAmount && amount !== null && sameFigure(amount, figure) ? REPEATED_AMOUNT : 0;
      walk(
        i + 1,
        k + 1,
        score + fit(figure, col) + repeat,
        { ...placed, [col]: figure },
        isAmount ? figure : null,
        k,
      );
    }
    // A figure no column can hold (an extraction artefact) is left out at a cost.
    walk(i + 1, j, score - 6, placed, null);
  };
  // Lines hold a handful of figures in a handful of columns: try every placing. A stranger block (a hostile
  // or broken file) gets the one-pass placing, so the work stays bounded.
  if (figures.length <= 8 && columns.length <= 8) {
    walk(0, 0, 0, {}, null);
    return best.placed;
  }
  const placed: Partial<Record<BudgetColumn, string>> = {};
  placeByFit(figures, columns, fit).forEach((text, j) => {
    if (text !== '' && !(columns[j]! in placed)) placed[columns[j]!] = text;
  });
  return placed;
}

/**
 * A line's figures placed by where the grid puts them: when the headings stand in one row and every figure
 * in a row as wide, each under a heading, the column is the heading above it (a blank cell left blank, not
 * filled by the figure beside it). Null where the grid does not say (cells run together, merged rows).
 */
function placeByGrid(
  heads: readonly StreamCell[],
  columns: readonly BudgetColumn[],
  figures: readonly StreamCell[],
): Partial<Record<BudgetColumn, string>> | null {
  const width = heads[0]?.width;
  if (width === undefined || figures.length === 0) return null;
  if (heads.some((h) => h.row !== heads[0]!.row || h.width !== width || h.col === undefined)) return null;
  const placed: Partial<Record<BudgetColumn, string>> = {};
  for (const f of figures) {
    // A row whose empty cells the copy dropped is as wide as the header only by chance: no column is known.
    if (f.width !== width || f.row === heads[0]!.row || f.gapless) return null;
    const k = heads.findIndex((h) => h.col === f.col);
    if (k < 0) return null;
    // A figure that cannot stand in the column above it (880 under 分值) says the grid is shifted.
    if (fit(f.text, columns[k]!) === -Infinity) return null;
    if (columns[k] !== 'other') placed[columns[k]!] = f.text;
  }
  return placed;
}

/** What a placing holds: how well each figure fits its column, and whether the rate or the points agree. */
function placingWorth(placed: Partial<Record<BudgetColumn, string>>): number {
  let worth = 0;
  for (const [col, text] of Object.entries(placed) as Array<[BudgetColumn, string]>) worth += fit(text, col);
  if (rateAgrees(placed) || fractionRateAgrees(placed)) worth += 5;
  // No line is worth no points: a 分值 of 0 is a figure of another column (上年结转资金 0 | 0 | 0 are amounts).
  if (placed.weight !== undefined && Number(placed.weight) === 0) worth -= ZERO_POINTS;
  if (
    placed.annual !== undefined &&
    placed.executed !== undefined &&
    sameFigure(placed.annual, placed.executed)
  )
    worth += REPEATED_AMOUNT;
  // A form that reports the spending leaves 执行数 blank under a 年初预算数 it fills hardly ever: 208 | 109.8 a
  // column on from 年初 | 调整后 are 调整后 | 执行数 (the line's merged lead dropped by the copy).
  if (placed.initial !== undefined && placed.executed === undefined) worth -= UNSPENT_BUDGET;
  return worth;
}

/** What a placing that fills 年初预算数 and leaves 执行数 blank costs. */
const UNSPENT_BUDGET = 1;

/**
 * A line whose label stands in the column of the block's own label (项目资金, merged down the block's left),
 * the header's cell after that label blank: a copy that writes a row from its first filled cell dropped the
 * line's leading merged cell and padded its end, so each figure may stand a column left of its heading. The
 * placing one column on is taken where it holds clearly more (figures that fit, a rate or amounts that agree:
 * 15,600 | 15,600 | 20 | 1 is 调整后 | 执行 | 得分 | 执行率, not 年初 | 调整后 | 执行 20 | 得分 1).
 */
function placeByShiftedGrid(
  heads: readonly StreamCell[],
  columns: readonly BudgetColumn[],
  figures: readonly StreamCell[],
  label: StreamCell | undefined,
  headRow: readonly StreamCell[],
): Partial<Record<BudgetColumn, string>> | null {
  const asIs = placeByGrid(heads, columns, figures);
  const first = headRow[0];
  if (!label || !first || heads.includes(first) || label.col !== first.col || label.row === first.row)
    return asIs;
  // The header's cell right after its label is blank (no heading stands there).
  if (headRow.some((c) => c.col === first.col! + 1) || heads[0]?.col === undefined) return asIs;
  const shifted = placeByGrid(
    heads,
    columns,
    figures.map((f) => ({ ...f, col: f.col! + 1 })),
  );
  if (!shifted) return asIs;
  return asIs === null || placingWorth(shifted) > placingWorth(asIs) + SHIFT_MARGIN ? shifted : asIs;
}

/** What a 分值 of 0 costs a placing. */
const ZERO_POINTS = 3;

/** How much more a placing one column on must hold to be taken over the grid's own. */
const SHIFT_MARGIN = 0.5;

/** Which header columns two figures of a line may take, given the blank cells the copy kept between them. */
interface KeptGaps {
  allows(figure: number, previousColumn: number | null, column: number): boolean;
}

/**
 * A line that ends short of the header (its trailing blanks dropped) but kept a blank cell between two figures
 * (236 | · | 236 under 年初预算数 | 调整后预算数 | 全年执行数): the two stand as many columns apart under the
 * header as in their row, so the blank is the column between them, not the last. Figures side by side say
 * nothing (a copy may have dropped blanks between them as well); null where the grid does not say.
 */
function keptGaps(heads: readonly StreamCell[], figures: readonly StreamCell[]): KeptGaps | null {
  const headRow = heads[0]?.row;
  if (heads.some((h) => h.row !== headRow || h.col === undefined || h.gapless)) return null;
  if (figures.some((f) => f.col === undefined || f.gapless || f.row !== figures[0]!.row)) return null;
  const gap = (i: number) => (i > 0 ? figures[i]!.col! - figures[i - 1]!.col! : 1);
  if (!figures.some((_, i) => gap(i) > 1)) return null;
  return {
    allows: (i, previous, k) =>
      gap(i) <= 1 || previous === null || heads[k]!.col! - heads[previous]!.col! === gap(i),
  };
}

/** The amount unit the block states: 项目资金（元）, 单位：元 → 元; otherwise 万元. */
export function amountUnit(stream: readonly StreamCell[], end: number): '万元' | '元' {
  for (const c of stream.slice(0, end)) {
    const key = labelKey(c.text);
    if (amountUnitOfLabel(key) === '元' || /单位[:：]元$/.test(key)) return '元';
  }
  return '万元';
}

/** Where a heading of another part starts: goals, the indicator table, 绩效指标. */
function endsBlock(text: string): boolean {
  const key = labelKey(text);
  // A heading with points (年度绩效目标1（80分）, 产出指标（50分）) opens the next part: budget lines carry none.
  // 资金管理情况 | 情况说明 | 分值 | 得分: the checks a central transfer's 自评表 prints under its funds (分配科学性 |
  // … | 6 | 6) carry points, not amounts.
  return (
    goalLabelOf(text) !== null ||
    isGoalLabelRun(text) ||
    indicatorColumnOf(text) !== null ||
    /^绩效指标|^资金管理情况|（\d+(\.\d+)?分）$/.test(key)
  );
}

/** The points the block's heading states: 预算执行情况（万元）（20分） → "20". */
function headingPoints(stream: readonly StreamCell[], start: number): string | null {
  let heading = start > 0 ? labelKey(stream[start - 1]!.text) : '';
  // 预算执行情况（万元） | （20分）: the points in a cell of their own under the heading.
  if (/^（\d+(\.\d+)?分）$/.test(heading) && start > 1) heading = labelKey(stream[start - 2]!.text) + heading;
  const m = /^(预算执行情况|项目资金|资金情况|预算执行).*（(\d+(?:\.\d+)?)分）$/.exec(heading);
  return m ? m[2]! : null;
}

/** Reads the first budget block at or after `from`; null when the stream has none. */
export function readBudgetBlock(stream: readonly StreamCell[], from = 0): BudgetBlock | null {
  const columns = readBudgetColumns(stream, from);
  const pairs = readBudgetPairs(stream, from);
  // Labels down the rows, the first without its figure (年初批复数 left blank), also run together as if they
  // headed columns: the pairs' reading is taken where it places more of the total's figures.
  return columns && totalFigures(columns) >= totalFigures(pairs) ? columns : (pairs ?? columns);
}

/** How many figures a block's total line holds. */
function totalFigures(block: BudgetBlock | null): number {
  const total = block?.lines.find((l) => l.total) ?? block?.lines[0];
  return total ? Object.keys(total.values).length : 0;
}

/** How many filled cells the row of stream cell `i` holds. */
function filledIn(stream: readonly StreamCell[], i: number): number {
  const row = stream[i]!.row;
  let n = 1;
  for (let k = i - 1; k >= 0 && stream[k]!.row === row; k--) n++;
  for (let k = i + 1; k < stream.length && stream[k]!.row === row; k++) n++;
  return n;
}

/**
 * A block written as label | figure pairs, across one line (全年预算数（万元） | 571 | 1—7月执行数（万元） | 120 |
 * 执行率 | 21.01%), as Jixiao's own 监控表 lays it out, or down the rows, one pair a row (年初预算数 | 50, then
 * 全年预算数 | 50 … under a 项目资金 merged down their left): one total line.
 */
function readBudgetPairs(stream: readonly StreamCell[], from: number): BudgetBlock | null {
  const values: Partial<Record<BudgetColumn, string>> = {};
  let start = -1;
  let end = from;
  let period: BudgetBlock['period'] = null;
  // The row of the last pair read: the block goes on in that row or the next one.
  let lastRow = -1;
  // Labels left without their figure, one row after another: the last row of the run, and whether it named an
  // amount; and whether such a run ended right above the first pair.
  let blanks = { row: -Infinity, amount: false };
  let underBlankAmounts = false;
  for (let i = from; i + 1 < stream.length; i++) {
    if (start >= 0 && stream[i]!.row > lastRow + 1) break;
    const col = budgetColumnOf(stream[i]!.text);
    // 计划投资额 | （万元） | 570: the label's unit note in a cell of its own stands between it and its figure.
    const at = i + 2 < stream.length && isHeadingNote(stream[i + 1]!.text) ? i + 2 : i + 1;
    const next = stream[at]!.text;
    // A label alone in its row (beside the block's 项目资金 repeated down its left at most), not a heading of the
    // indicator table's header row (分值 | 得分 there).
    if (col && !isFigure(next) && filledIn(stream, i) <= 2) {
      const row = stream[i]!.row;
      const amount = AMOUNT_COLUMNS.includes(col);
      blanks = { row, amount: row <= blanks.row + 1 ? blanks.amount || amount : amount };
      // A label left blank inside the block (执行率 | · between 得分 | 0 and 分值 | 10) goes on with it, and one
      // at its end is the block's still, not a heading of the table under it (分值 | · over 一级指标 …).
      if (start >= 0) [lastRow, end] = [Math.max(lastRow, row), Math.max(end, i + 1)];
    }
    if (!col || !isFigure(next) || col in values) continue;
    lastRow = stream[at]!.row;
    if (start < 0) {
      start = i;
      underBlankAmounts = blanks.amount && blanks.row >= stream[i]!.row - 1;
    }
    values[col] = next;
    period ??= periodOfLabel(stream[i]!.text);
    end = at + 1;
  }
  const amounts = AMOUNT_COLUMNS.filter((c) => c in values);
  // A block whose amounts were left blank still states its 执行率 with the points beside it (分值 | 得分), or
  // its points and score alone under the amounts' labels it names without figures.
  const rated = 'rate' in values && Object.keys(values).length >= 2;
  // … or its 分值 | 得分 alone, right under the amount labels it left blank (年初预算数 | ·, 全年执行数 | ·, 分值 | 10).
  // … or its 执行率 alone, right under the amount labels it left blank (全年预算数 | ·, 执行数 | ·, 预算执行率 | 103%).
  const pointsUnderBlanks =
    ('rate' in values || ('weight' in values && 'score' in values)) && underBlankAmounts;
  if (start < 0 || (amounts.length === 0 && !rated && !pointsUnderBlanks)) return null;
  const unit = amountUnit(stream, end);
  return {
    lines: [{ name: '年度资金总额', total: true, values: convert(values, unit) }],
    start,
    end,
    period,
  };
}

/** A heading of one of the block's text columns: 偏差原因分析, 备注, 完成目标可能性（确定能、有可能、不可能）. */
function isBudgetTextHeading(text: string): boolean {
  const key = bareLabel(text).replace(/（[^（）]*）$/, '');
  return BUDGET_TEXT_COLUMNS.includes(key);
}

/** A cell that is only a bracketed note: （A）, （B/A）, （20分*执行率）. */
function isHeadingNote(text: string): boolean {
  const key = labelKey(text);
  return key.startsWith('（') && noteEnd(key, 0) === key.length && key.length > 2;
}

function readBudgetColumns(stream: readonly StreamCell[], from: number): BudgetBlock | null {
  for (let i = from; i < stream.length; i++) {
    const columns: BudgetColumn[] = [];
    const labels: string[] = [];
    const heads: StreamCell[] = [];
    let j = i;
    while (j < stream.length && budgetColumnOf(stream[j]!.text)) {
      columns.push(budgetColumnOf(stream[j]!.text)!);
      labels.push(stream[j]!.text);
      heads.push(stream[j]!);
      j++;
      // 得分 | （20分*执行率）: a heading's note in a cell of its own is the heading's, not a line's label.
      if (j < stream.length && isHeadingNote(stream[j]!.text)) labels[labels.length - 1] += stream[j++]!.text;
    }
    const amounts = columns.filter((c) => c === 'initial' || c === 'annual' || c === 'executed');
    if (columns.length < 2 || amounts.length === 0) continue;
    // … | 执行率 | 偏差原因分析 | 完成目标可能性 | 备注: the block's text columns head no figure and end the labels,
    // not the block (偏差原因分析 and 备注 also head the indicator table's columns).
    while (j < stream.length && isBudgetTextHeading(stream[j]!.text)) j++;
    const unit = amountUnit(stream, j);
    const lines: Array<{ name: string; figures: string[]; cells: StreamCell[]; label?: StreamCell }> = [];
    // The cells of the labels' row: a copy that repeats merged cells down prints them again in the rows under it.
    const headRow = heads[0]!.row;
    const repeated = new Set(
      stream.filter((c) => c.row === headRow && !budgetColumnOf(c.text)).map((c) => c.text),
    );
    for (; j < stream.length; j++) {
      const t = stream[j]!.text;
      // 债券资金管理指标（10分） merged down beside the figures, copied into their row: the block's heading again.
      if (lines.length === 0 && stream[j]!.row > headRow && repeated.has(t)) continue;
      // Figures right under the labels, no line named before them (a 专项债券's 债券资金管理指标: 实际支出金额 |
      // 下达额度 | … over 1,437 | 1,437 | …): the block's one line, its total.
      if (isFigure(t) && lines.length === 0 && stream[j]!.row > heads.at(-1)!.row)
        lines.push({ name: '年度资金总额', figures: [], cells: [] });
      if (isFigure(t) && lines.length > 0) {
        lines.at(-1)!.figures.push(t);
        lines.at(-1)!.cells.push(stream[j]!);
      } else if (!isFigure(t) && !endsBlock(t) && !budgetColumnOf(t) && labelKey(t).length <= 30)
        lines.push({ name: t, figures: [], cells: [], label: stream[j]! });
      else break;
    }
    const headRowCells = stream.filter((c) => c.row === headRow);
    const byGrid = (l: { cells: StreamCell[]; label?: StreamCell }) =>
      placeByShiftedGrid(heads, columns, l.cells, l.label, headRowCells);
    const period = labels.map(periodOfLabel).find((p) => p !== null) ?? null;
    // 得分（20分*执行率）: the score's own label states the points it is taken from, where no heading does.
    const points =
      headingPoints(stream, i) ??
      labels.map((l) => /^得分（(\d+(?:\.\d+)?)分[*×x]执行率）$/.exec(labelKey(l))?.[1]).find((p) => p) ??
      null;
    const scored = scoredTotalFigures(
      lines.map((l) => ({
        total: isBudgetTotalLabel(l.name),
        figures: l.figures,
        placed: byGrid(l) ?? placeFigures(l.figures, columns, keptGaps(heads, l.cells)),
      })),
    );
    return {
      lines: lines.map((l) => {
        const total = isBudgetTotalLabel(l.name);
        const values = convert(
          byGrid(l) ??
            (total
              ? placeFigures(l.figures, columns, keptGaps(heads, l.cells))
              : placeFigures(l.figures, sourceColumns(columns, l.figures.length, scored))),
          unit,
        );
        // 得分（20分*执行率） under 预算执行情况（20分）: the heading gives the 分值 the columns do not.
        if (total && points && values.weight === undefined) values.weight = points;
        return {
          name: labelKey(l.name)
            .replace(/[:：]$/, '')
            .replace(/^其中[:：]?/, ''),
          total,
          values,
        };
      }),
      start: i,
      end: j,
      period,
      columns,
      headingPoints: points,
    };
  }
  return null;
}

/**
 * The number of figures of the block's total line when it holds its 分值 or 得分, else null. A fund source's line
 * that prints fewer figures than such a total (其中：本年财政拨款 90 | 89.974 | 89.974 under 0 | 0 | 0 | 10 | 0 | 0)
 * left the 分值 and 得分 to the total: it holds amounts and rates only, and an amount under 100 is not read as a
 * score. (A source line printing as many figures as the total repeats its 分值 and 得分.)
 */
export function scoredTotalFigures(
  lines: ReadonlyArray<{
    total: boolean;
    figures: readonly string[];
    placed: Partial<Record<BudgetColumn, string>>;
  }>,
): number | null {
  const total = lines.find((l) => l.total && (l.placed.weight !== undefined || l.placed.score !== undefined));
  return total ? total.figures.length : null;
}

/** The columns a source line with `count` figures may fill under a total line of `totalCount` scored figures. */
export function sourceColumns(
  columns: readonly BudgetColumn[],
  count: number,
  totalCount: number | null,
): readonly BudgetColumn[] {
  return totalCount !== null && count < totalCount ? amountColumns(columns) : columns;
}

/** The columns a fund source's line may fill under a scored total: all but 分值 and 得分. */
export function amountColumns(columns: readonly BudgetColumn[]): BudgetColumn[] {
  return columns.filter((c) => c !== 'weight' && c !== 'score');
}

/** Amounts to 万元 decimal strings, the rate to its percent digits, scores as printed. */
export function convert(
  values: Partial<Record<BudgetColumn, string>>,
  unit: '万元' | '元',
): Partial<Record<BudgetColumn, string>> {
  const out: Partial<Record<BudgetColumn, string>> = {};
  for (const [col, text] of Object.entries(values) as [BudgetColumn, string][]) {
    if (col === 'other') continue;
    const v =
      col === 'rate'
        ? (parsePercent(text) ?? (isBareNumber(text) ? text.trim() : null))
        : col === 'weight' || col === 'score'
          ? text.replace(/\s/g, '')
          : parseAmount(text, unit);
    if (v !== null) out[col] = v;
  }
  return out;
}
