// A page's running head: the short lines a printed sheet or document repeats at the top of every page (附件2,
// 内部资料, 打印日期：…), which stand above a table continued from the previous page and are no text of its own.
import { lineGroups, type Piece } from './pdf-tables.ts';

/** A line of text outside tables, where it stood on its page. */
export interface PlacedLine {
  text: string;
  y: number;
}

/** Lines of pieces, each as its text (pieces in reading order, no spaces) and baseline, with its pieces. */
export function placedLines(pieces: Piece[]): Array<PlacedLine & { pieces: Piece[] }> {
  return lineGroups(pieces).map((line) => ({
    text: [...line]
      .sort((p, q) => p.x - q.x)
      .map((p) => p.text.replace(/\s+/g, ''))
      .join(''),
    y: line[0]!.y,
    pieces: line,
  }));
}

const same = (a: PlacedLine, b: PlacedLine) => a.text === b.text && Math.abs(a.y - b.y) < 2;

/**
 * The lines above a page's first table that are a running head: lines already known as one, or lines that stood
 * at the same place above the previous page's first table while that page had more lines there that this one
 * does not repeat (its title, year, unit). A page that repeats every line above the previous page's table is a
 * new form printed on the same template, its title no running head.
 */
export function runningLines<L extends PlacedLine>(
  above: readonly L[],
  previousAbove: readonly PlacedLine[],
  known: readonly PlacedLine[],
): L[] {
  const repeated = above.filter((l) => previousAbove.some((p) => same(l, p)));
  const newHead = previousAbove.every((p) => repeated.some((l) => same(l, p)));
  return above.filter((l) => known.some((k) => same(l, k)) || (!newHead && repeated.some((r) => same(l, r))));
}
