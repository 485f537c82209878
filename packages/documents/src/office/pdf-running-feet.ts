// A page's running foot: the lines a printed sheet or document repeats at the bottom of every page (制表人：…
// 审核人：…, 单位（盖章）, 第 1 页 共 3 页 spelt any way, a printing date, the unit's name). Below a table that goes on
// over the page break they are no end of it: they are told apart from a form's own closing lines (a signature
// block, 注：…) by standing at the same place, with the same words, on the next page.
import type { PlacedLine } from './pdf-running-lines.ts';

/** A line's words without its figures (the page number changes from page to page) or spaces. */
function footKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

/** The same running line: the same words at the same height of the page. */
export function sameFoot(a: PlacedLine, b: PlacedLine): boolean {
  return Math.abs(a.y - b.y) < 2 && footKey(a.text) === footKey(b.text);
}

/** Every line below the previous page's table stands again, in its place, on this page: a running foot. */
export function allRepeated(held: readonly PlacedLine[], page: readonly PlacedLine[]): boolean {
  return held.length > 0 && held.every((h) => page.some((l) => sameFoot(h, l)));
}
