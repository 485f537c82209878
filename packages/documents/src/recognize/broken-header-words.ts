// An indicator header whose two-line headings a PDF's text layer gave line by line: the top pieces of every
// heading first, then the bottom pieces in the same order (一级 指标 二级 指标名称 年初指 年终完 自评 复核 指标
// (三级指标) 标值 成值 分 分 for 一级指标 | 二级指标 | 指标名称(三级指标) | 年初指标值 | 年终完成值 | 自评分 | 复核分).
// A piece that begins a heading waits for the first later piece that completes one; the headings stand in the
// order of their first pieces.
import { labelKey } from '../rows/clean-cell.ts';
import { indicatorColumnOf, indicatorColumnSpellings, type IndicatorColumn } from './evaluation-lexicon.ts';

/** A header has at most this many words, and a heading's top piece at most this many characters. */
const MAX_WORDS = 24;
const MAX_PIECE = 4;

/** A bracketed note under a heading: (三级指标), (万元). */
const NOTE = /^[（(][^（）()]{1,8}[)）]$/;

/** Every heading spelled exactly: pieces joined must make a whole spelling, not one with words after it. */
const EXACT: ReadonlyMap<string, IndicatorColumn> = new Map(indicatorColumnSpellings());
const spelled = (text: string): IndicatorColumn | null => EXACT.get(text) ?? null;

/** Every proper beginning of a heading's spelling: the pieces a heading broken over two lines starts with. */
const PREFIXES: ReadonlySet<string> = new Set(
  indicatorColumnSpellings().flatMap(([s]) => [...s].slice(1).map((_, k) => s.slice(0, k + 1))),
);

function isHeadingStart(piece: string): boolean {
  return piece.length <= MAX_PIECE && /^\p{Script=Han}+$/u.test(piece) && PREFIXES.has(piece);
}

/** Whether a heading's first piece may start at keyed position `i`: a cheap test before the words are split. */
export function mayOpenHeading(key: string, i: number): boolean {
  return isHeadingStart(key.slice(i, i + 2)) || isHeadingStart(key.slice(i, i + 1));
}

export interface BrokenHeader {
  columns: IndicatorColumn[];
  /** How many of `words` the header takes. */
  taken: number;
}

/**
 * The headings the words open with, when at least two were broken over the lines and every broken one is
 * completed; null otherwise (a run of plain headings is the ordinary reader's).
 */
export function readBrokenHeader(words: readonly string[]): BrokenHeader | null {
  const slots: Array<IndicatorColumn | null> = [];
  const waiting: Array<{ slot: number; piece: string }> = [];
  let completed = 0;
  let k = 0;
  for (; k < Math.min(words.length, MAX_WORDS); k++) {
    const word = labelKey(words[k]!);
    // ( | 三级指标 | ): a note the extraction cut into words of its own is a note still, its heading none.
    const close = /^（[^）]*$/.test(word) ? words.findIndex((w, j) => j > k && /[)）]/.test(w)) : -1;
    if (close > k && close - k <= 3 && slots.length > 0) {
      k = close;
      continue;
    }
    const first = waiting[0];
    const joined = first ? spelled(first.piece + word) : null;
    if (first && joined) {
      slots[first.slot] = joined;
      waiting.shift();
      completed++;
      continue;
    }
    const withNext = k + 1 < words.length ? spelled(word + labelKey(words[k + 1]!)) : null;
    if (withNext && !indicatorColumnOf(word)) {
      slots.push(withNext);
      k++;
      continue;
    }
    const whole = indicatorColumnOf(word);
    if (whole) slots.push(whole);
    else if (isHeadingStart(word)) {
      waiting.push({ slot: slots.length, piece: word });
      slots.push(null);
    } else if (!NOTE.test(word) || slots.length === 0) break;
  }
  if (completed < 2 || waiting.length > 0) return null;
  return { columns: slots.filter((c): c is IndicatorColumn => c !== null), taken: k };
}
