// An indicator header printed in two rows and copied one cell per line: the top row's cells come first, then
// the bottom row's, the empty ones gone (一级 / 二级 / 三级 / 目标值 / 指标 / 指标 / 指标; 绩效指标 / 指标值 / 一级指标 /
// 二级指标 / 三级指标; … 年度指标值 / 实际完成值 / 指标性质 / 指标值 / 度量单位). Put back as the headings in column
// order, one per line, so that the stream's reader sees one header: a top word completed by the next bottom
// word (一级 + 指标), and a band's heading (绩效指标, 年度指标值) replaced by the columns printed under it.
import type { Row } from '../rows/row.ts';
import { isBlankCell } from '../rows/clean-cell.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import { TABLE_SECTION_LABELS, type ColumnRole } from './lexicon-columns.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { withoutTrailingBracket } from './trailing-bracket.ts';

/** A header has at most this many cells a row (a bound on the search, too); its two rows at most twice as many. */
const MAX_HEADER_CELLS = 16;
/** A header word broken in two leaves pieces this short. */
const MAX_PIECE = 4;
/** Han script only, nothing else. */
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** The longest end of a heading broken over two rows (原因分析及改进措施 under 偏差). */
const MAX_END_PIECE = 12;

function roleOf(text: string): ColumnRole | null {
  const key = lexiconKey(text);
  return columnConcept(key) ?? columnConcept(withoutTrailingBracket(key));
}

/** A column heading by either lexicon (the target forms' or the 自评表's). */
function isHeading(text: string): boolean {
  return roleOf(text) !== null || indicatorColumnOf(text) !== null;
}

/** A cell that may be part of a header: a heading, or a short piece of a word (指标, 完成值) with no figure. */
function isHeaderPiece(text: string): boolean {
  // The tests on the text itself before the lexicon's lookups (the answer is the same in any order).
  return (text.length <= MAX_PIECE && HAN_ONLY.test(text)) || PERIOD_OPENING.test(text) || isHeading(text);
}

/** 1- / 6月执行情况: the opening of a period heading the row broke after its first month. */
const PERIOD_OPENING = /^[1１][-—－–~～]$/;

/** The columns a band heading stands over, by role: the three levels under 绩效指标, the 指标值's parts under 年度指标值. */
function bandOver(text: string): ReadonlySet<ColumnRole> | null {
  if (TABLE_SECTION_LABELS.includes(lexiconKey(text))) return new Set(['level1', 'level2', 'name']);
  if (roleOf(text) === 'value' || indicatorColumnOf(text) === 'target')
    return new Set(['op', 'value', 'unit']);
  return null;
}

/**
 * The headings when `top` is the header's first row and `bottom` its second (the filled cells of each, in
 * order), or null when they do not make one: every bottom cell completes a top word or stands under a band.
 */
function joinRows(top: readonly string[], bottom: readonly string[]): string[] | null {
  const out: string[] = [];
  let b = 0;
  let joined = false;
  for (const t of top) {
    const band = bandOver(t);
    let under = 0;
    if (band) while (b + under < bottom.length && band.has(roleOf(bottom[b + under]!) ?? 'other')) under++;
    if (under >= 2) {
      out.push(...bottom.slice(b, b + under));
      b += under;
      joined = true;
    } else if (b < bottom.length && isHeading(t) && lexiconKey(bottom[b]!) === lexiconKey(t)) {
      // A heading merged down over both rows, printed again in the second (a copy that repeats merged cells):
      // one column.
      out.push(t);
      b++;
      joined = true;
    } else if (b < bottom.length && isHeading(t + bottom[b]!)) {
      out.push(t + bottom[b++]!);
      joined = true;
    } else if (isHeading(t)) out.push(t);
    else return null;
  }
  if (!joined || b < bottom.length) return null;
  // A header: its levels first, each level, the name and the 指标值 once.
  const roles = out.map((h) => (indicatorColumnOf(h) === 'target' ? 'value' : roleOf(h)));
  if (roles[0] !== 'level1') return null;
  for (const once of ['level1', 'level2', 'name', 'value'] as const)
    if (roles.filter((r) => r === once).length > 1) return null;
  return roles.includes('name') && roles.includes('value') ? out : null;
}

/**
 * The headings of a header printed in two rows and copied with single spaces between words (一级 二级 三级
 * 目标值 / 指标 指标 指标), given each row's words; null when the two rows do not make an indicator header.
 */
export function twoRowHeadings(top: readonly string[], bottom: readonly string[]): string[] | null {
  if (top.length > MAX_HEADER_CELLS || bottom.length > MAX_HEADER_CELLS) return null;
  if (!top.every(isHeaderPiece) || !wordsArePieces(bottom)) return null;
  return joinRows(top, bottom);
}

/** The header's headings from the run of pieces `cells`, taking as many of them as make one, ending at a boundary. */
function headerFrom(
  cells: readonly string[],
  boundaries: readonly number[],
): { headings: string[]; used: number } | null {
  for (const n of [...boundaries].reverse()) {
    if (n < 3) break;
    for (let k = 1; k < n; k++) {
      const headings = joinRows(cells.slice(0, k), cells.slice(k, n));
      if (headings) return { headings, used: n };
    }
  }
  return null;
}

/**
 * The header pieces a row holds: its one cell, or the words of a line copied with single spaces between its
 * cells (一级 二级 指标 计划 / 指标 指标 名称 指标值) when every word is a piece; null for any other row.
 */
function piecesOf(r: Row): string[] | null {
  // Asked of every row: a table's row is turned away at its second filled cell, no array built.
  let only: string | null = null;
  for (const c of r.cells) {
    if (isBlankCell(c)) continue;
    if (only !== null) return null;
    only = c;
  }
  if (only === null) return null;
  const text = only.trim();
  if (isHeaderPiece(text)) return [text];
  // 成原因和改进措施: the end of a heading broken over the rows, on its own line in a copy of a cell a line. (An end
  // piece that is no header piece: the text was just found to be none.)
  if (!/\s/.test(text) && endsOnlyAsPiece(text)) return [text];
  const words = text.split(/[ \u3000]+/);
  return words.length >= 2 && words.length <= MAX_HEADER_CELLS && wordsArePieces(words) ? words : null;
}

/**
 * A line's words are header pieces. 指标 指标 名称 完成情况 得分 分值 原因分析及改进措施: a longer word among pieces
 * is the end of a heading broken over the two rows (偏差 + 原因分析及改进措施), so long as most words are pieces.
 */
function wordsArePieces(words: readonly string[]): boolean {
  const pieces = words.filter(isHeaderPiece).length;
  return (
    pieces === words.length || (pieces >= 3 && pieces * 4 >= words.length * 3 && words.every(isEndPiece))
  );
}

/** A word that may end a heading broken over two rows: Han script without a figure, no longer than a heading. */
function isEndPiece(text: string): boolean {
  return isHeaderPiece(text) || endsOnlyAsPiece(text);
}

/** A word that may end a heading though it is no header piece: Han script only, no longer than a heading's end. */
function endsOnlyAsPiece(text: string): boolean {
  return text.length <= MAX_END_PIECE && HAN_ONLY.test(text);
}

/** The rows with each two-row header copied one cell per line put back as one heading per line. */
export function joinHeaderLines(rows: readonly Row[]): Row[] {
  // Copied only from the first header on: rows without one are handed back as a copy of the array alone.
  let out: Row[] | null = null;
  for (let i = 0; i < rows.length;) {
    const first = piecesOf(rows[i]!)?.[0];
    // A header opens with its 一级 column or the band over the levels (searched only there: bounded work).
    if (
      first === undefined ||
      !(roleOf(first) === 'level1' || TABLE_SECTION_LABELS.includes(lexiconKey(first)))
    ) {
      out?.push(rows[i]!);
      i++;
      continue;
    }
    const pieces: string[] = [];
    // After each row, how many pieces there are (a header ends with a row), and the row after it.
    const boundaries: number[] = [];
    const after: number[] = [];
    for (let j = i; j < rows.length && pieces.length < 2 * MAX_HEADER_CELLS; j++) {
      // | a | b | copied a cell per line: the lone | opening each row is an empty row between the header's rows.
      if (j > i && rows[j]!.cells.every(isBlankCell)) continue;
      const more = piecesOf(rows[j]!);
      if (more === null || pieces.length + more.length > 2 * MAX_HEADER_CELLS) break;
      pieces.push(...more);
      boundaries.push(pieces.length);
      after.push(j + 1);
    }
    const found = pieces.length >= 3 ? headerFrom(pieces, boundaries) : null;
    if (!found) {
      out?.push(rows[i]!);
      i++;
      continue;
    }
    const at = rows[i]!;
    out ??= rows.slice(0, i);
    out.push(...found.headings.map((h) => ({ ...at, cells: [h] })));
    i = after[boundaries.indexOf(found.used)]!;
  }
  return out ?? rows.slice();
}
