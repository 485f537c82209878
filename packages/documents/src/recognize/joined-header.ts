// An indicator header inside a form whose cells ran together (a web page copied without cell breaks), written
// again as its headings in the table's order so the readers of run-together text find its columns. Two shapes a
// printed header takes that the copy scrambles: headings broken over two rows (一级二级指标指标指标度量 | 指标指标
// 名称性质目标值单位: every top piece first, then every bottom piece) and a band (绩效指标 over 一级 | 二级 | 三级,
// the other headings merged down both rows: 绩效指标目标值一级指标二级指标三级指标). The header is the text right
// before the table's first 一级 name; it is rewritten only when the whole of it reads as one of these shapes.
import { allLevel1Names, TextMemo } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { allSpellings, columnConcept, lexiconKey } from './lexicon.ts';
import { type ColumnRole } from './lexicon-columns.ts';
import {
  bareLabel,
  indicatorColumnSpellings,
  monthProgressEnd,
  type IndicatorColumn,
} from './evaluation-lexicon.ts';

/** The longest header looked at, in characters before the first 一级 name. */
const MAX_HEADER = 160;
/** Headings a header holds at most, a heading's top piece at most this many characters. */
const MAX_HEADINGS = 14;
const MAX_PIECE = 5;
/** Steps the search of a two-row header may take (a hostile text cannot make it explode). */
const MAX_STEPS = 50_000;
/**
 * Steps the searches of one line take together (every header before its 一级 names): a header whose top row mixes
 * broken headings and whole ones (一级二级三级得分分值年度未完全年 | 指标指标指标名称指标值成原因…完成值) needs more
 * than a plain one, and a hostile line still ends its search within this many.
 */
const MAX_LINE_STEPS = 400_000;
/** A heading's spelling at most, with its bracketed note ((分), (B/A), (万元)). */
const MAX_HEADING = 16;
/** A line shorter than this is no form run together. */
const MIN_LINE = 40;
/** A line longer than this is prose (as tokenize.ts's MAX_SPLIT_LENGTH), never searched for a header. */
const MAX_LINE = 20_000;
/** A document of more rows than this is not searched (bounded work on hostile input). */
const MAX_ROWS = 50_000;
/** 一级 names looked for as the table's start in one line at most (a table per 一级 name is plenty). */
const MAX_STARTS = 40;

/** A heading's column: a 自评表's or a target form's. */
type Heading = IndicatorColumn | ColumnRole;

let spellings: ReadonlyMap<string, Heading> | null = null;

/** Every heading's spelling, a 自评表's and a target form's (三级指标名称, 指标目标值), and its column. */
function headingSpellings(): ReadonlyMap<string, Heading> {
  if (spellings) return spellings;
  const out = new Map<string, Heading>(indicatorColumnSpellings());
  for (const s of allSpellings()) {
    const key = lexiconKey(s);
    const column = columnConcept(key);
    if (column && !out.has(key)) out.set(key, column);
  }
  return (spellings = out);
}

/** A note in brackets after a heading: (分), (B/A), (万元). */
const NOTE = /[（(][^（）()]{1,8}[)）]$/;

/**
 * The column a text names when it is one heading spelled whole, its note in brackets allowed; else null. Exact
 * spellings only: a heading with words run on after it (一级指标计划) is none.
 */
function headingOf(text: string): Heading | null {
  if (text.length < 2 || text.length > MAX_HEADING) return null;
  const known = headingSpellings();
  const exact = known.get(text);
  if (exact) return exact;
  // 1-7月完成情况, 截至7月底完成值: a period heading, read by its pattern (no list holds every month).
  if (text.includes('月') && monthProgressEnd(text, 0) === text.length) return 'actualToDate';
  // NOTE ends in a closing bracket: a text that does not is none, without running the pattern (asked very often).
  const last = text.charCodeAt(text.length - 1);
  if ((last !== 0x29 && last !== 0xff09) || !NOTE.test(text)) return null;
  let heading = headingCache.get(text);
  if (heading === undefined) {
    heading = known.get(bareLabel(text)) ?? known.get(lexiconKey(text.replace(NOTE, ''))) ?? null;
    headingCache.set(text, heading);
  }
  return heading;
}

/** Each bracketed text's heading worked out once (the searches ask of the same pieces again and again). */
const headingCache = new TextMemo<Heading | null>('joined heading', 50_000);

let prefixes: ReadonlySet<string> | null = null;

/** The top piece of a period heading broken over two rows (1- / 7月完成情况, 截至 / 7月底完成值, １- / ６月…). */
const PERIOD_TOP = /^(?:[1１][—\-－–~～至]|截至|截止)$/;

/** Every proper beginning of a heading's spelling: the top piece of a heading broken over two rows. */
function isHeadingPrefix(piece: string): boolean {
  prefixes ??= new Set(
    [...headingSpellings().keys()].flatMap((s) => [...s].slice(1).map((_, k) => s.slice(0, k + 1))),
  );
  // The set first: most pieces asked are no heading's beginning, and the look-up is cheaper than the pattern.
  return (prefixes.has(piece) && /^\p{Script=Han}+$/u.test(piece)) || PERIOD_TOP.test(piece);
}

const LEVEL_COLUMNS: readonly Heading[] = ['level1', 'level2', 'name'];
const VALUE_COLUMNS: readonly Heading[] = [
  'target',
  'targetValue',
  'actual',
  'actualToDate',
  'score',
  'value',
];

/** Headings that make an indicator header: a level or name column and a value column. */
function makesHeader(columns: readonly Heading[]): boolean {
  return columns.some((c) => LEVEL_COLUMNS.includes(c)) && columns.some((c) => VALUE_COLUMNS.includes(c));
}

/**
 * For every start before `end`, the text from there to `end` read as whole headings in a row (the fewest that
 * cover it), or null where it does not split so: one pass from `end` back over the window.
 */
function wholeHeadingsBefore(text: string, lo: number, end: number): Array<string[] | null> {
  const fewest: Array<number | null> = Array.from({ length: end - lo + 1 }, () => null);
  const next: number[] = Array.from({ length: end - lo + 1 }, () => -1);
  fewest[end - lo] = 0;
  for (let i = end - 1; i >= lo; i--)
    for (let j = i + 2; j <= Math.min(end, i + MAX_HEADING); j++) {
      const after = fewest[j - lo];
      if (after === null || after === undefined || !headingOf(text.slice(i, j))) continue;
      if (fewest[i - lo] === null || fewest[i - lo]! > after + 1) {
        fewest[i - lo] = after + 1;
        next[i - lo] = j;
      }
    }
  return fewest.map((n, k) => {
    if (n === null || k === end - lo) return null;
    const out: string[] = [];
    for (let i = lo + k; i < end; i = next[i - lo]!) out.push(text.slice(i, next[i - lo]!));
    return out;
  });
}

/** The text read as whole headings in a row (the fewest that cover it), or null where it does not split so. */
export function wholeHeadings(text: string): string[] | null {
  return wholeHeadingsBefore(text, 0, text.length)[0] ?? null;
}

/**
 * The text read as headings broken over two rows: n top pieces, then the bottom pieces in the same order (a
 * heading short enough to fit its cell has none). At least two headings broken; null where it does not read so.
 * Of several readings, the one whose bottom row starts first: a row is cut at its cells' width, so the top pieces
 * are short (一级 二级 指标 计划 | 指标 指标 名称 指标值, not 一级 二级指标 计划指标 指标名称 | 指标 值).
 */
export function brokenHeadings(text: string, budget = { steps: MAX_STEPS }): string[] | null {
  const tops: string[] = [];
  let best: { at: number; headings: string[] } | null = null;
  // The bottom pieces from `at` on, for tops[j..]: the headings, or null.
  const bottoms = (at: number, j: number, broken: number): string[] | null => {
    if (--budget.steps < 0) return null;
    if (j === tops.length) return at === text.length && broken >= 2 ? [] : null;
    const top = tops[j]!;
    // The shortest bottom piece first: 二级 + 指标, not 二级 + 指标名称, leaving 指标 its 名称.
    for (let len = 1; len <= Math.min(MAX_HEADING, text.length - at); len++) {
      const whole = top + text.slice(at, at + len);
      if (!headingOf(whole)) continue;
      const rest = bottoms(at + len, j + 1, broken + 1);
      if (rest) return [whole, ...rest];
    }
    if (!headingOf(top)) return null;
    const rest = bottoms(at, j + 1, broken);
    return rest ? [top, ...rest] : null;
  };
  const topsFrom = (at: number): void => {
    if (--budget.steps < 0 || tops.length >= MAX_HEADINGS || (best && at >= best.at)) return;
    if (tops.length >= 2) {
      const read = bottoms(at, 0, 0);
      if (read) best = { at, headings: read };
    }
    for (let len = 1; len <= Math.min(MAX_PIECE, text.length - at); len++) {
      const piece = text.slice(at, at + len);
      if (!isHeadingPrefix(piece) && !headingOf(piece)) continue;
      tops.push(piece);
      topsFrom(at + len);
      tops.pop();
    }
  };
  topsFrom(0);
  return (best as { headings: string[] } | null)?.headings ?? null;
}

/**
 * A band's headings in the table's order: 绩效指标 | 目标值 | 一级指标 | 二级指标 | 三级指标 (the band, the headings
 * merged down both rows, then the band's own under it) → 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 目标值. Null
 * where the headings do not end in the band's levels after other headings.
 */
function bandInOrder(headings: readonly string[]): string[] | null {
  const columns = headings.map((h) => headingOf(h));
  if (columns[0] !== 'section') return null;
  let k = columns.length;
  while (k > 1 && LEVEL_COLUMNS.includes(columns[k - 1]!)) k--;
  if (k === columns.length || k === 1) return null;
  return [headings[0]!, ...headings.slice(k), ...headings.slice(1, k)];
}

/** The header ending right before `end` in `text`, in the table's order, and where it starts; or null. */
function headerBefore(
  text: string,
  end: number,
  line: { steps: number },
): { start: number; headings: string[] } | null {
  // A header ends in a heading's last characters (名称, 目标值, 单位 …); a row's value or name before a 一级 does not.
  if (!isHeadingSuffix(text.slice(Math.max(0, end - 2), end))) return null;
  const lo = Math.max(0, end - MAX_HEADER);
  const whole = wholeHeadingsBefore(text, lo, end);
  const given = Math.min(MAX_STEPS, line.steps);
  const budget = { steps: given };
  try {
    return headerFrom(text, lo, end, whole, budget);
  } finally {
    line.steps -= given - Math.max(0, budget.steps);
  }
}

/** The first start from `lo` on where the text up to `end` reads as a header (whole headings or broken ones). */
function headerFrom(
  text: string,
  lo: number,
  end: number,
  whole: ReadonlyArray<string[] | null>,
  budget: { steps: number },
): { start: number; headings: string[] } | null {
  // A header printed whole, naming two levels in full (一级指标二级指标三级指标名称计划指标值: not 一级 | 二级, a
  // broken header's top pieces), is no broken one: the words before it may read as broken headings only by chance
  // (绩效指标计划指标值 over it). A band is still put in order.
  const printed = whole.some(
    (row) =>
      row !== null &&
      row.filter((h) => h.length >= 4 && ['level1', 'level2'].includes(headingOf(h)!)).length >= 2,
  );
  for (let start = lo; start < end - 3; start++) {
    // The header starts a heading: its first characters start a heading's spelling.
    if (!isHeadingPrefix(text.charAt(start)) && !isHeadingPrefix(text.slice(start, start + 2))) continue;
    const row = whole[start - lo];
    if (row) {
      const band = bandInOrder(row);
      if (band && makesHeader(band.map((h) => headingOf(h)!))) return { start, headings: band };
      continue;
    }
    const broken = budget.steps > 0 && !printed ? brokenHeadings(text.slice(start, end), budget) : null;
    if (broken && makesHeader(broken.map((h) => headingOf(h)!))) return { start, headings: broken };
  }
  return null;
}

let suffixes: ReadonlySet<string> | null = null;

/** The last two characters of a heading's spelling (or its last one, where a bottom piece is that short). */
function isHeadingSuffix(tail: string): boolean {
  suffixes ??= new Set([...headingSpellings().keys()].flatMap((s) => [s.slice(-2), s.slice(-1)]));
  return suffixes.has(tail) || suffixes.has(tail.slice(-1)) || /[)）]$/.test(tail);
}

/** Where a 一级 name begins in the text (the first MAX_STARTS), in order. */
function level1Starts(text: string): number[] {
  const at = new Set<number>();
  for (const name of allLevel1Names) {
    if (name.length < 4) continue;
    for (let i = text.indexOf(name); i >= 0 && at.size < MAX_STARTS; i = text.indexOf(name, i + 1)) at.add(i);
  }
  return [...at].sort((a, b) => a - b);
}

/**
 * The text with each indicator header run together in a broken or banded shape written as its whole headings in
 * the table's order; the same string where there is none.
 */
export function wholeJoinedHeader(text: string): string {
  // Every header this reads names its levels (一级指标, 指标 broken off): a line without 指标 holds none.
  if (text.length < MIN_LINE || text.length > MAX_LINE || !text.includes('指标')) return text;
  let out = text;
  const line = { steps: MAX_LINE_STEPS };
  // From the last start back, so the positions before a rewritten header stay where they were.
  for (const end of level1Starts(text).reverse()) {
    const header = headerBefore(out, end, line);
    if (header) out = out.slice(0, header.start) + header.headings.join('') + out.slice(end);
  }
  return out;
}

/** The rows with the run-together headers of their one-cell lines written whole (the same array when none). */
export function withWholeJoinedHeaders(rows: Row[]): Row[] {
  if (rows.length > MAX_ROWS) return rows;
  let changed = false;
  const out = rows.map((row) => {
    const filled = row.cells.filter((c) => c.trim() !== '');
    if (filled.length !== 1 || filled[0]!.length < MIN_LINE) return row;
    const cells = row.cells.map((c) => (c.trim() === '' ? c : wholeJoinedHeader(c)));
    if (cells.every((c, k) => c === row.cells[k])) return row;
    changed = true;
    return { ...row, cells };
  });
  return changed ? out : rows;
}
