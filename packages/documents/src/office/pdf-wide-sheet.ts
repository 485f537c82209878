// A sheet wider than its page: printed without "fit to width", its right columns come out on later pages (after
// all the pages of its left columns, or right after each one). Such a page's table stands on the very row
// boundaries of the table it continues sideways, on other column boundaries; its rows are that table's rows'
// right ends, put back at the end of them.
import type { Row } from '../rows/row.ts';
import { lineGroups, spaceBetween, type Piece, type RuledTable } from './pdf-tables.ts';

/** A table as laid out on its page: its boundaries, and the row emitted for each row of its grid (null: none). */
export interface PrintedTable {
  ys: number[];
  xs: number[];
  slots: Array<Row | null>;
  /** The lines that stood above it on its page (cut parts of cells merged across the whole width repeat there). */
  above: string[];
  /** Rows a right part made with no left row of their own (beside one merged down from above), by where their top
   *  stood: a later right part's row standing there goes on at their end. */
  alone?: Array<{ top: number; row: Row }>;
}

/** How many earlier tables are kept to be continued sideways: a sheet's pages down before it goes over. */
const KEPT = 12;

const close = (a: number[], b: number[], tol: number) =>
  a.length === b.length && a.every((v, k) => Math.abs(v - b[k]!) < tol);
/** The same rows: the boundaries of one all among the other's, most of them shared (a cell merged down over two
 *  rows, or across the top row, on one part draws no border on that part, so that part may show fewer). Or the
 *  right part's among the left's but for one in eight (a row the left merges down over every column, a two-row
 *  header beside one-row labels) while it shares most of the left's, or its last one and a few rows before it (the
 *  rest: rows the right leaves empty and without borders, a sheet's head over a right part that starts lower). */
const sameRows = (left: number[], right: number[]) => {
  const among = (y: number, ys: number[]) => ys.some((z) => Math.abs(y - z) < 1);
  const [few, many] = left.length <= right.length ? [left, right] : [right, left];
  if (few.length * 2 >= many.length && few.every((y) => among(y, many))) return true;
  const shared = right.filter((y) => among(y, left)).length;
  const sameEnd = Math.abs(left.at(-1)! - right.at(-1)!) < 1 && shared >= 4;
  return (
    right.length - shared <= Math.max(1, Math.floor(right.length / 8)) &&
    (shared * 2 >= left.length || sameEnd)
  );
};

/** Boundaries of several tables as one set, top to bottom (a boundary two tables share counted once). */
function unionOf(values: number[], descending: boolean): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => (descending ? b - a : a - b)))
    if (!out.some((u) => Math.abs(u - v) < 1.5)) out.push(v);
  return out;
}

/** The tables at the top of a page that continue an earlier table sideways, and the table they continue. */
export interface SidewaysRun {
  left: PrintedTable;
  /** How many of the page's tables, from the one asked for, are the right part. */
  count: number;
}

/**
 * The earlier table the page's tables from `from` on continue sideways: on the same row boundaries together (every
 * one, as a sheet's rows keep their heights on every page they print on) under other column boundaries — a table
 * going on down the next page, or a template printed again, stands on the same columns. The right part may stand
 * as several tables: rows without borders there (cells left empty on the right of a label row) part it, each
 * part on some of the left's rows. As many tables as fit are taken.
 */
export function sidewaysRun(
  tables: readonly RuledTable[],
  from: number,
  printed: readonly PrintedTable[],
): SidewaysRun | undefined {
  for (let count = tables.length - from; count >= 1; count--) {
    const part = tables.slice(from, from + count);
    const ys = unionOf(
      part.flatMap((t) => t.ys),
      true,
    );
    if (ys.length < 3) continue;
    const left = printed.find(
      (t) =>
        sameRows(t.ys, ys) &&
        part.every(
          (p) => !close(t.xs, p.xs, 1.5) && p.ys[0]! < t.ys[0]! + 1 && p.ys.at(-1)! > t.ys.at(-1)! - 1,
        ),
    );
    if (left) return { left, count };
  }
  return undefined;
}

/** A right part's row, where its top stood, its cells on its own table's column boundaries. */
export interface SidewaysRow {
  top: number;
  row: Row;
  xs: number[];
}

/** The columns of all the right part's tables: a row's cells (or how sure each is) put on them (a one-row table
 *  over a few of them); `empty` where the row has no cell. */
function onColumns<T>(values: T[], xs: number[], columns: number[], empty: T): T[] {
  const out = Array<T>(columns.length - 1).fill(empty);
  values.forEach((v, j) => {
    const c = columns.findIndex((x) => Math.abs(x - xs[j]!) < 1.5);
    if (c >= 0 && c < out.length) out[c] = v;
  });
  return out;
}

/** Cells put at a row's end. A scan's row says how sure each cell is (by column): the added ones' say kept too. */
function append(row: Row, cells: string[], sure: number[] | undefined): void {
  if (sure || row.cellConfidence) {
    const own = row.cellConfidence ?? row.cells.map(() => row.confidence ?? 1);
    row.cellConfidence = [...own, ...(sure ?? cells.map(() => 1))];
    row.confidence = Math.min(...row.cellConfidence);
  }
  row.cells.push(...cells);
}

/**
 * The rows of a table's right part (its `tables` on the page) put at the end of the rows they continue (in place:
 * those are emitted already), each into the left row whose span holds it; a left row with nothing on the right is padded with empty
 * cells. A second right row beside one left row merged down over both
 * (a header's 年度指标值 over 指标性质 | 指标值 | 度量单位, beside 一级指标 merged down), or one beside a row left
 * empty on the left, follows the last left row above it, its left cells empty: recorded in `following`, put in
 * place by withFollowing. Returns the right part's rows above every left row, empty on the left, to be emitted
 * after.
 */
export function joinSideways(
  left: PrintedTable,
  tables: ReadonlyArray<{ xs: number[] }>,
  parts: SidewaysRow[],
  following: Map<Row, Row[]>,
): Row[] {
  const leftWidth = left.xs.length - 1;
  // The columns of the part's tables (not of its rows: a part may hold none).
  const columns = unionOf(
    tables.flatMap((t) => t.xs),
    false,
  );
  const width = columns.length - 1;
  const taken = new Set<number>();
  const rest: Row[] = [];
  // The rows' width before this part: the left columns and the parts put on before it.
  const before = Math.max(leftWidth, ...left.slots.map((row) => row?.cells.length ?? 0));
  const alone = (left.alone ??= []);
  const grown = new Set<Row>();
  for (const { top, row: part, xs } of parts) {
    const cells = onColumns(part.cells, xs, columns, '');
    const sure = part.cellConfidence && onColumns(part.cellConfidence, xs, columns, 1);
    const r = left.ys.findIndex(
      (y, i) => i < left.ys.length - 1 && y >= top - 1 && left.ys[i + 1]! < top - 1,
    );
    const row = r >= 0 ? left.slots[r] : null;
    // Else the row it stands beside is one merged down from above, or empty on the left: after the last row above.
    const above = r >= 0 ? left.slots.slice(0, r + 1).findLast((x) => x !== null) : undefined;
    if (row && !taken.has(r)) {
      taken.add(r);
      append(row, cells, sure);
      continue;
    }
    // A row an earlier part made beside this grid row (the band's second row, 指标性质 | 年初目标值, then 度量单位 on
    // the next part's page): this part's cells go on at its end, in their columns.
    const earlier = alone.find((a) => Math.abs(a.top - top) < 1 && !grown.has(a.row))?.row;
    if (earlier) {
      grown.add(earlier);
      append(earlier, cells, sure);
      continue;
    }
    const own: Row = { ...part, cells: Array<string>(before).fill('') };
    delete own.cellConfidence;
    if (sure) own.cellConfidence = Array<number>(before).fill(1);
    append(own, cells, sure);
    grown.add(own);
    alone.push({ top, row: own });
    if (above) following.set(above, [...(following.get(above) ?? []), own]);
    else rest.push(own);
  }
  left.slots.forEach((row, r) => {
    if (row && !taken.has(r)) append(row, Array<string>(width).fill(''), undefined);
  });
  // Rows of earlier parts this one wrote nothing beside: padded, for a later part's cells to stand in their columns.
  for (const { row } of alone) if (!grown.has(row)) append(row, Array<string>(width).fill(''), undefined);
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

/** A text with its spaces left out, to compare a cell's text as two pages print it. */
const bare = (t: string) => t.replace(/\s+/g, '');

/** Whether `short`'s characters stand in `long` in the same order (a text the page's edge clipped, of its whole). */
function clippedOf(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (k < short.length && ch === short[k]) k++;
  return k === short.length;
}

/** Fewest characters a cut cell's two parts must share to be joined over them. */
const MIN_OVERLAP = 2;

/** The length of the longest end of `before` that `after` starts with (0: none). */
function overlapOf(before: string, after: string): number {
  for (let n = Math.min(before.length, after.length); n > 0; n--)
    if (before.endsWith(after.slice(0, n))) return n;
  return 0;
}

/**
 * The text of a left cell the page's edge cut, drawn whole again on the right part's page: LibreOffice prints a
 * cell running over the cut on both pages, on the right one from where the cell would start (left of the right
 * part's first border, its end perhaps inside the part's first column: 207101天津市河北区人 beside 度量单位). The
 * pieces that start left of the right part, on its rows, are such texts: each row's taken off the page and, when
 * it holds more than the left row's last cell kept (成原因和改进措 of 成原因和改进措施), put in that cell's place, or
 * when it goes on from that cell's end, added to it. Returns the pieces taken.
 */
export function cutCells(
  left: PrintedTable,
  part: readonly RuledTable[],
  pieces: readonly Piece[],
): Set<Piece> {
  const start = Math.min(...part.map((t) => t.xs[0]!));
  const top = Math.max(...part.map((t) => t.ys[0]!));
  const bottom = Math.min(...part.map((t) => t.ys.at(-1)!));
  const taken = new Set<Piece>();
  const byRow = new Map<Row, Piece[]>();
  for (const p of pieces) {
    const mid = p.y + p.size * 0.3;
    if (p.text.trim() === '' || p.x >= start - 1 || mid > top || mid < bottom) continue;
    const r = left.ys.findIndex((y, i) => i < left.ys.length - 1 && mid <= y && mid >= left.ys[i + 1]!);
    // A cell merged down keeps its text on the row it starts on.
    const row = r >= 0 ? left.slots.slice(0, r + 1).findLast((x) => x !== null) : undefined;
    if (!row) continue;
    taken.add(p);
    byRow.set(row, [...(byRow.get(row) ?? []), p]);
  }
  const width = left.xs.length - 1;
  for (const [row, own] of byRow) {
    const text = lineGroups(own)
      .map((line) => {
        line.sort((a, b) => a.x - b.x);
        let out = '';
        let end = -Infinity;
        for (const p of line) {
          if (out !== '' && spaceBetween(out, p.text, p.x - end, p.size)) out += ' ';
          out += p.text;
          end = p.x + p.width;
        }
        return out.trim();
      })
      .join('');
    const j = row.cells.slice(0, width).findLastIndex((c) => c.trim() !== '');
    if (j < 0) continue;
    const kept = bare(row.cells[j]!);
    const whole = bare(text);
    if (whole.length > kept.length && clippedOf(kept, whole)) row.cells[j] = text;
    else {
      // A text longer than both parts: this page's left edge cut its start too (县舒茶镇…治理工程 beside the left
      // page's 安徽省…国道段）治), the two overlapping by what both pages' margins showed: joined over that overlap.
      const overlap = overlapOf(kept, whole);
      if (overlap >= MIN_OVERLAP && overlap < whole.length)
        row.cells[j] = row.cells[j]!.trimEnd() + whole.slice(overlap);
    }
  }
  return taken;
}
