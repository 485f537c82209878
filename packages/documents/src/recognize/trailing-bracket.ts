// A label's closing bracketed note — 指标值（万元）, 项目名称（盖章）: the words a label is known by come before
// it, so the label is looked up again without it. The note is the last full-width （…） of the text, closing it,
// with no ） inside (the text the pattern /（[^）]*）$/ cuts). Found by two looks from the end rather than by that
// pattern: a backtracking engine tries it from every （ and runs to the text's end each time, so a cell of
// thousands of unclosed brackets (a hostile upload's one enormous line) took time growing with its square.

/** The text without its closing （…） note (the first （ after the last ） before the closing one), or as it is. */
export function withoutTrailingBracket(text: string): string {
  if (!text.endsWith('）')) return text;
  const closing = text.length - 1;
  // The note may hold no ）: it opens after the ） before the closing one, at the first （ there.
  const open = text.indexOf('（', text.lastIndexOf('）', closing - 1) + 1);
  return open >= 0 && open < closing ? text.slice(0, open) : text;
}
