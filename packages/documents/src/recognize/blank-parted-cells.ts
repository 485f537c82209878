// A table a spreadsheet saved as a web page gives one cell per line, each closed by ' |', and every row's end (and
// every empty cell) as a lone '|' (a budget pack's sheet001.htm: 一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 |
// 评分细则, each on a line of its own, then a blank line, then the rows the same way). Cells merged down a column
// are printed once, at their first row: the rows under it are that many cells shorter. Under an indicator header
// run of one-cell lines, the body's blank lines part its rows, each row's cells set against the right end of the
// header (the merged cells on the left are the ones left out); a cell written over several lines (①… / ②…, the
// lines not closed by '|') is one cell. The grid is kept only where every row fits the header.
import type { Row } from '../rows/row.ts';
import { STREAM_CONFIDENCE } from './cell-stream-confidence.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { twoRowHeadings } from './header-lines.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';

/** A header this wide at least (fewer are read well enough as they stand). */
const MIN_COLUMNS = 4;
/** A column label is short: a longer one-cell line is a value. */
const MAX_LABEL = 24;

const oneCell = (r: Row | undefined): r is Row => r !== undefined && r.cells.length === 1;
const blank = (r: Row | undefined) => oneCell(r) && r.cells[0]!.trim() === '';
const filled = (r: Row | undefined): r is Row => oneCell(r) && r.cells[0]!.trim() !== '';

/** A cell that opens with a figure or its comparator (200, ≥90%, >=20平方米). */
const FIGURE_FIRST = /^[\d<>≤≥=＜＞＝]/;

/** Points as a 分值 cell prints them. */
const POINTS = /^\d{1,3}(\.\d{1,2})?$/;

/** The header's 分值 / 权重 columns. */
function weightColumns(header: readonly string[]): number[] {
  return header.flatMap((c, k) =>
    columnConcept(lexiconKey(c).replace(/(（[^）]*）)+$/, '')) === 'weight' ? [k] : [],
  );
}

/**
 * Where the copy's last row, cut off before its blank line, starts: the start that puts points under the 分值
 * column (过程指标 | 资金使用合规性 | 10 | ①… starts at 一级, 资金使用合规性 | 10 | ①… at 二级); without a 分值 column
 * or such a start, where the row above it started.
 */
function cutRowOffset(cells: readonly string[], width: number, weights: number[], above: number): number {
  if (weights.length > 0)
    for (let offset = 0; offset + cells.length <= width; offset++)
      if (weights.every((w) => w < offset || w >= offset + cells.length || POINTS.test(cells[w - offset]!)))
        if (weights.some((w) => w >= offset && w < offset + cells.length)) return offset;
  return Math.min(above, width - cells.length);
}

/** A header this wide at most (a longer run of short lines is a list, not a header). */
const MAX_COLUMNS = 16;

/**
 * The indicator header written one label a line that ends the run of short one-cell lines from `from` (the run
 * closed by a blank line): its start and end (-1 for none), and where the run ends. Only the run's last lines are
 * tried, so the search is linear in the rows however long the runs.
 */
function headerIn(rows: readonly Row[], from: number): { start: number; end: number; runEnd: number } {
  let end = from;
  while (filled(rows[end]) && rows[end]!.cells[0]!.trim().length <= MAX_LABEL) end++;
  if (end - from < MIN_COLUMNS || !blank(rows[end])) return { start: -1, end: -1, runEnd: end };
  for (let start = Math.max(from, end - MAX_COLUMNS); start + MIN_COLUMNS <= end; start++) {
    const cells = rows.slice(start, end).map((r) => r.cells[0]!.trim());
    if (isIndicatorHeader({ cells, table: true })) return { start, end, runEnd: end };
  }
  return { start: -1, end: -1, runEnd: end };
}

/** The body's rows: the cells between blank lines, a cell's lines not closed by '|' joined to the next. */
function bodyGroups(
  rows: readonly Row[],
  from: number,
  width: number,
): { groups: string[][]; closed: boolean[]; starts: number[]; end: number } {
  const groups: string[][] = [];
  const closed: boolean[] = [];
  const starts: number[] = [];
  let k = from;
  while (k < rows.length && oneCell(rows[k])) {
    const cells: string[] = [];
    const start = k;
    while (filled(rows[k])) {
      let text = rows[k]!.cells[0]!.trim();
      // A line the copy did not close with '|' goes on in the next line: one cell written over several.
      while (rows[k]!.table === false && filled(rows[k + 1]) && rows[k + 1]!.table === false) {
        k++;
        text += rows[k]!.cells[0]!.trim();
      }
      cells.push(text);
      k++;
    }
    if (cells.length === 0) break;
    groups.push(cells);
    starts.push(start);
    closed.push(blank(rows[k]));
    if (!blank(rows[k])) break;
    k++;
    // A row's empty cells (the merged ones it does not print) as lone '|' lines before the next row's: the body
    // goes on where a row of the table's width follows them.
    let next = k;
    while (blank(rows[next])) next++;
    if (next > k && fitsRow(rows, next, width)) k = next;
  }
  return { groups, closed, starts, end: k };
}

/** The one-cell lines from `from` up to the next blank line are two to `width` cells: a row of the table. */
function fitsRow(rows: readonly Row[], from: number, width: number): boolean {
  let n = 0;
  while (filled(rows[from + n])) n++;
  return n >= 2 && n <= width && blank(rows[from + n]);
}

/**
 * The rows with an indicator table written one cell a line, rows parted by blank lines, rebuilt as rows of the
 * header's width; null where the rows hold no such table.
 */
export function readBlankPartedCells(rows: readonly Row[]): Row[] | null {
  for (let i = 0; i < rows.length; i++) {
    if (!filled(rows[i])) continue;
    const found = headerIn(rows, i);
    if (found.start < 0) {
      // The whole run was tried: go on after it.
      i = Math.max(i, found.runEnd - 1);
      continue;
    }
    const headerEnd = found.end;
    i = found.start;
    const width = headerEnd - i;
    const { groups, closed, starts, end } = bodyGroups(rows, headerEnd + 1, width);
    // Two rows at least, each of two cells at least and none wider than the header.
    if (groups.length < 2 || groups.some((g) => g.length < 2 || g.length > width)) return null;
    // A row opens with its level or its name, never with a figure: a group that does was cut at an empty cell
    // inside a row (大楼安检巡察次数 | · | 200 | 次), which prints as a row's end does.
    if (groups.some((g) => FIGURE_FIRST.test(g[0]!))) return null;
    // A header printed in two rows (一级 … 目标值 / 指标 … 指标名称) is the readers' that join them, not a body row.
    const headings = rows.slice(i, headerEnd).map((r) => r.cells[0]!.trim());
    if (twoRowHeadings(headings, groups[0]!) !== null) return null;
    const rebuilt: Row[] = [];
    const weights = weightColumns(rows.slice(i, headerEnd).map((r) => r.cells[0]!.trim()));
    let offset = 0;
    groups.forEach((g, n) => {
      // A row closed by its blank line ends at the header's last column; the copy's last row, cut off, starts
      // where its points fall under the 分值 column.
      offset = closed[n] ? width - g.length : cutRowOffset(g, width, weights, offset);
      rebuilt.push({
        cells: [
          ...Array<string>(offset).fill(''),
          ...g,
          ...Array<string>(width - offset - g.length).fill(''),
        ],
        table: true,
        ...(rows[starts[n]!]!.line !== undefined ? { line: rows[starts[n]!]!.line } : {}),
        confidence: STREAM_CONFIDENCE,
      });
    });
    const header: Row = {
      cells: rows.slice(i, headerEnd).map((r) => r.cells[0]!.trim()),
      table: true,
      ...(rows[i]!.line !== undefined ? { line: rows[i]!.line } : {}),
      confidence: STREAM_CONFIDENCE,
    };
    return [...rows.slice(0, i), header, ...rebuilt, ...rows.slice(end)];
  }
  return null;
}
