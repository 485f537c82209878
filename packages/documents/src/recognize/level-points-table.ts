// A scoring table that prints each level's points right after the level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 |
// 分值 | 得分 — 海南's 项目绩效自评表: 项目决策 | 20 | 项目目标 | 4 | 目标内容 | 4 | 4), copied one cell per line:
// the merged level cells come once for the rows under them, so a row is 7, 5 or 3 cells long. Read by what
// follows each name: a level's name is followed by its points alone, an indicator's by its 分值 and 得分. The
// rows are given back whole, under a header of the levels, the name and the row's points.
import type { Row } from '../rows/row.ts';
import { STREAM_CONFIDENCE } from './cell-stream.ts';
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
  if (!header) return null;
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
