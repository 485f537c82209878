// A table copied from a web page one cell per line, every cell kept — the empty ones too, as blank lines — and
// no row boundary (江苏 宜兴: 目标名称 | 目标值 | 评价指标 | … | 得分, each on a line of its own, a section row
// 一、投入目标 followed by eight blank cells): the header's run of column labels says how many cells a row has,
// and the body is that many cells at a time. The grid is kept only where it holds: every row opens with a cell,
// and the score columns hold points. Cut-off copies keep their last row as far as it goes.
// The band's caption merged down its first column (绩效指标(90分), 四川's 部门预算项目支出绩效自评表) is printed once,
// beside the header, and never in a row: it is no column of the grid. A total row (合计 | 100) merges its label over
// the row's first cells and is narrower than the header: the grid ends there, and the lines from it stay lines.
import type { Row } from '../rows/row.ts';
import { STREAM_CONFIDENCE } from './cell-stream-confidence.ts';
import { endsIndicatorTable } from './evaluation-head-labels.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';

/** A header this wide at least: fewer columns are read well by the streams' own readings. */
const MIN_COLUMNS = 5;

/** Points as a 分值 or 得分 cell prints them. */
const POINTS = /^\d{1,3}(\.\d{1,2})?$/;

/** A figure alone, as a value or points cell prints it (10, 0.9%, ≥95%): what no row opens with. */
const FIGURE = /^[≥≤=＝<>]?\s*\d[\d.,]*\s*[%％]?$/;

const single = (r: Row | undefined) => r !== undefined && r.cells.length === 1;

/** The header: the longest run of one-cell rows that are each a column label, naming the indicator and its points. */
function headerRun(rows: readonly Row[]): { start: number; columns: IndicatorColumn[] } | null {
  for (let i = 0; i < rows.length; i++) {
    // The band's caption (绩效指标) holds nothing per row: a run starts after it.
    if (single(rows[i]) && indicatorColumnOf(rows[i]!.cells[0]!.trim()) === 'section') continue;
    const columns: IndicatorColumn[] = [];
    let j = i;
    for (; single(rows[j]); j++) {
      const column = indicatorColumnOf(rows[j]!.cells[0]!.trim());
      if (column === null) break;
      columns.push(column);
    }
    if (columns.length >= MIN_COLUMNS && columns.includes('name') && columns.includes('score'))
      return { start: i, columns };
    if (j > i) i = j - 1;
  }
  return null;
}

/**
 * The rows with a one-cell-per-line table rebuilt on its header's width, or null where the rows hold no such
 * table (a header run of column labels, then body cells that fall into rows of that width).
 */
export function gridFromCellLines(rows: readonly Row[]): Row[] | null {
  const header = headerRun(rows);
  if (!header) return null;
  const width = header.columns.length;
  const points = header.columns.flatMap((c, i) => (c === 'score' || c === 'weight' ? [i] : []));
  const bodyStart = header.start + width;
  let end = bodyStart;
  while (single(rows[end])) end++;
  const lines = rows.slice(bodyStart, end).map((r) => r.cells[0]!.trim());
  // The table's total row (合计, 总分) or the remarks under it end the body where a row would open.
  let bodyCells = 0;
  while (bodyCells < lines.length && !endsIndicatorTable(lines[bodyCells]!)) bodyCells += width;
  end = bodyStart + Math.min(bodyCells, lines.length);
  const cells = lines.slice(0, end - bodyStart);
  const body: string[][] = [];
  for (let i = 0; i < cells.length; i += width) body.push(cells.slice(i, i + width));
  const full = body.filter((r) => r.length === width);
  // Every row opens with a cell (a name or a section's label); a row that opens empty, or with a figure (0.9%, 10:
  // a copy that left out the empty cells, so rows fall short of the header), is the grid askew.
  if (full.length < 2 || body.some((r) => r[0] === '' || FIGURE.test(r[0]!))) return null;
  // The points columns hold points (or nothing) in every full row, and points in two rows at least.
  const pointsHeld = (r: string[]) => points.every((i) => r[i] === '' || POINTS.test(r[i]!));
  const scored = full.filter((r) => points.some((i) => POINTS.test(r[i]!)));
  if (!full.every(pointsHeld) || scored.length < 2) return null;
  const at = (i: number) => rows[i]!;
  const rebuilt = (cellsOf: string[], from: number): Row => ({
    cells: cellsOf,
    table: true,
    ...(at(from).line !== undefined ? { line: at(from).line } : {}),
    confidence: STREAM_CONFIDENCE,
  });
  return [
    ...rows.slice(0, header.start),
    rebuilt(
      rows.slice(header.start, bodyStart).map((r) => r.cells[0]!.trim()),
      header.start,
    ),
    // A section's label over empty cells (一、投入目标, 1.数量目标) heads the rows under it and is no row of
    // its own: left out (the sections are no levels the indicator tree knows).
    ...body.flatMap((r, k) =>
      r.length === width && r.slice(1).every((c) => c === '') ? [] : [rebuilt(r, bodyStart + k * width)],
    ),
    ...rows.slice(end),
  ];
}
