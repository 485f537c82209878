// A 资金 block printed with last year's figure beside this year's (项目 | 上年度安排资金 | 本年度申请资金, then
// 合 计 | 213.4 | 259): the form's budget is the 合计 under the this-year heading, wherever the copy put the cells.
import { oneLine } from '../rows/clean-cell.ts';
import { PRIOR_YEAR_COLUMNS, THIS_YEAR_COLUMNS } from './lexicon.ts';

/** Where in `text` the first of `words` stands, -1 when none does. */
function firstOf(text: string, words: readonly string[]): number {
  let first = -1;
  for (const w of words) {
    const k = text.indexOf(w);
    if (k >= 0 && (first < 0 || k < first)) first = k;
  }
  return first;
}

/** Among a heading line's year columns, the place of this year's: null when the line names no such pair. */
export function thisYearColumnOf(line: string): number | null {
  const text = oneLine(line).replace(/[\s\u3000]+/g, '');
  const prior = firstOf(text, PRIOR_YEAR_COLUMNS);
  if (prior < 0) return null;
  const current = firstOf(text, THIS_YEAR_COLUMNS);
  if (current < 0) return null;
  return current > prior ? 1 : 0;
}

/** 合 计 213.4 259 (or its cells): the figure in the year column `k`, or null for any other line. */
export function totalInYearColumn(cells: readonly string[], k: number): string | null {
  const words = cells
    .flatMap((c) =>
      oneLine(c)
        .trim()
        .split(/[\s\u3000]+/),
    )
    .filter((w) => w !== '');
  const figures: string[] = [];
  let label = '';
  for (const w of words) {
    if (/^-?\d[\d,]*(\.\d+)?$/.test(w)) figures.push(w.replace(/,/g, ''));
    else if (figures.length === 0) label += w;
    else break;
  }
  if (!/^(合计|总计)$/.test(label) || figures.length < 2) return null;
  return figures[k] ?? null;
}
