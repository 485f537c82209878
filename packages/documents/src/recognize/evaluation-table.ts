// The indicator table of a 自评表 / 监控表: the header band (one row, two rows, or flattened into a longer
// row with other cells), the columns it names in reading order, and one record per indicator row —
// 一级/二级 filled down, 一级 points (产出指标（50分）) kept, rows broken over several lines joined.
import { canonicalLevel1, canonicalLevel2, frameworks, toHalfWidth } from '@jixiao/core';
import { labelKey } from '../rows/clean-cell.ts';
import {
  canStand,
  COMPARATOR_WORD,
  isComparedFigure,
  levelLabel,
  placeCells,
  type StreamCell,
} from './evaluation-cells.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { endsIndicatorTable } from './evaluation-head-labels.ts';
import {
  indicatorColumnOf,
  indicatorColumnSpellings,
  isHeadingRun,
  type IndicatorColumn,
} from './evaluation-lexicon.ts';
import { isLevelCutAtEnd } from './level-names.ts';
import { isPointsHeading } from './points-heading.ts';
import { headerColumnOf } from './debris-label.ts';
import { foldLowerHeaderRow } from './evaluation-two-row-band.ts';
import { collectedDataLabels } from './evaluation-collected-data-band.ts';
import { addSlotPoints, holdsSlotMark, slotRowPoints } from './reason-slot-rows.ts';
import { opensNamelessAnswerBlock, splitFirstQuestion } from './shared-question-cell.ts';
import { endsTableAsFooter } from './signature-blocks.ts';
import { opensAnotherTable } from './another-table.ts';
import { moveLoneFiguresToTarget } from './lone-figures-column.ts';
import { moveLoneActualsToTarget } from './lone-actual-column.ts';
import { isPageChrome } from './page-chrome.ts';

export interface TableRecord {
  level1: string | null;
  level2: string | null;
  name: string;
  /** The row's cells after the name, as read (a broken row's continuation appended). */
  rest: string[];
  /** The cell of each column (op/targetValue/unit already composed into `target`). */
  cells: Partial<Record<IndicatorColumn, string>>;
  line: number | null;
}

export interface EvaluationTable {
  columns: IndicatorColumn[];
  records: TableRecord[];
  level1Weights: Array<{ level1: string; weight: string }>;
  /** Stream index where the header band starts and of the first cell after the table. */
  start: number;
  end: number;
  /** 总分's points and score where the table's reading found them away from their label (a column's run). */
  total?: { weight: string; score: string };
}

const LEVELS: readonly IndicatorColumn[] = ['level1', 'level2', 'name'];
const TARGET_PARTS: readonly IndicatorColumn[] = ['op', 'targetValue', 'unit'];
const VALUE_COLUMNS: readonly IndicatorColumn[] = [
  'target',
  'actual',
  'actualToDate',
  'expectedFullYear',
  'weight',
  'score',
];

/** A header band: consecutive header labels naming the indicator and at least one value column. */
function findBand(stream: readonly StreamCell[], from: number): { start: number; end: number } | null {
  for (let i = from; i < stream.length; i++) {
    if (!headerColumnOf(stream[i]!.text)) continue;
    let j = i;
    const seen = new Set<IndicatorColumn>();
    while (j < stream.length && headerColumnOf(stream[j]!.text)) seen.add(headerColumnOf(stream[j++]!.text)!);
    const named = seen.has('name') || seen.has('level2');
    const valued = ['target', 'targetValue', 'actual', 'actualToDate', 'score'].some((c) =>
      seen.has(c as IndicatorColumn),
    );
    if (named && valued) return { start: i, end: isPointsHeading(stream, j, seen) ? j + 1 : j };
    i = j - 1;
  }
  return null;
}

/**
 * The band's value headings printed in both of its rows (绩效指标 | 未完成原因 | 年度指标值 | 全年实际完成值 over 一级 |
 * 二级 | 三级 | 未完成原因 | 年度指标值 | 全年实际完成值: cells merged down both rows, a copy printing them in each) are
 * one set of columns: the second run, the same headings in the same order, is no column of its own.
 */
function onceOver(rest: IndicatorColumn[]): IndicatorColumn[] {
  const half = rest.length / 2;
  if (half < 2 || !Number.isInteger(half)) return rest;
  return rest.slice(0, half).every((c, k) => rest[half + k] === c) ? rest.slice(0, half) : rest;
}

/**
 * The columns a band names, in the order of the data: 一级, 二级, 三级 first (every template puts them
 * there, whatever row of the band they were printed in), then the others as read; a 年度指标值 printed over
 * 指标性质 | 指标值 | 度量单位 stands for those three.
 */
export function bandColumns(labels: readonly IndicatorColumn[]): IndicatorColumn[] {
  // A kind may stand twice (偏差原因 | 原因说明): both columns are kept, their texts joined per row. But a
  // 权重 printed before the levels (分解目标 | 自评权重 | 二级指标 | 三级指标 | … | 分值 | 得分) is the points of
  // the block a 一级 heads, printed once beside it: the indicator's own weight is the 分值 after the name.
  const firstLevel = labels.findIndex((c) => LEVELS.includes(c));
  const blockWeight =
    firstLevel > 0 &&
    labels.slice(0, firstLevel).includes('weight') &&
    labels.slice(firstLevel).includes('weight');
  const seen: IndicatorColumn[] = labels.filter(
    (c, i) => c !== 'section' && !(blockWeight && c === 'weight' && i < firstLevel),
  );
  const levels = LEVELS.filter((c) => seen.includes(c));
  const rest = onceOver(seen.filter((c) => !LEVELS.includes(c)));
  const grouped = rest.includes('target') && rest.includes('targetValue');
  const out: IndicatorColumn[] = [...levels];
  for (const c of rest) {
    if (grouped && TARGET_PARTS.includes(c)) continue;
    if (grouped && c === 'target') out.push(...TARGET_PARTS.filter((p) => rest.includes(p)));
    else out.push(c === 'targetValue' ? 'target' : c);
  }
  return out;
}

export function canonical1(written: string): string {
  for (const fw of frameworks) {
    const c = canonicalLevel1(fw, written);
    if (c) return c;
  }
  return written;
}

export function canonical2(level1: string | null, written: string): string {
  for (const fw of frameworks) {
    const c = canonicalLevel2(fw, level1, written) ?? canonicalLevel2(fw, null, written);
    if (c) return c;
  }
  return written;
}

interface DataRow {
  cells: string[];
  /** Each cell's position in its row (blank cells counted) where the reader kept it, and the row's width. */
  cols: Array<number | undefined>;
  width: number | undefined;
  first: number;
  line: number | null;
  gapless: boolean;
}

/** The rows of the table after the band, each as its filled cells (the band's own row continues it). */
function dataRows(stream: readonly StreamCell[], from: number): DataRow[] {
  const rows: DataRow[] = [];
  for (let k = from; k < stream.length; k++) {
    const c = stream[k]!;
    // Running text after the table (a note, a page cut off mid-word) is not a row of it.
    if (!c.table) continue;
    const last = rows.at(-1);
    if (last && stream[k - 1]!.row === c.row && k !== from) {
      last.cells.push(c.text);
      last.cols.push(c.col);
    } else
      rows.push({
        cells: [c.text],
        cols: [c.col],
        width: c.width,
        first: k,
        line: c.line,
        gapless: c.gapless === true,
      });
  }
  return rows;
}

/**
 * For a header band on a grid (every cell of it from rows of one width, as a saved page or a workbook gives
 * them, blanks kept): the index in `columns` of each position of the grid. A lower header row names the
 * positions under an upper one's span (年度指标值 over 指标性质 | 指标值 | 度量单位); a position no row names
 * (under a 实际完成值 spanning both rows) keeps the upper row's. Null when the band is not on one grid or a
 * position's column is not one of `columns`.
 */
function gridPositions(
  band: readonly StreamCell[],
  columns: readonly IndicatorColumn[],
): { width: number; at: Array<number | null> } | null {
  const width = band[0]?.width;
  if (width === undefined || band.some((c) => c.width !== width || c.col === undefined)) return null;
  const kinds = new Array<IndicatorColumn | null>(width).fill(null);
  for (const c of band) {
    const kind = indicatorColumnOf(c.text);
    if (kind && kind !== 'section') kinds[c.col!] = kind;
  }
  const used = new Map<IndicatorColumn, number>();
  const at = kinds.map((kind) => {
    if (kind === null) return null;
    const k = kind === 'targetValue' && !columns.includes('targetValue') ? 'target' : kind;
    const nth = used.get(k) ?? 0;
    used.set(k, nth + 1);
    const index = columns.findIndex(
      (c, i) => c === k && columns.slice(0, i).filter((x) => x === k).length === nth,
    );
    return index < 0 ? Number.NaN : index;
  });
  if (at.some((i) => Number.isNaN(i)) || !at.includes(columns.indexOf('name'))) return null;
  return { width, at };
}

const POINTS: readonly IndicatorColumn[] = ['weight', 'score', 'review'];

/**
 * A row of the grid's width placed by position; null when a cell stands where its column cannot hold it. A
 * narrower row is the grid's row with its blank cells at the end cut off (text that strips trailing tabs, a copy
 * cut inside its last row): its cells stand where they were printed — whether its first cell opens it or it kept
 * the blank cells at its left (| 产出指标 | … under a merged section column), each cell still held to its column.
 */
function placeByPosition(
  row: DataRow,
  grid: { width: number; at: Array<number | null> },
  columns: readonly IndicatorColumn[],
  level1: string | null,
): string[] | null {
  // A row cut at single spaces lost its empty cells wherever they were, not only at its end.
  const trimmed = row.width !== undefined && row.width < grid.width && !row.gapless;
  if (row.width !== grid.width && !trimmed) return null;
  const placed = new Array<string>(columns.length).fill('');
  for (const [k, text] of row.cells.entries()) {
    const col = row.cols[k];
    const index =
      col === undefined ? null : grid.at[spansIntoName(row, grid, columns, k, level1) ? col + 1 : col];
    if (index === null || index === undefined || placed[index] !== '') return null;
    // A row's points with their unit (19分) where its grid puts its 得分: the figure.
    const points = POINTS.includes(columns[index]!) ? (/^(\d+(?:\.\d+)?)分$/.exec(text)?.[1] ?? text) : text;
    if (
      !canStand(points, columns[index]!, columns, level1) &&
      !standsByPosition(text, columns[index]!) &&
      !isOwnLevel2(row, k, placed, columns, index)
    )
      return null;
    // ≥ 90 % where the grid puts the name: the row lost a blank cell merged down its left and its name stands
    // under the 二级 (服务对象满意度 | ≥ 90 % | 92%, the cells a copy lacks written after them): placed by looks.
    if (columns[index] === 'name' && isComparedFigure(text)) return null;
    if (columns[index] === 'name' && levelOffByOne(row, k, grid, columns, level1)) return null;
    placed[index] = points;
  }
  return placed;
}

/**
 * | 时效指标 | 项目完成时间 | | 2023年12月底 under 一级 | 二级 | 三级 | 原因 | 目标 | 实际, the row right-aligned by a copy
 * that dropped its blank last cell: a 二级 in the name column, the 二级 column blank (or holding the 一级), a name
 * after it and a value after that — the row stands a column off, and is placed by what its cells hold. (A 三级
 * worded as a 二级, 时效指标 | 全年, has its value right after it.)
 */
function levelOffByOne(
  row: DataRow,
  k: number,
  grid: { width: number; at: Array<number | null> },
  columns: readonly IndicatorColumn[],
  level1: string | null,
): boolean {
  const label = levelLabel(row.cells[k]!);
  if (!label?.alsoLevel2) return false;
  const level2At = grid.at.findIndex((i) => i !== null && columns[i] === 'level2');
  if (level2At < 0) return false;
  // …or holds the 一级 a column left of its own (满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 93%).
  const inLevel2 = row.cols.indexOf(level2At);
  if (inLevel2 >= 0 && levelLabel(row.cells[inLevel2]!)?.level !== 1) return false;
  const next = row.cells[k + 1];
  if (next === undefined || levelLabel(next) !== null || !canStand(next, 'name', columns, level1))
    return false;
  if (isComparedFigure(next) || /\d/.test(next)) return false;
  return row.cells.slice(k + 2).some((c) => /\d/.test(c));
}

/**
 * A name merged over the 二级 and 三级 columns (过程指标 | 评审程序是否公正 spanning both | 是 | 是): the grid gives
 * it the 二级's position and leaves the name's blank, yet it names no level — it is the row's 三级.
 */
function spansIntoName(
  row: DataRow,
  grid: { width: number; at: Array<number | null> },
  columns: readonly IndicatorColumn[],
  k: number,
  level1: string | null,
): boolean {
  const col = row.cols[k];
  if (col === undefined || columns[grid.at[col] ?? -1] !== 'level2') return false;
  if (columns[grid.at[col + 1] ?? -1] !== 'name' || row.cols.includes(col + 1)) return false;
  const text = row.cells[k]!;
  return !canStand(text, 'level2', columns, level1) && canStand(text, 'name', columns, level1);
}

/**
 * What the grid's position alone places where the cell's looks do not: a 一级 heading no framework knows
 * (过程指标) under 一级 — never a 二级 the frameworks know (数量指标), which stands there only in a row that lost
 * the blank cell merged down its left (a copy that writes a row's missing cells after it): placed by its looks.
 */
function standsByPosition(text: string, column: IndicatorColumn): boolean {
  return (
    column === 'level1' && /^[\p{Script=Han}]{2,6}指标$/u.test(text.trim()) && levelLabel(text)?.level !== 2
  );
}

/**
 * A 二级 a form wrote in its own words (群众满意度 指标 under 满意度指标, 塘湖镇's fresh/648): worded as a level
 * (a few Han characters ending in 指标) yet known to no framework, it stands where the grid puts it in the 二级
 * column — on a row whose 一级 column, just left of it, holds a 一级 the frameworks know.
 */
function isOwnLevel2(
  row: DataRow,
  k: number,
  placed: readonly string[],
  columns: readonly IndicatorColumn[],
  index: number,
): boolean {
  if (columns[index] !== 'level2' || index === 0 || columns[index - 1] !== 'level1') return false;
  const text = row.cells[k]!;
  if (!/^[\p{Script=Han}]{2,8}指标$/u.test(labelKey(text)) || levelLabel(text) !== null) return false;
  return placed[index - 1] !== '' && levelLabel(placed[index - 1]!)?.level === 1;
}

const hasValues = (r: TableRecord) => VALUE_COLUMNS.some((c) => (r.cells[c] ?? '') !== '');
/** A record still waiting for its figures: no actual and no score or weight yet. */
const isOpen = (r: TableRecord) =>
  !['actual', 'actualToDate', 'weight', 'score'].some((c) => (r.cells[c as IndicatorColumn] ?? '') !== '');

/** The cells after the name placed in the columns after the name column. */
function placeAfterName(record: TableRecord, columns: readonly IndicatorColumn[]): void {
  const cols = columns.slice(columns.indexOf('name'));
  const placed = placeCells([record.name, ...record.rest], cols);
  record.cells = {};
  cols.forEach((c, k) => {
    if (k === 0 || !placed[k]) return;
    const before = record.cells[c];
    record.cells[c] = before ? `${before}；${placed[k]}` : placed[k];
  });
  composeTarget(record.cells);
}
const isShort = (t: string) => labelKey(t).length <= 8;

/**
 * Whether a row's cells go on the record in the columns its own cells left empty, none of them left out: 饲料加工
 * 用房面积 | | 300 then 保种数量 | | 300 is the next row (保种数量 can stand in no column after a target of 300), not
 * the record's actual.
 */
function fitsWhole(
  record: TableRecord,
  cells: readonly string[],
  columns: readonly IndicatorColumn[],
): boolean {
  const after = [record.name, ...record.rest, ...cells];
  const placed = placeCells(after, columns.slice(columns.indexOf('name')));
  return placed.filter((t) => t !== '').length === after.length;
}

/** The cells after the name as a grid placed them. */
function keepPlaces(
  record: TableRecord,
  placed: readonly string[],
  columns: readonly IndicatorColumn[],
): void {
  record.cells = {};
  columns.forEach((c, k) => {
    if (k <= columns.indexOf('name') || !placed[k]) return;
    const before = record.cells[c];
    record.cells[c] = before ? `${before}；${placed[k]}` : placed[k];
  });
  composeTarget(record.cells);
}

/** Reads the indicator table at or after `from`; null when the stream has no header band. */
export function readEvaluationTable(stream: readonly StreamCell[], from = 0): EvaluationTable | null {
  const band = findBand(stream, from);
  if (!band) return null;
  const columns = bandColumns(
    // The band's one cell without a column's name is a block's points standing for 得分 (points-heading.ts).
    foldLowerHeaderRow(
      collectedDataLabels(
        stream.slice(band.start, band.end).map((c) => headerColumnOf(c.text) ?? 'score'),
        stream.slice(band.start, band.end).map((c) => c.row),
      ),
    ),
  );
  // On a grid a cell's position says its column: an unscored row keeps its 实际完成值 and 分值 where they are.
  const grid = gridPositions(stream.slice(band.start, band.end), columns);
  const records: TableRecord[] = [];
  const level1Weights: EvaluationTable['level1Weights'] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  // The 二级 as printed where it opened its group (服务对象满意度指标), to tell a 三级 worded like it apart.
  let level2Printed = '';
  // Whether the 一级 names stand in a column left of the one headed 一级 (see below).
  let sectionHeldLevel1 = false;
  let end = stream.length;
  let pending: TableRecord | null = null;
  // The stream's last row: a record there has nothing after it, the excerpt ends inside it.
  const lastRow = stream.at(-1)?.row;
  let atEnd: TableRecord | null = null;
  // Indicators scored by example slots, one row each (reason-slot-rows.ts).
  const slotted = new Set<TableRecord>();
  // Where each record's name stood in its row, when the reader kept positions: a row whose first cell stands there
  // is a name of its own, never the record's continuation (保种数量(头) | 300 under 饲料加工用房面积(平方米) | 300, a
  // 未完成原因 column between the target and the actual free to take it).
  const nameAt = new Map<TableRecord, { col: number; width: number }>();
  // Only rows of one grid say where a cell stands (a copy of one cell per line puts every cell first).
  const setNameAt = (record: TableRecord, row: DataRow, col: number | undefined) => {
    if (col !== undefined && row.width !== undefined && row.width > 2 && !row.gapless)
      nameAt.set(record, { col, width: row.width });
  };
  const inNameColumn = (record: TableRecord, row: DataRow) => {
    const at = nameAt.get(record);
    return at !== undefined && row.width === at.width && !row.gapless && row.cols[0] === at.col;
  };
  for (const row of dataRows(stream, band.end)) {
    // A page break repeats the merged 绩效指标 cell on the left: a heading, not a cell of the row.
    while (row.cells.length > 1 && indicatorColumnOf(row.cells[0]!) === 'section') row.cells.shift();
    if (endsIndicatorTable(row.cells[0]!) || endsTableAsFooter(row.cells) || opensAnotherTable(row.cells)) {
      end = row.first;
      break;
    }
    // A repeated header (a second table of the same layout) says nothing per indicator.
    // Its headings may come run together in a cell (得分未完成原因分析) beside blanks the re-tabulation left.
    // A heading broken over two lines leaves its bracketed note alone on the next (目标值 / (标准)): a heading too.
    const heading = (c: string) => indicatorColumnOf(c) !== null || isHeadingRun(c) || isHeadingNote(c);
    if (row.cells.every((c) => heading(c) || c.trim() === '') && row.cells.some(heading)) continue;
    // One label over the whole row (预算执行率 | 预算执行率, merged across the levels and the name, nothing else):
    // a heading the template closes the table with, no indicator — its copies are no values.
    if (
      row.cells.length >= 2 &&
      row.cells.every((c) => c === row.cells[0]) &&
      levelLabel(row.cells[0]!) === null
    ) {
      pending = null;
      continue;
    }
    // A further example slot of the indicator above (5 | ② under 是否… | 是 | 5 | | ①): its points, not a row.
    const slotPoints = pending ? slotRowPoints(row.cells) : null;
    if (pending && slotPoints !== null && (slotted.has(pending) || holdsSlotMark(pending.cells))) {
      slotted.add(pending);
      addSlotPoints(pending.cells, slotPoints);
      continue;
    }
    // A further question's answer block under the same merged name cell (是/否 | 是 | 5 | | ①, no name): the cell's
    // next question is its indicator (shared-question-cell.ts).
    const shared: [string, string] | null =
      pending && (slotted.has(pending) || holdsSlotMark(pending.cells)) && opensNamelessAnswerBlock(row.cells)
        ? splitFirstQuestion(pending.name)
        : null;
    if (pending && shared) {
      pending.name = shared[0];
      pending = {
        level1: pending.level1,
        level2: pending.level2,
        name: shared[1],
        rest: [...row.cells],
        cells: {},
        line: row.line,
      };
      placeAfterName(pending, columns);
      records.push(pending);
      if (stream[row.first]!.row === lastRow) atEnd = pending;
      continue;
    }
    const levels = row.cells.map(levelLabel);
    // A row continuing a record that has a name and nothing else yet: 有效 | 有效 | 10 | 10 under its name.
    const room = pending !== null && pending.rest.length + row.cells.length < columns.length;
    if (
      pending &&
      room &&
      isOpen(pending) &&
      levels.every((l) => l === null) &&
      row.cells.every(isShort) &&
      fitsWhole(pending, row.cells, columns) &&
      !inNameColumn(pending, row)
    ) {
      pending.rest.push(...row.cells);
      placeAfterName(pending, columns);
      continue;
    }
    // 产出指标 | 质量 | 公厕保洁达标率 | … under 绩效指标 | 一级指标 | 指标名称 with no 二级 heading (黄石's 监控表): the
    // merged 绩效指标 column holds the 一级, the column headed 一级 its 二级 — the row's 一级 goes first, the rest
    // is placed as the header names it.
    const first = columns[0] === 'level1' && !columns.includes('level2') ? levelLabel(row.cells[0]!) : null;
    const second = first?.level === 1 && row.cells.length > 2 ? levelLabel(row.cells[1]!) : null;
    if (first && second?.level === 2) {
      sectionHeldLevel1 = true;
      level1 = canonical1(first.name);
      level2 = null;
      row.cells.shift();
      row.cols.shift();
    }
    const byPosition = grid ? placeByPosition(row, grid, columns, level1) : null;
    if (!byPosition && isLevel2Worded(row.cells[0]!, level1, level2, level2Printed)) {
      pending = {
        level1,
        level2,
        name: row.cells[0]!.trim(),
        rest: row.cells.slice(1),
        cells: {},
        line: row.line,
      };
      setNameAt(pending, row, row.cols[0]);
      placeAfterName(pending, columns);
      records.push(pending);
      if (stream[row.first]!.row === lastRow) atEnd = pending;
      continue;
    }
    const placed = byPosition ?? placeCells(row.cells, columns, level1);
    const cell = (c: IndicatorColumn) => placed[columns.indexOf(c)] ?? '';
    const l1 = columns.includes('level1') ? levelLabel(cell('level1')) : null;
    // …and a 二级 alone in that column (时效 | 故障维修响应时间 | …) is the 二级 of the 一级 above it.
    if (l1 && (l1.level === 2 || l1.alsoLevel2) && sectionHeldLevel1) level2 = canonical2(level1, l1.name);
    else if (l1) {
      level1 = canonical1(l1.name);
      level2 = null;
      level2Printed = '';
      if (l1.weight) level1Weights.push({ level1, weight: l1.weight });
    }
    const l2 = columns.includes('level2') ? levelLabel(cell('level2')) : null;
    if (l2) {
      level2 = canonical2(level1, l2.name);
      level2Printed = cell('level2');
    }
    const name = cell('name')
      .replace(/^[★☆]+/, '')
      .trim();
    if (!name) {
      pending = null;
      continue;
    }
    const rest = placed.filter((t, k) => t !== '' && !LEVELS.includes(columns[k]!));
    pending = { level1, level2, name, rest, cells: {}, line: row.line };
    setNameAt(pending, row, row.cols[row.cells.findIndex((c) => c.replace(/^[★☆]+/, '').trim() === name)]);
    if (byPosition) keepPlaces(pending, byPosition, columns);
    else placeAfterName(pending, columns);
    records.push(pending);
    if (stream[row.first]!.row === lastRow) atEnd = pending;
  }
  // A name alone that is itself a level label (质量 |, 时效 | left empty) is an empty slot, not an indicator;
  // so is the next level's label cut off where the excerpt ends (……满意 as the copy's last line, its own row).
  // Under a 二级 of its own (服务对象满意度指标 | 满意度), though, a level's word is the 三级's name: a slot would
  // repeat its 二级 or stand where the table has no 二级 column.
  // A page's footer copied under the table (qrcode, 联系客服 关注微信 下载APP 返回顶部) is no row either.
  const kept = records.filter(
    (r) =>
      !isEmptyBudgetLine(r) &&
      !(isPageChrome(r.name) && !hasValues(r)) &&
      (hasValues(r) ||
        ((levelLabel(r.name) === null || namedUnderLevel2(r)) &&
          !(r === atEnd && (isLevelCutAtEnd(r.name) || isHeadingCutAtEnd(r.name))))),
  );
  moveLoneFiguresToTarget(kept, columns);
  moveLoneActualsToTarget(kept, columns);
  return { columns, records: kept, level1Weights, start: band.start, end };
}

/**
 * A row's first cell worded as the 二级 its group is under, yet otherwise than that 二级 was printed with its 指标
 * (服务对象满意度 under 服务对象满意度指标 | 服务回访满意率 | 93%): a merged 二级 is printed once, or repeated as it
 * was, so this is the row's 三级 — its name — not the 二级 opened again.
 */
function isLevel2Worded(
  text: string,
  level1: string | null,
  level2: string | null,
  printed: string,
): boolean {
  const label = levelLabel(text);
  if (!label || level2 === null || label.level !== 2 || label.weight) return false;
  const key = labelKey(text);
  return (
    canonical2(level1, label.name) === level2 &&
    !/指标$/.test(key) &&
    /指标$/.test(labelKey(printed)) &&
    key !== labelKey(printed)
  );
}

/**
 * 预算执行率 | 预算执行率 under the indicators: a template's budget line closing the table, its label across the
 * level columns and again where a name stands, left empty: no indicator.
 */
function isEmptyBudgetLine(r: TableRecord): boolean {
  if (budgetColumnOf(r.name) !== 'rate') return false;
  const key = labelKey(r.name);
  return Object.values(r.cells).every((v) => !v || labelKey(v) === key);
}

/** A beginning this long of a column's heading is read as that heading cut by the copy's end. */
const CUT_HEADING_MIN = 3;

/**
 * The header's last heading cut where the copy ends (… | 全年实际完成值 | 未完成原): the beginning of a column's
 * heading, not an indicator's name.
 */
function isHeadingCutAtEnd(name: string): boolean {
  const key = labelKey(name);
  return (
    key.length >= CUT_HEADING_MIN &&
    indicatorColumnOf(key) === null &&
    indicatorColumnSpellings().some(([spelling]) => spelling.length > key.length && spelling.startsWith(key))
  );
}

/** A row's name under a 二级 that is not that 二级 written again (质量指标 | 质量). */
function namedUnderLevel2(r: TableRecord): boolean {
  if (r.level2 === null) return false;
  const [l2, name] = [labelKey(r.level2), labelKey(r.name)];
  return l2 !== name && l2.replace(/指标$/, '') !== name;
}

/** 指标性质 | 指标值 | 度量单位 printed apart → one 指标值 as a person writes it: ≧ 100 % → ≧100%. */
export function composeTarget(cells: Partial<Record<IndicatorColumn, string>>): void {
  const value = cells.targetValue ?? cells.target ?? '';
  delete cells.targetValue;
  if (value) cells.target = value;
  // Kept as printed (≧, ＝, ﹦ …) when it stands for a comparator; the grammar reads the look-alikes. Two such
  // columns (指标性质 正向 | 指标方向 大于等于) were joined: the one that holds a comparator gives it.
  const op =
    (cells.op ?? '')
      .split('；')
      .map((p) => p.trim())
      // >= and <= typed as two characters where the export has no ≥ or ≤; a comparison written in words.
      .find((p) => /^(?:[≥≤=><]|>=|<=)$/.test(toHalfWidth(p)) || COMPARATOR_WORD.test(labelKey(p))) ?? '';
  if (value && /^[\d.]+$/.test(toHalfWidth(value))) cells.target = `${op}${value}${cells.unit ?? ''}`;
  // ≥98 | %: a comparator the copy kept with its figure still takes the 单位 column's unit.
  else if (value && /^(?:[≥≤=><]|>=|<=)[\d.]+$/.test(toHalfWidth(value)) && cells.unit)
    cells.target = `${value}${cells.unit}`;
  else if (value && op) cells.target = `${op}${value}`;
}

/** A bracketed note alone, the rest of a heading broken over two lines: (标准), （分）, （万元）. */
function isHeadingNote(text: string): boolean {
  return /^[(（]\p{Script=Han}{1,4}[)）]$/u.test(text.trim());
}
