// A page number printed bare (1, 2 … alone on a line, no — 3 — or 第 3 页 around it) in a copy with no marked
// page to count from. A bare figure alone on a line may as well be a value, so it is taken for a page number
// only by its place: it continues the file's run of page numbers (the first is 1, each next one a page further
// on, pages about as long as each other), and it cuts a table's row in two — the line before it does not end
// as the table's rows end, and with the line after it it does (5 / 1 / ③ among 5 ② … 5 ④ rows; a question's
// row cut after its 是/否 unit). A bare number between whole rows is left as it is.
import type { Row } from '../rows/row.ts';
import { isBlankCell } from '../rows/clean-cell.ts';
import { isValueShaped } from './tokenize.ts';

type Kind = 'marker' | 'answer' | 'figure' | 'empty' | 'text';

const filled = (r: Row) => r.cells.map((c) => c.trim()).filter((c) => !isBlankCell(c));

/** What a cell is, as far as a row's shape goes: a slot marker, a 是/否 answer, a figure, a placeholder (/), or words. */
function kindOf(cell: string): Kind {
  if (/^[①-⑳]$/.test(cell)) return 'marker';
  if (/^[/／\-—–－]$/.test(cell)) return 'empty';
  if (/^(?:是|否|有|无)$/.test(cell)) return 'answer';
  return isValueShaped(cell) ? 'figure' : 'text';
}

/** The row's last cells are those of `model`'s end, as far as the shorter goes (left cells may be merged). */
function endsAs(shape: readonly Kind[], model: readonly Kind[]): boolean {
  const n = Math.min(shape.length, model.length);
  for (let i = 1; i <= n; i++) if (shape[shape.length - i] !== model[model.length - i]) return false;
  return true;
}

/** How many whole rows of the table around a cut are asked for their shape, on each side. */
const AROUND = 2;
/**
 * How far from a cut those rows are looked for: a table's rows stand near it, and a file of lone figures (a
 * column copied one cell a line) must not be searched to its end from every figure.
 */
const REACH = 24;

/**
 * The shapes of the nearest rows of two cells or more before `from` (going back) or after it (going on) that
 * hold a value: the table's rows, not its header (words only).
 */
function shapesAround(rows: readonly Row[], from: number, step: -1 | 1): Kind[][] {
  const out: Kind[][] = [];
  const stop = from + step * REACH;
  for (let k = from; k >= 0 && k < rows.length && k !== stop && out.length < AROUND; k += step) {
    const cells = filled(rows[k]!);
    const shape = cells.map(kindOf);
    if (cells.length >= 2 && shape.some((c) => c !== 'text')) out.push(shape);
  }
  return out;
}

/** A half's cells: a line of text among single-spaced rows (a row's half no reader cut) cut at its spaces. */
function halfCells(row: Row, spaced: boolean): string[] {
  const cells = filled(row);
  return spaced && !row.table && cells.length === 1 ? cells[0]!.split(/[ \u3000]+/) : cells;
}

/**
 * The row `before` and `after` make, where a page break cut one row of the table in two: `before` ends as no
 * row around ends and the two together end as one does. `at` is the page number's line in `rows`.
 */
export function rowCutAt(rows: readonly Row[], at: number): Row | null {
  const before = rows[at - 1];
  const after = rows[at + 1];
  if (!before || !after) return null;
  // Rows cut at single spaces around (Row.gapless): a half left as one line of text is cut so too.
  const spaced = rows[at - 2]?.gapless === true || rows[at + 2]?.gapless === true;
  const left = halfCells(before, spaced);
  const right = halfCells(after, spaced);
  if (left.length === 0 || right.length === 0) return null;
  const models = [...shapesAround(rows, at - 2, -1), ...shapesAround(rows, at + 2, 1)];
  if (models.length === 0) return null;
  const first = left.map(kindOf);
  const joined = [...first, ...right.map(kindOf)];
  if (models.some((m) => endsAs(first, m)) || !models.some((m) => endsAs(joined, m))) return null;
  return { ...before, cells: [...left, ...right], table: true };
}

/**
 * The lines that are bare page numbers in a text with no marked one: the run 1, 2, … in order, each where its
 * page would end (page n's number near n times the first page's length) and cutting a row as rowCutAt says.
 */
export function barePageLines(rows: readonly Row[], lones: ReadonlyArray<string | null>): Set<number> {
  const out = new Set<number>();
  let next = 1;
  let length = 0;
  for (let k = 1; k < lones.length - 1; k++) {
    const t = lones[k];
    if (t === null || t === undefined || t !== String(next)) continue;
    if (next > 1 && Math.abs(k + 1 - length * next) > length / 2) continue;
    if (rowCutAt(rows, k) === null) continue;
    out.add(k);
    if (next === 1) length = k + 1;
    next++;
  }
  return out;
}
