// A scoring table (海南's 服务贸易 自评表, corpus wide/428) prints each 一级 and 二级 followed by its points in a
// column of its own: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分. The points after a level are the sum of
// the weights of its indicators, not a value of any indicator: read as 分值 columns they joined the level's
// points to each indicator's weight (32；32；8) and, where a row left them out, pushed figures into the names.
// Those columns are taken out of the table's rows, so that the indicator's own 分值 (after the name) is its weight.
import type { Row } from '../rows/row.ts';
import { isBlankCell } from '../rows/clean-cell.ts';
import { indicatorColumnOf, mayNameWeight } from './evaluation-lexicon.ts';

/** Points as a level's column prints them: 45, 12.5, 30分. */
const POINTS = /^\d{1,3}(\.\d{1,2})?分?$/;

const columnOf = (cell: string) => (isBlankCell(cell.trim()) ? null : indicatorColumnOf(cell.trim()));
const blankOrPoints = (cell: string | undefined) =>
  cell === undefined || isBlankCell(cell.trim()) || POINTS.test(cell.normalize('NFKC').trim());

/** The positions of a header row's 分值 / 权重 headings standing right after 一级 or 二级, before the 三级; [] where none. */
function levelPointsAt(cells: readonly string[], above: readonly string[]): number[] {
  // Every table row is asked: a row without a weight heading is none, before its cells are looked up.
  if (!cells.some(mayNameWeight)) return [];
  const cols = cells.map(columnOf);
  const nameAt = cols.indexOf('name');
  // Only beside a target: a scoring table of 评价 (三级 | 分值 | 得分, no 指标值, wide/428 itself) is read by the rules
  // of its own (its levels' points kept with the levels).
  // The target's heading in the header row or in a band over it (年度指标值 merged down both rows).
  const target = [...cols, ...above.map(columnOf)].some((c) => c === 'target' || c === 'targetValue');
  // And only where the name column is a 三级 of its own or the indicator's own points follow it: under 指标内容
  // without them the 分值 after the last level is the weight of indicators named in that level's column
  // (一级 | 二级 | 分值 | 指标内容 | 指标值: the 二级 are the names).
  const thirdLevel = nameAt >= 0 && /三级/.test(cells[nameAt]!);
  const ownPoints = cols.some((c, k) => k > nameAt && c === 'weight');
  if (nameAt < 0 || !target || !(thirdLevel || ownPoints)) return [];
  const at: number[] = [];
  for (let k = 0; k + 1 < nameAt; k++)
    if ((cols[k] === 'level1' || cols[k] === 'level2') && cols[k + 1] === 'weight') at.push(k + 1);
  return at;
}

/** A header's band over it (绩效指标 over the levels): a table row of headings only, blank where the points stand. */
function isBandOver(row: Row, at: readonly number[]): boolean {
  if (!row.table || !at.every((k) => isBlankCell((row.cells[k] ?? '').trim()))) return false;
  return row.cells.every((c) => isBlankCell(c.trim()) || columnOf(c) !== null || /指标$/.test(c.trim()));
}

/** The rows with the level-points columns of each scoring table's header and rows taken out; others as they are. */
export function withoutLevelPoints(rows: readonly Row[]): Row[] {
  let out: Row[] | null = null;
  for (let h = 0; h < rows.length; h++) {
    const header = rows[h]!;
    if (!header.table) continue;
    const at = levelPointsAt(header.cells, h > 0 && rows[h - 1]!.table ? rows[h - 1]!.cells : []);
    if (at.length === 0) continue;
    out ??= [...rows];
    const drop = (k: number) => {
      out![k] = { ...rows[k]!, cells: rows[k]!.cells.filter((_, c) => !at.includes(c)) };
    };
    if (h > 0 && isBandOver(rows[h - 1]!, at)) drop(h - 1);
    drop(h);
    // The table's rows down to the first that prints something else where the points stand (a grade, a note).
    let k = h + 1;
    for (; k < rows.length && rows[k]!.table && at.every((c) => blankOrPoints(rows[k]!.cells[c])); k++)
      drop(k);
    h = k - 1;
  }
  return out ?? [...rows];
}
