// A scoring table that prints each level's points right after the level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 |
// 分值 | 得分 — 海南's 项目绩效自评表: 项目决策 | 20 | 项目目标 | 4 | 目标内容 | 4 | 4), copied one cell per line:
// the merged level cells come once for the rows under them, so a row is 7, 5 or 3 cells long. Read by what
// follows each name: a level's name is followed by its points alone, an indicator's by its 分值 and 得分. The
// rows are given back whole, under a header of the levels, the name and the row's points.
import type { Row } from '../rows/row.ts';
import { STREAM_CONFIDENCE } from './cell-stream-confidence.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';
import { levelLabel } from './evaluation-cells.ts';

/** Points as a 分值 or 得分 cell prints them. */
const POINTS = /^\d{1,3}(\.\d{1,2})?$/;

/** An indicator table this long at least before the reading is trusted. */
const MIN_ROWS = 3;

const single = (r: Row | undefined) => r !== undefined && r.cells.length === 1;

interface Header {
  start: number;
  end: number;
  /** The level columns, each followed by its points in the header (level1, level2). */
  levels: IndicatorColumn[];
  /** The labels of the columns a rebuilt row holds: the levels, the name and the row's own points. */
  labels: string[];
  /** How many points an indicator's row prints after its name (分值, 得分). */
  trailing: number;
}

/** The header: one-cell rows of labels where a 分值 follows a level, then the name and the row's points. */
function levelPointsHeader(rows: readonly Row[]): Header | null {
  for (let i = 0; i < rows.length; i++) {
    const cols: IndicatorColumn[] = [];
    let j = i;
    for (; single(rows[j]); j++) {
      const column = indicatorColumnOf(rows[j]!.cells[0]!.trim());
      if (column === null) break;
      cols.push(column);
    }
    const name = cols.indexOf('name');
    const head = cols.slice(0, Math.max(name, 0));
    const tail = cols.slice(name + 1);
    const levels = head.filter((_, k) => k % 2 === 0);
    const paired =
      head.length >= 2 &&
      head.length % 2 === 0 &&
      levels.every((c) => c === 'level1' || c === 'level2') &&
      head.every((c, k) => k % 2 === 0 || c === 'weight');
    if (name > 0 && paired && tail.length > 0 && tail.every((c) => c === 'weight' || c === 'score')) {
      const label = (k: number) => rows[i + k]!.cells[0]!.trim();
      return {
        start: i,
        end: j,
        levels,
        labels: [
          ...levels.map((_, k) => label(2 * k)),
          label(name),
          ...tail.map((_, k) => label(name + 1 + k)),
        ],
        trailing: tail.length,
      };
    }
    if (j > i) i = j - 1;
  }
  return null;
}

/**
 * The rows with such a table rebuilt, one row per indicator with its levels filled down, or null where the rows
 * hold none (the header's pattern, then three indicator rows at least).
 */
export function rowsFromLevelPoints(rows: readonly Row[]): Row[] | null {
  const header = levelPointsHeader(rows);
  if (!header) return rowsFromCelledLevelPoints(rows);
  let end = header.end;
  while (single(rows[end])) end++;
  const cells = rows.slice(header.end, end).map((r) => r.cells[0]!.trim());
  const numbersAfter = (i: number) => {
    let j = i + 1;
    while (j < cells.length && POINTS.test(cells[j]!)) j++;
    return j - i - 1;
  };
  const depth = header.levels.length;
  const current: string[] = new Array<string>(depth).fill('');
  const body: string[][] = [];
  let i = 0;
  while (i < cells.length && !POINTS.test(cells[i]!)) {
    const n = numbersAfter(i);
    if (n === header.trailing) {
      body.push([...current, cells[i]!, ...cells.slice(i + 1, i + 1 + n)]);
    } else if (n === 1) {
      // A level with its points: the deepest level, unless more levels with points follow it right away.
      let k = 0;
      let at = i;
      while (at < cells.length && numbersAfter(at) === 1) [k, at] = [k + 1, at + 2];
      const level = Math.max(0, depth - k);
      current[level] = cells[i]!;
      for (let d = level + 1; d < depth; d++) current[d] = '';
    } else break;
    i += n + 1;
  }
  if (body.length < MIN_ROWS) return null;
  // Levels no framework names (项目决策, 决策过程 of a scoring template) would be read for the names beside them,
  // a name that is some framework's level (财务管理) for a level: such levels are left out of the rows.
  const known = body.every((r) => r.slice(0, depth).every((c) => c === '' || levelLabel(c) !== null));
  const kept = (r: string[]) => (known ? r : r.slice(depth));
  const rebuilt = (c: string[]): Row => ({ cells: kept(c), table: true, confidence: STREAM_CONFIDENCE });
  return [
    ...rows.slice(0, header.start),
    rebuilt(header.labels),
    ...body.map(rebuilt),
    // The cells the reading stopped at (a cut copy's last level or name) stay as they came.
    ...rows.slice(header.end + i),
  ];
}

/** Where a table row that is such a header puts the levels, the name and the row's own points. */
interface CelledHeader {
  at: number;
  width: number;
  levels: number[];
  name: number;
  tail: number[];
  labels: string[];
}

/** The header as one table row of cells (a saved page's, a sheet's or a document's): the same pattern, in columns. */
function celledLevelPointsHeader(rows: readonly Row[]): CelledHeader | null {
  for (let at = 0; at < rows.length; at++) {
    const r = rows[at]!;
    if (!r.table || r.cells.length < 5) continue;
    const filled = r.cells.flatMap((c, j) => (c.trim() === '' ? [] : [j]));
    const cols = filled.map((j) => indicatorColumnOf(r.cells[j]!.trim()));
    if (cols.some((c) => c === null)) continue;
    const name = cols.indexOf('name');
    const head = cols.slice(0, Math.max(name, 0));
    const tail = cols.slice(name + 1);
    const paired =
      head.length >= 2 &&
      head.length % 2 === 0 &&
      head.every((c, k) => (k % 2 === 0 ? c === 'level1' || c === 'level2' : c === 'weight'));
    if (name <= 0 || !paired || tail.length === 0 || !tail.every((c) => c === 'weight' || c === 'score'))
      continue;
    const levels = filled.slice(0, name).filter((_, k) => k % 2 === 0);
    const tailAt = filled.slice(name + 1);
    return {
      at,
      width: r.cells.length,
      levels,
      name: filled[name]!,
      tail: tailAt,
      labels: [...levels, filled[name]!, ...tailAt].map((j) => r.cells[j]!.trim()),
    };
  }
  return null;
}

/**
 * The same table as rows of cells: a merged level's cell comes in its first row only (the rows under it hold
 * ''), its points beside it. Each row whose name has its points is an indicator under the levels filled down; a
 * row that stops at a name without points (a cut copy's last) ends the table. Null where the rows hold no such
 * table (the header's pattern, then three indicator rows at least).
 */
function rowsFromCelledLevelPoints(rows: readonly Row[]): Row[] | null {
  const header = celledLevelPointsHeader(rows);
  if (!header) return null;
  const current: string[] = header.levels.map(() => '');
  const body: Array<{ cells: string[]; line?: number }> = [];
  let end = header.at + 1;
  for (; end < rows.length; end++) {
    const r = rows[end]!;
    if (!r.table || r.cells.length !== header.width) break;
    const cell = (j: number) => r.cells[j]!.trim();
    header.levels.forEach((j, d) => {
      if (cell(j) === '') return;
      current[d] = cell(j);
      current.fill('', d + 1);
    });
    const points = header.tail.map(cell);
    if (cell(header.name) === '' || !points.some((p) => POINTS.test(p))) break;
    if (!points.every((p) => p === '' || POINTS.test(p))) break;
    body.push({
      cells: [...current, cell(header.name), ...points],
      ...(r.line !== undefined ? { line: r.line } : {}),
    });
  }
  if (body.length < MIN_ROWS) return null;
  // The table's last row, stopped at a name without points (a cut copy's 项目效益 | 40 | 经济), holds no indicator.
  const next = rows[end];
  const cutLast =
    next !== undefined &&
    next.table &&
    next.cells.length === header.width &&
    header.tail.every((j) => next.cells[j]!.trim() === '') &&
    (end + 1 >= rows.length || !rows[end + 1]!.table || rows[end + 1]!.cells.length !== header.width);
  if (cutLast) end++;
  const depth = header.levels.length;
  // As above: levels no framework names are left out of the rows.
  const known = body.every((b) => b.cells.slice(0, depth).every((c) => c === '' || levelLabel(c) !== null));
  const kept = (c: string[]) => (known ? c : c.slice(depth));
  const line = rows[header.at]!.line;
  return [
    ...rows.slice(0, header.at),
    { cells: kept(header.labels), table: true, ...(line !== undefined ? { line } : {}) },
    ...body.map((b) => ({ ...b, cells: kept(b.cells), table: true })),
    ...rows.slice(end),
  ];
}
