// A value written as a list of measures in one cell (建筑面积2.6万平方米,展示面积1万平方米): each item a few words and a
// figure with its unit, the items parted by a comma or a semicolon — a target as a form writes it, no indicator's name.

/** One measure: words, a figure and its unit (建筑面积2.6万平方米, 展示面积1万平方米, 覆盖率95%). */
const MEASURE = /^\p{Script=Han}{1,12}[≥≤>＜<＞]?\d[\d.]*(?:[%％‰]|\p{Script=Han}{1,4}|[a-zA-Z²³/]{1,6})$/u;

/** Whether the text lists two measures or more, and nothing else. */
export function isMeasureList(text: string): boolean {
  const items = text.trim().split(/[，,；;、]/);
  return items.length >= 2 && items.every((item) => MEASURE.test(item.trim()));
}
