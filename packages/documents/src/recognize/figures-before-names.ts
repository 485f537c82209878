// A spreadsheet's text layer, one cell a line, reads a sheet row by row across merged cells: where an
// indicator's name spans two sheet rows (its 二级 merged over them), the figures of the rows under it come out
// first, one complete group after another (年度指标值 | 实际完成值 | 分值 | 得分 each), after the last row that
// printed its own, and the names of those rows follow with no figure of their own; the 总分's two figures come
// last among them, before the 总分 label. Each surplus group is given back, in order, to the numbered row names
// after it that stand without figures, and a last lone pair to the 总分.
import type { Row } from '../rows/row.ts';
import { isLevelName } from './level-names.ts';
import { isValueShaped } from './tokenize.ts';

/** A numbered row name of the template (指标1:…, or 1:… where the 指标 went to the cell before). */
const ROW_NAME = /^(?:指标)?\d{1,2}[:：]\p{Script=Han}/u;
const BARE = /^\d+(?:\.\d+)?$/;
/** The rest of a name the copy broke onto a line of its own: words only, no level name. */
const NAME_REST = /^[\p{Script=Han}，,、“”（）()]+$/u;
const TOTAL = /^(总分|合计|总计)$/;

const single = (r: Row) => r.cells.filter((c) => c.trim() !== '').length === 1;
const textOf = (r: Row) => r.cells.find((c) => c.trim() !== '')!.trim();
const isFigure = (r: Row) => single(r) && isValueShaped(textOf(r));
/** The opening words of the 一级 / 二级 names (a closed list): a line opening with one is a level name broken. */
const LEVEL_OPENING = /^(产出|效益|满意|成本|数量|质量|时效|经济|社会|生态|可持续|服务对象)/;
const isRest = (r: Row) =>
  single(r) &&
  NAME_REST.test(textOf(r)) &&
  !/指标$/.test(textOf(r)) &&
  !LEVEL_OPENING.test(textOf(r)) &&
  !TOTAL.test(textOf(r)) &&
  isLevelName(textOf(r)) === null;

/** Target, actual, 分值, 得分: two values and two bare numbers, the score within the weight. */
function isGroup(cells: readonly string[]): boolean {
  const [, , weight, score] = cells;
  return (
    cells.length === 4 &&
    BARE.test(weight!) &&
    BARE.test(score!) &&
    Number(score) <= Number(weight) &&
    Number(weight) <= 100
  );
}

/** The rows with each surplus group of figures moved to the row name it belongs to; the rows unchanged else. */
export function placeFiguresBeforeNames(rows: readonly Row[]): Row[] {
  const names = rows.flatMap((r, k) => (single(r) && ROW_NAME.test(textOf(r)) ? [k] : []));
  for (const at of names) {
    // The name, the rest of it on lines of its own, then its figures.
    let k = at + 1;
    while (k < rows.length && isRest(rows[k]!)) k++;
    const start = k;
    while (k < rows.length && isFigure(rows[k]!)) k++;
    const figures = rows.slice(start, k).map(textOf);
    if (figures.length < 8 || !isGroup(figures.slice(0, 4))) continue;
    const groups: string[][] = [];
    for (let g = 4; g + 4 <= figures.length && isGroup(figures.slice(g, g + 4)); g += 4)
      groups.push(figures.slice(g, g + 4));
    const left = figures.slice(4 + 4 * groups.length);
    const pair = left.length === 2 && left.every((f) => BARE.test(f)) ? left : null;
    if (left.length > 0 && !pair) continue;
    // The row names after the run that print no figure, one per group, in order.
    const takers: number[] = [];
    for (const n of names) {
      if (n < k || takers.length === groups.length) continue;
      let end = n + 1;
      while (end < rows.length && isRest(rows[end]!)) end++;
      const next = names.find((m) => m > n) ?? rows.length;
      if (rows.slice(n + 1, next).some(isFigure)) break;
      takers.push(end);
    }
    if (takers.length !== groups.length) continue;
    const totalAt = pair ? rows.findIndex((r, j) => j >= k && single(r) && TOTAL.test(textOf(r))) : -1;
    if (pair && totalAt < 0) continue;
    const cell = (text: string, like: Row): Row => ({ ...like, cells: [text] });
    const inserts = new Map<number, Row[]>();
    takers.forEach((end, g) =>
      inserts.set(
        end,
        groups[g]!.map((f) => cell(f, rows[end - 1]!)),
      ),
    );
    if (pair)
      inserts.set(totalAt + 1, [
        ...(inserts.get(totalAt + 1) ?? []),
        ...pair.map((f) => cell(f, rows[totalAt]!)),
      ]);
    const out: Row[] = [];
    rows.forEach((r, j) => {
      out.push(...(inserts.get(j) ?? []));
      if (j < start + 4 || j >= k) out.push(r);
    });
    out.push(...(inserts.get(rows.length) ?? []));
    return out;
  }
  return [...rows];
}
