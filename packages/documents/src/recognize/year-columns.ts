// A 资金 block printed with last year's figure beside this year's (项目 | 上年度安排资金 | 本年度申请资金, then
// 合 计 | 213.4 | 259): the form's budget is the 合计 under the this-year heading, wherever the copy put the cells.
import { oneLine } from '../rows/clean-cell.ts';
import { PRIOR_YEAR_COLUMNS, THIS_YEAR_COLUMNS } from './lexicon-project-fields.ts';

/** The first characters of the prior-year headings (cleaning only drops characters, so a line needs one). */
const PRIOR_YEAR_INITIALS: readonly string[] = [...new Set(PRIOR_YEAR_COLUMNS.map((w) => w.charAt(0)))];

/** Where in `text` the first of `words` stands, -1 when none does. */
function firstOf(text: string, words: readonly string[]): number {
  let first = -1;
  for (const w of words) {
    const k = text.indexOf(w);
    if (k >= 0 && (first < 0 || k < first)) first = k;
  }
  return first;
}

/**
 * Among a heading line's year columns, the place of this year's: null when the line names no such pair. Last
 * year's may be two columns (上年度预算安排 | 上年度实际执行 | 本年度申请金额): this year's figure comes after both.
 */
export function thisYearColumnOf(line: string): number | null {
  // A line holding no prior-year heading's first character (上) names none: out before it is cleaned.
  if (!PRIOR_YEAR_INITIALS.some((c) => line.includes(c))) return null;
  const text = oneLine(line).replace(/[\s\u3000]+/g, '');
  // Most lines name no prior year: the cheap way out comes first (import speed, see the corpus README).
  if (firstOf(text, PRIOR_YEAR_COLUMNS) < 0) return null;
  const current = firstOf(text, THIS_YEAR_COLUMNS);
  if (current < 0) return null;
  // Each prior-year heading once, by where it starts (上年度预算 inside 上年度预算安排 is the same heading).
  const spans: (readonly [number, number])[] = [];
  for (const w of PRIOR_YEAR_COLUMNS) {
    const k = text.indexOf(w);
    if (k >= 0) spans.push([k, k + w.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let end = -1;
  let before = 0;
  for (const [start, stop] of spans) {
    if (start < end) continue;
    end = stop;
    if (start < current) before++;
  }
  return before;
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

/**
 * A heading of a year column alone in its cell (上年度预算安排, 本年度申请金额): a copy that writes one cell per line
 * gives the heading line of the 资金 block cell by cell.
 */
export function isYearHeadingCell(cell: string): boolean {
  // Every such heading names a year (上年, 本年): most cells are out at once.
  if (!cell.includes('年')) return false;
  const text = oneLine(cell).replace(/[\s\u3000]+/g, '');
  return PRIOR_YEAR_COLUMNS.includes(text) || THIS_YEAR_COLUMNS.includes(text);
}

/**
 * 合计 alone on its row, then 45 / 44.6 / 48.6 a row each (the 资金 block copied one cell per line): the
 * figures of the rows from `from` that each hold one figure alone, and the row after them. Fewer than two
 * figures is no such line (null).
 */
export function stackedTotalFigures(
  rows: readonly { cells: readonly string[] }[],
  from: number,
): { figures: string[]; end: number } | null {
  const figures: string[] = [];
  let end = from;
  for (; end < rows.length && figures.length < 8; end++) {
    const filled = rows[end]!.cells.filter((c) => c.trim() !== '');
    if (filled.length !== 1 || !/^-?\d[\d,]*(\.\d+)?$/.test(filled[0]!.trim())) break;
    figures.push(filled[0]!.trim().replace(/,/g, ''));
  }
  return figures.length >= 2 ? { figures, end } : null;
}
