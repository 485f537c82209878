// A 自评表 segment as one text: its cells joined with a boundary mark, and the same text keyed for matching
// labels (no spaces or boundaries, full-width brackets), each keyed character pointing back to where it
// stood. Labels, level names and the marks that end a table are found in it wherever the extraction cut
// or fused the cells.
import { allLevel1Names, allLevel2Names } from '@jixiao/core';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { levelOf } from './level-names.ts';

/** The mark between two cells in the joined text. */
export const CELL = '|';

export interface SegmentText {
  /** The cells joined with CELL. */
  text: string;
  /** The text keyed for matching. */
  key: string;
  /** For each keyed character, its index in `text`. */
  at: number[];
}

/** The filled cells of the rows joined with CELL (a row's end is a cell boundary too). */
export function segmentText(rows: readonly Row[]): SegmentText {
  const cells: string[] = [];
  // The same cells as cellStream (evaluation-cells.ts), so that a cell's index is its index in the stream.
  for (const r of rows)
    for (const c of r.cells) {
      const text = oneLine(c).trim();
      if (!isBlankCell(text)) cells.push(text.replaceAll(CELL, ' '));
    }
  return keyed(cells.join(CELL));
}

/** Keys a text: spaces and cell marks dropped, brackets and colons full-width. */
export function keyed(text: string): SegmentText {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === CELL || /\s/.test(ch)) continue;
    key += ch === '(' ? '（' : ch === ')' ? '）' : ch === ':' ? '：' : ch;
    at.push(i);
  }
  return { text, key, at };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  value: string | null;
}

/** A longest-match dictionary over keyed spellings. */
export class Spellings<V extends string> {
  private readonly root: TrieNode = { next: new Map(), value: null };
  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [spelling, value] of entries) {
      let node = this.root;
      for (const ch of spelling) {
        let n = node.next.get(ch);
        if (!n) node.next.set(ch, (n = { next: new Map(), value: null }));
        node = n;
      }
      node.value ??= value;
    }
  }

  /** Every spelling starting at `i` of `key`, shortest first. */
  allAt(key: string, i: number): Array<{ end: number; value: V }> {
    const out: Array<{ end: number; value: V }> = [];
    let node: TrieNode | undefined = this.root;
    for (let j = i; j < key.length && node; j++) {
      node = node.next.get(key[j]!);
      if (node?.value) out.push({ end: j + 1, value: node.value as V });
    }
    return out;
  }

  /** The longest spelling starting at `i` of `key`: its end and value. */
  longestAt(key: string, i: number): { end: number; value: V } | null {
    let node: TrieNode | undefined = this.root;
    let best: { end: number; value: V } | null = null;
    for (let j = i; j < key.length && node; j++) {
      node = node.next.get(key[j]!);
      if (node?.value) best = { end: j + 1, value: node.value as V };
    }
    return best;
  }
}

/** A bracketed note right after a label: （A）, （分）, （B/A）, （20分*执行率）. */
export function noteEnd(key: string, at: number): number {
  if (key[at] !== '（') return at;
  const close = key.indexOf('）', at);
  return close > at && close - at <= 12 ? close + 1 : at;
}

let levels: Spellings<'level1' | 'level2'> | null = null;

function levelSpellings(): Spellings<'level1' | 'level2'> {
  levels ??= new Spellings<'level1' | 'level2'>([
    ...[...allLevel1Names].map((n) => [n, 'level1'] as const),
    ...[...allLevel2Names].filter((n) => !allLevel1Names.has(n)).map((n) => [n, 'level2'] as const),
    ...levelOf,
  ]);
  return levels;
}

export interface LevelHit {
  start: number;
  end: number;
  /** The name as printed (keyed). */
  name: string;
  level: 'level1' | 'level2';
  /** Points printed with it: 产出指标（70分） → "70". */
  weight: string | null;
}

/**
 * A level name at keyed position `i`: 产出指标（70分）, 数量指标. Short names (质量, 成本) only where the cell
 * ends with them; a name inside a word (预算执行 in 预算执行率) is no level. `letterSpaced`: the caller saw the
 * name printed with its characters spaced out, a label of its own whatever follows it.
 */
export function levelAt(seg: SegmentText, i: number, letterSpaced = false): LevelHit | null {
  const hit = levelSpellings().longestAt(seg.key, i);
  if (!hit) return scrambledLevel1At(seg, i);
  let end = hit.end;
  const name = seg.key.slice(i, end);
  // 产出指标（40分）, or 数量指 标 15 分 as a text layer gives it: the points printed with the level.
  const points = /^（(\d+(?:\.\d+)?)分）|^(\d+(?:\.\d+)?)分(?![\d.]|值|钟)/.exec(seg.key.slice(end));
  if (points) end += points[0].length;
  const cellEnds = end >= seg.key.length || seg.text.slice(seg.at[end - 1]! + 1, seg.at[end]).includes(CELL);
  if (name.length < 4 && !cellEnds && !points) return null;
  // 预算执行率, 满意度调查: the word goes on (not after a name printed letter-spaced: 产 出 指 标数量指标).
  // 产出指标数量指标: a level run into a level of its own (数量指标 after 产出指标) is no word going on.
  if (
    !points &&
    !cellEnds &&
    !letterSpaced &&
    /^[率度数额]/.test(seg.key[end] ?? '') &&
    levelSpellings().longestAt(seg.key, end) === null
  )
    return null;
  return { start: i, end, name, level: hit.value, weight: points ? (points[1] ?? points[2])! : null };
}

/** The characters of a text in order, to compare a scrambled piece with the name it holds. */
const sortedChars = (t: string) => [...t].sort().join('');

/** The 一级 names a scramble is looked for (four to six characters), in the set's order, each with its characters sorted once. */
let scrambled: ReadonlyArray<{ name: string; sorted: string }> | null = null;

function scrambleNames(): ReadonlyArray<{ name: string; sorted: string }> {
  scrambled ??= [...allLevel1Names]
    .filter((name) => name.length >= 4 && name.length <= 6)
    .map((name) => ({ name, sorted: sortedChars(name) }));
  return scrambled;
}

/**
 * 出标产指25数量指标: an OCR's scramble of a 一级 name (产出指标), standing where a 一级 stands with its points —
 * a figure, then a 二级 — or right before its 二级 where the form prints no points (出标产指数量指标). Read as the
 * 一级 whose characters it holds (not as an indicator named 出标产指).
 */
function scrambledLevel1At(seg: SegmentText, i: number): LevelHit | null {
  // Asked at every keyed position no level name opens: a piece holding the name's characters opens with one of
  // them, which turns most positions away before any piece is cut or sorted.
  const first = seg.key.charAt(i);
  for (const { name, sorted } of scrambleNames()) {
    if (!name.includes(first)) continue;
    const piece = seg.key.slice(i, i + name.length);
    if (piece.length !== name.length || piece === name || sortedChars(piece) !== sorted) continue;
    const points = /^\d{1,2}(?:\.\d+)?/.exec(seg.key.slice(i + name.length))?.[0] ?? '';
    const after = levelSpellings().longestAt(seg.key, i + name.length + points.length);
    if (after !== null && (points !== '' || after.value === 'level2'))
      return { start: i, end: i + name.length, name, level: 'level1', weight: null };
    const debris = scrambledLevel2Length(seg, i + name.length);
    if (points === '' && debris > 0)
      return { start: i, end: i + name.length + debris, name, level: 'level1', weight: null };
  }
  return null;
}

/**
 * 益标效指 | 意指斥满度打 | 服务对象满意度: after a scrambled 一级, the rotated 二级 band label scrambled too and
 * with OCR specks (满意度指标's characters and two strays), right before the 二级 the row prints in words. Its
 * length where the piece holds all but two of its characters from one 二级 name and a 二级 follows; else 0.
 */
function scrambledLevel2Length(seg: SegmentText, i: number): number {
  // A level named in words right there is no scramble.
  if (levelSpellings().longestAt(seg.key, i) !== null) return 0;
  for (let n = 4; n <= 8 && i + n < seg.key.length; n++) {
    const after = levelSpellings().longestAt(seg.key, i + n);
    if (after === null || after.value !== 'level2') continue;
    const piece = seg.key.slice(i, i + n);
    const fits = [...allLevel2Names].some((level2) => {
      const left = [...level2];
      let shared = 0;
      for (const c of piece) {
        const k = left.indexOf(c);
        if (k >= 0) [shared, left[k]] = [shared + 1, ''];
      }
      return shared >= 4 && shared >= piece.length - 2;
    });
    if (fits) return n;
  }
  return 0;
}

/** Whether a cell boundary or a space lies between keyed positions `i - 1` and `i` (or `i` starts the text). */
export function boundaryBefore(seg: SegmentText, i: number): boolean {
  if (i <= 0) return true;
  return /[|\s]/.test(seg.text.slice(seg.at[i - 1]! + 1, seg.at[i]));
}

/** The index of the cell that keyed position `i` stands in (the cell count at the end of the text). */
export function cellIndexAt(seg: SegmentText, i: number): number {
  const upTo = i >= seg.key.length ? seg.text.length : seg.at[i]!;
  let n = 0;
  for (let k = 0; k < upTo; k++) if (seg.text[k] === CELL) n++;
  return i >= seg.key.length ? n + 1 : n;
}

/** The original text between keyed positions [start, end). */
export function original(seg: SegmentText, start: number, end: number): string {
  if (end <= start) return '';
  return seg.text.slice(seg.at[start]!, seg.at[end - 1]! + 1);
}
