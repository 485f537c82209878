// A sheet wider than its page: printed without "fit to width", its right columns come out on later pages (after
// all the pages of its left columns, or right after each one). Such a page's table stands on the very row
// boundaries of the table it continues sideways, on other column boundaries; its rows are that table's rows'
// right ends, put back at the end of them.
import type { Row } from '../rows/row.ts';
import type { RuledTable } from './pdf-tables.ts';

/** A table as laid out on its page: its boundaries, and the row emitted for each row of its grid (null: none). */
export interface PrintedTable {
  ys: number[];
  xs: number[];
  slots: Array<Row | null>;
  /** The lines that stood above it on its page (cut parts of cells merged across the whole width repeat there). */
  above: string[];
}

/** How many earlier tables are kept to be continued sideways: a sheet's pages down before it goes over. */
const KEPT = 12;

const close = (a: number[], b: number[], tol: number) =>
  a.length === b.length && a.every((v, k) => Math.abs(v - b[k]!) < tol);
/** The same rows: the boundaries of one all among the other's, most of them shared (a cell merged down over two
 *  rows, or across the top row, on one part draws no border there, so that part may show fewer). */
const sameRows = (a: number[], b: number[]) => {
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  return few.length * 2 >= many.length && few.every((y) => many.some((z) => Math.abs(y - z) < 1));
};

/**
 * The earlier table `table` continues sideways: the same row boundaries (every one, as a sheet's rows keep their
 * heights on every page they print on) under other column boundaries — a table going on down the next page, or a
 * template printed again, stands on the same columns.
 */
export function sidewaysOf(table: RuledTable, printed: readonly PrintedTable[]): PrintedTable | undefined {
  if (table.ys.length < 3) return undefined;
  return printed.find((t) => sameRows(t.ys, table.ys) && !close(t.xs, table.xs, 1.5));
}

/**
 * The rows of a table's right part put at the end of the rows they continue (in place: those are emitted
 * already), each into the left row whose span holds it; a left row with nothing on the right is padded with empty
 * cells. `rows[k]` is the grid row `at[k]` of `ys`. A second right row beside one left row merged down over both
 * (a header's 年度指标值 over 指标性质 | 指标值 | 度量单位, beside 一级指标 merged down), or one beside a row left
 * empty on the left, follows the last left row above it, its left cells empty: recorded in `following`, put in
 * place by withFollowing. Returns the right part's rows above every left row, empty on the left, to be emitted
 * after.
 */
export function joinSideways(
  left: PrintedTable,
  ys: number[],
  rows: Row[],
  at: number[],
  width: number,
  following: Map<Row, Row[]>,
): Row[] {
  const leftWidth = left.xs.length - 1;
  const taken = new Set<number>();
  const rest: Row[] = [];
  rows.forEach((part, k) => {
    const top = ys[at[k]!]!;
    const r = left.ys.findIndex(
      (y, i) => i < left.ys.length - 1 && y >= top - 1 && left.ys[i + 1]! < top - 1,
    );
    const row = r >= 0 ? left.slots[r] : null;
    // Else the row it stands beside is one merged down from above, or empty on the left: after the last row above.
    const above = r >= 0 ? left.slots.slice(0, r + 1).findLast((x) => x !== null) : undefined;
    const alone = { ...part, cells: [...Array<string>(leftWidth).fill(''), ...part.cells] };
    if (row && !taken.has(r)) {
      taken.add(r);
      row.cells.push(...part.cells);
    } else if (above) following.set(above, [...(following.get(above) ?? []), alone]);
    else rest.push(alone);
  });
  left.slots.forEach((row, r) => {
    if (row && !taken.has(r)) row.cells.push(...Array<string>(width).fill(''));
  });
  return rest;
}

/** The emitted rows with the rows that follow a row (see joinSideways) put right after it: call once at the end. */
export function withFollowing(rows: Row[], following: ReadonlyMap<Row, Row[]> | undefined): Row[] {
  if (!following || following.size === 0) return rows;
  return rows.flatMap((r) => [r, ...(following.get(r) ?? [])]);
}

/** Keeps a table laid out, for later pages to continue sideways. */
export function remember(printed: PrintedTable[], table: PrintedTable): void {
  printed.unshift(table);
  printed.splice(KEPT);
}

/** The grid rows' emitted rows, from the rows of a table and the grid row of each. */
export function slotsOf(table: RuledTable, rows: Row[], at: number[]): Array<Row | null> {
  const slots: Array<Row | null> = Array.from({ length: table.ys.length - 1 }, () => null);
  rows.forEach((r, k) => (slots[at[k]!] = r));
  return slots;
}
