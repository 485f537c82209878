// Pages for the PDF layout's tests: text pieces ten points a character and the ruled borders a sheet prints,
// laid out page after page as read-pdf does. Test support only.
import { endPages, layoutPage, type PageState } from './pdf-layout.ts';
import type { Piece, Rule } from './pdf-tables.ts';

export interface TestPage {
  pieces: Piece[];
  rules: Rule[];
}

export const piece = (text: string, x: number, y: number): Piece => ({
  text,
  x,
  y,
  width: text.length * 10,
  size: 10,
});

/** A row's texts, each 5 points into its column (columns left of `xs`), 15 under the row's top; '' for an empty cell. */
export const rowPieces = (xs: number[], top: number, texts: string[]): Piece[] =>
  texts.map((t, j) => piece(t, xs[j]! + 5, top - 15)).filter((p) => p.text !== '');

export interface GridOptions {
  /** [row border k, column c]: a cell merged down over border k in columns 0…c draws that border from column c + 1. */
  mergedDown?: Array<[number, number]>;
}

/** The borders of a table with columns at `xs` and rows at `ys` (top first). */
export function ruledGrid(xs: number[], ys: number[], { mergedDown = [] }: GridOptions = {}): Rule[] {
  return [
    ...xs.map((x): Rule => ({ kind: 'v', at: x, from: ys.at(-1)!, to: ys[0]! })),
    ...ys.map((y, k): Rule => {
      const cut = mergedDown.find(([border]) => border === k);
      return { kind: 'h', at: y, from: xs[cut ? cut[1] + 1 : 0]!, to: xs.at(-1)! };
    }),
  ];
}

/** Pages in turn, then what the last one held back; the state too (a sheet wider than its page reads it). */
export function layoutPages(pages: TestPage[]): { rows: ReturnType<typeof layoutPage>; state: PageState } {
  const state: PageState = { open: null };
  const rows = pages.flatMap((p) => layoutPage(p.pieces, p.rules, state));
  return { rows: [...rows, ...endPages(state)], state };
}

/** The cells of `layoutPages`' rows. */
export const readPages = (pages: TestPage[]): string[][] => layoutPages(pages).rows.map((r) => r.cells);
