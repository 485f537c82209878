// A document library's preview of a .docx gives each page's text as one run-together paragraph opened by the
// page's number (1、…, 2、…, 3、…). The page break falls wherever the page ran out — inside a label, a name or
// a figure (…完成10 / 2、0%100% for 100% | 100%) — so the number is no list item and the break no cell border:
// the pages are one text.
import type { Row } from '../rows/row.ts';
import { labelKey } from '../rows/clean-cell.ts';
import { budgetColumnSpellings } from './evaluation-budget-labels.ts';
import { indicatorColumnSpellings } from './evaluation-lexicon.ts';
import { tableRunsOnto } from './figure-stream.ts';

/** A page's opening number: 1、 2、 … at the start of a paragraph. */
const PAGE_MARK = /^\s*(\d{1,2})、/;

/**
 * A page of running text is long; a numbered list of short items (1、单位财务管理制度1分; 2、…) is not pages. A
 * page before the last one is at least this long.
 */
const MIN_PAGE_LENGTH = 100;

/**
 * Pages whose cells ran together without spaces are one stream of text. Where the extraction kept spaces
 * between cells (more than about one gap in a hundred characters), a page's wrapped words are read by their
 * spacing, which a joined text would change: those pages stay apart.
 */
const MAX_GAPS_PER_CHAR = 0.01;

const textOf = (r: Row) => (r.cells.length === 1 ? r.cells[0]! : null);

/**
 * The rows with the pages of a numbered preview joined into the first page's row, their numbers dropped and
 * nothing put between them (blank rows between pages dropped too). Rows stay as they are unless the text holds
 * pages numbered 1、 2、 … in order, one paragraph each, every page but the last a long one, run together.
 */
export function joinPageMarkedLines(rows: readonly Row[]): Row[] {
  const pages: number[] = [];
  for (const [i, r] of rows.entries()) {
    const text = textOf(r);
    const m = text === null ? null : PAGE_MARK.exec(text);
    if (m && Number(m[1]) === pages.length + 1) pages.push(i);
  }
  if (pages.length < 2) return [...rows];
  const longEnough = pages.slice(0, -1).every((i) => textOf(rows[i]!)!.trim().length >= MIN_PAGE_LENGTH);
  // Only blank rows may stand between two pages: anything else there is text of its own, not a page's tail.
  const adjacent = pages
    .slice(1)
    .every((p, k) => rows.slice(pages[k]! + 1, p).every((r) => r.cells.join('').trim() === ''));
  const texts = pages.map((i) => textOf(rows[i]!)!.trim());
  const gaps = texts.reduce((n, t) => n + (t.match(/\s+/g)?.length ?? 0), 0);
  const runTogether = gaps <= MAX_GAPS_PER_CHAR * texts.reduce((n, t) => n + t.length, 0);
  // A page break inside a title or a heading (项目绩效自 / 2、评表) shows the pages to be one text, spaces or not.
  const cutWord = texts.slice(1).some((t, k) => cutsWord(texts[k]!, t.replace(PAGE_MARK, '')));
  // … and so does a page break inside an indicator table run together, its rows going on over the next page.
  const inTable = texts.slice(1).some((t, k) => tableRunsOnto(texts[k]!, t.replace(PAGE_MARK, '')));
  if (!longEnough || !adjacent || !(runTogether || cutWord || inTable)) return [...rows];
  const first = pages[0]!;
  const joined = texts.map((t, k) => (k === 0 ? t : t.replace(PAGE_MARK, ''))).join('');
  const last = pages.at(-1)!;
  return [...rows.slice(0, first), { ...rows[first]!, cells: [joined] }, ...rows.slice(last + 1)];
}

/** The words a page break is seen to cut: a 自评表's title words and the headings of its columns (four characters or more). */
const JUNCTION_WORDS: ReadonlySet<string> = new Set([
  '绩效自评表',
  '绩效目标自评表',
  '项目自评表',
  ...[...indicatorColumnSpellings(), ...budgetColumnSpellings()]
    .map(([key]) => key)
    .filter((k) => k.length >= 4),
  // A target form's title and its 二级 names as templates write them (产出数量目 / 2、标): the page break falls inside
  // a library preview's 申报表 as it does inside a 自评表's.
  '绩效目标申报表',
  '绩效目标表',
  ...['数量目标', '质量目标', '时效目标', '成本目标', '数量指标', '质量指标', '时效指标', '成本指标'],
]);

/** Longest piece of a word looked for on either side of a page break. */
const MAX_PIECE = 6;

/** Whether the end of one page and the start of the next make one of the junction words between them. */
function cutsWord(before: string, after: string): boolean {
  const tail = labelKey(before).slice(-MAX_PIECE);
  const head = labelKey(after).slice(0, MAX_PIECE);
  for (let a = 1; a <= tail.length; a++)
    for (let b = 1; b <= head.length; b++)
      if (JUNCTION_WORDS.has(tail.slice(-a) + head.slice(0, b))) return true;
  return false;
}
