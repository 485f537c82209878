// A value written as a list of measures in one cell (建筑面积2.6万平方米,展示面积1万平方米): each item a few words and a
// figure with its unit, the items parted by a comma or a semicolon — a target as a form writes it, no indicator's name.

/** One measure: words, a figure and its unit (建筑面积2.6万平方米, 展示面积1万平方米, 覆盖率95%). */
const MEASURE = /^\p{Script=Han}{1,12}[≥≤>＜<＞]?\d[\d.]*(?:[%％‰]|\p{Script=Han}{1,4}|[a-zA-Z²³/]{1,6})$/u;

/** Whether the text lists two measures or more, and nothing else. */
export function isMeasureList(text: string): boolean {
  const items = text.trim().split(/[，,；;、]/);
  return items.length >= 2 && items.every((item) => MEASURE.test(item.trim()));
}

/** The figure, sign and unit closing one measure: what is left of it is its words. */
const MEASURE_FIGURE = /[≥≤>＜<＞]?\d[\d.]*(?:[%％‰]|\p{Script=Han}{1,4}|[a-zA-Z²³/]{1,6})$/u;
/** The fewest characters of a name before the list. */
const MIN_NAME = 4;

/**
 * A row run together whose name measures what its target lists (物管服务面积建筑面积2.6万平方米,展示面积1万平方米): the
 * items of a list name their measures alike, each words ending in one noun (面积), and the name ends in that noun too —
 * so the name ends where the noun closes it the last time before the first item's words. Null where the text is no
 * name and such a list, or the noun does not close the name.
 */
export function measureListRow(text: string): { name: string; value: string } | null {
  const t = text.trim();
  const pieces = t.split(/[，,；;]/);
  if (pieces.length < 2 || !pieces.slice(1).every((p) => MEASURE.test(p.trim()))) return null;
  const words = (item: string) => item.trim().replace(MEASURE_FIGURE, '');
  const noun = /\p{Script=Han}{2}$/u.exec(words(pieces[1]!))?.[0];
  const first = pieces[0]!;
  const firstWords = words(first);
  if (noun === undefined || firstWords === first || !firstWords.endsWith(noun)) return null;
  // (Every item names its measure by that noun: 艾滋病人检测600人次, 结核病人筛查600人次 are tasks, no measures alike.)
  if (!pieces.slice(1).every((p) => words(p).endsWith(noun))) return null;
  // The item's words end in the noun; the name before them ends in it too.
  const at = firstWords.lastIndexOf(noun, firstWords.length - noun.length - 1);
  if (at < 0) return null;
  const cut = at + noun.length;
  if (cut < MIN_NAME || firstWords.length - cut <= noun.length) return null;
  return { name: t.slice(0, cut), value: t.slice(cut) };
}
