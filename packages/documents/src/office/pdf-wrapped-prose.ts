// A PDF prints a paragraph as lines cut wherever the text column ends, inside words and figures (综合评 / 价得分为
// 99.8分, 全年度实际总支出 / 2595.6208 万元). Outside tables each line is a row, so a sentence the reader looks for is
// never whole. A line that runs to the column's right edge without closing its sentence, followed directly by a line
// of the same size starting at the column's left edge, is one paragraph with it: the two are joined.
import type { Row } from '../rows/row.ts';

/** A line of text outside tables, where it stood and how far it reached. */
export interface WrappedLine {
  y: number;
  size: number;
  left: number;
  right: number;
  row: Row;
  pageNumber: boolean;
}

/** Fewest characters a line must hold to be a column's full line: a short line reaching the edge is a title's. */
const MIN_FULL = 15;
/** Fewest lines of a page that must reach the same right edge: one long line alone shows no column. */
const MIN_EDGE_LINES = 2;
/** A word no line break cuts in a copy's layout: a figure, a bracketed number, a Latin run. */
const LEADING_RUN = /^[\x21-\x7e]+/;
/** A sentence's or a label's end: the line closes there, whatever its width. */
const CLOSED = /[。！？；：:;!?]\s*$/;
/** A heading's or a list item's mark opening a line: (二)… , 1、… , 一、… — a new paragraph. */
const OPENS_ITEM =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[、.．](?!\d))/;

/** The lines with each paragraph the page wrapped joined into its first line's row, in the order given. */
export function joinWrappedProse<L extends WrappedLine>(lines: L[]): L[] {
  const prose = lines.filter((l) => isProse(l));
  if (prose.length < 2) return lines;
  const edge = Math.max(...prose.map((l) => l.right));
  const margin = Math.min(...prose.map((l) => l.left));
  const reaches = (l: L) => l.right >= edge - l.size;
  if (prose.filter(reaches).length < MIN_EDGE_LINES) return lines;
  const full = (l: L) =>
    [...text(l)].length >= MIN_FULL && l.left <= margin + 3 * l.size && !CLOSED.test(text(l));
  // A line also ends short of the edge where the next line's first word, a figure or a Latin run, did not fit.
  const reachesBefore = (l: L, next: L) =>
    l.right >= edge - l.size * (1 + 0.6 * (LEADING_RUN.exec(text(next))?.[0].length ?? 0));
  const down = [...prose].sort((a, b) => b.y - a.y);
  const gone = new Set<L>();
  let open: L | null = null;
  let last: L | null = null;
  for (const l of down) {
    if (open && last && reachesBefore(last, l) && continues(last, l, margin)) {
      open.row = joinRows(open.row, l.row);
      gone.add(l);
    } else open = l;
    last = full(l) ? l : null;
  }
  return gone.size === 0 ? lines : lines.filter((l) => !gone.has(l));
}

function isProse(l: WrappedLine): boolean {
  return !l.pageNumber && !l.row.table && l.row.cells.length === 1;
}

function text(l: WrappedLine): string {
  return l.row.cells[0]!;
}

/** `next` is the line right under a full line `above`, of its size, at the column's left edge, no new item. */
function continues(above: WrappedLine, next: WrappedLine, margin: number): boolean {
  const size = above.size;
  const gap = above.y - next.y;
  return (
    gap > 0.8 * size &&
    gap < 2 * size &&
    Math.abs(next.size - size) <= 0.1 * size &&
    next.left <= margin + 0.5 * size &&
    !OPENS_ITEM.test(text(next))
  );
}

/** One row of two lines' text: a space only between two Latin words, as CJK text and figures run on. */
function joinRows(a: Row, b: Row): Row {
  const before = a.cells[0]!;
  const after = b.cells[0]!;
  const space = /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? ' ' : '';
  const sure = [a.cellConfidence?.[0], b.cellConfidence?.[0]].filter((s) => s !== undefined);
  const row: Row = { ...a, cells: [before + space + after] };
  return sure.length === 0
    ? row
    : { ...row, confidence: Math.min(...sure), cellConfidence: [Math.min(...sure)] };
}
