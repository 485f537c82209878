// A merged cell cut by a page break (效益指标（经济效益、社会效益…等方 / 面指标）): the rest of its text stands in
// the same column on the next page's first row, beside that row's own cells. It closes the bracket the cell
// above left open and opens none of its own, which no indicator's name or value does.

const OPEN = /[（(]/g;
const CLOSE = /[)）]/g;
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** Text that opens more brackets than it closes: a cell cut before its end. */
export function leavesBracketOpen(text: string): boolean {
  return count(text, OPEN) > count(text, CLOSE);
}

/** A short end of words closing a bracket it never opened: 面指标）, 方面的指标). */
export function isBracketTail(text: string): boolean {
  const t = text.trim();
  return t.length <= 16 && CLOSES_LAST.test(t) && count(t, OPEN) === 0 && HAS_HAN.test(t);
}

// Asked of every cell of every indicator row: compiled once.
const CLOSES_LAST = /[)）]$/;
const HAS_HAN = /[\p{Script=Han}]/u;
