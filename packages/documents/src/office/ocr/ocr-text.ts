// Confusions of the OCR engine with the signs forms print, put right by rules that hold for typed text too
// (each rewrites only what typed text never contains), applied to recognised text only.
// - ≥ read as 三 or 兰 before a figure (≥95% → 三95%): no typed cell opens with 三 or 兰 followed by an
//   Arabic digit (三 counts are written 三十 or 30).
// - % read as 9% or % with a trailing 6 or p (100% → 1009%p, a 度量单位 cell % → 9%6): "%6" or "%p" ending a
//   figure is never typed.
// - %% (a percent sign read twice) → %: never typed.
// - O or o between digits → 0 (1O0): a letter O between figures is never typed.
// - % read as 9% after a rate (95% → 959%, 100% → 1009%): a percentage of 200 or more whose last digit is
//   that 9 and which is 100 or less without it; typed rates of 200% and more are too rare to read so.
// - = read as 一 after a comparator (>=90% → >一90%) or as 一 or - after a lone = (= → =-): never typed so.
// And, for a word the engine was unsure of (repairOcrPiece): a lone 三 or 兰 is ≥ (a typed 三 alone, an
// outline's number, is read surely).

import type { OcrWord } from './tesseract.ts';

const GE_AS_HAN = /^[三兰](?=\d)/u;
const PERCENT_CELL = /^9?%[6p]$/u;
const PERCENT_TAIL = /(\d)9?%[6p](?![A-Za-z0-9])/gu;
const PERCENT_TWICE = /%%+/gu;
const O_IN_FIGURE = /(?<=\d)[Oo](?=\d)/gu;
const PERCENT_AS_9 = /(?<![\d.])(\d{2,3})9%/gu;
const EQUALS_AS_DASH = /(?<=[<>＜＞])一(?=\d)|^[=＝][一-]$/u;

export function repairOcrText(text: string): string {
  return text
    .replace(GE_AS_HAN, '≥')
    .replace(PERCENT_CELL, '%')
    .replace(PERCENT_TAIL, '$1%')
    .replace(PERCENT_TWICE, '%')
    .replace(O_IN_FIGURE, '0')
    .replace(PERCENT_AS_9, (all, rate: string) =>
      Number(`${rate}9`) >= 200 && Number(rate) <= 100 ? `${rate}%` : all,
    )
    .replace(EQUALS_AS_DASH, (m) => (m.length === 2 ? m[0]! : '='));
}

/** Below this confidence a lone 三 or 兰 is read as ≥ (measured: the engine gives it 2–50 there). */
const UNSURE_GE = 0.6;

/** A recognised piece's text put right, knowing how sure the engine was of it (0–1). */
export function repairOcrPiece(text: string, confidence: number): string {
  if (/^[三兰]$/u.test(text) && confidence < UNSURE_GE) return '≥';
  return repairOcrText(text);
}

/**
 * How far above the foot of the figure after it (a share of the figure's height) a > or < may end and still
 * be a ≥ or ≤ whose bar the engine did not see: the bar sits on the line's foot, a bare > or < ends above it.
 * Measured: a ≥ read as > in the corpus's scans ends 0–4 % of the figure's height above it; a typed > in Noto
 * Serif and Sans CJK 12–20 % above.
 */
const BAR_REACH = 0.08;

/**
 * A word whose > or < before a figure reaches down to the figure's foot, with those signs read as ≥ or ≤:
 * the engine often drops the bar under ≥ (≥95% → >95%). Needs the characters' boxes; a word without them is
 * returned as it was.
 */
export function barredComparators(word: OcrWord): OcrWord {
  const chars = word.chars;
  if (!chars || !/[<>]\d/.test(word.text)) return word;
  let changed = false;
  const read = chars.map((c, i) => {
    const figure = chars[i + 1];
    if ((c.text !== '>' && c.text !== '<') || !figure || !/^\d$/.test(figure.text)) return c;
    if (c.bottom === undefined || figure.bottom === undefined || figure.top === undefined) return c;
    const height = figure.top - figure.bottom;
    if (height <= 0 || c.bottom - figure.bottom > BAR_REACH * height) return c;
    changed = true;
    return { ...c, text: c.text === '>' ? '≥' : '≤' };
  });
  return changed ? { ...word, text: read.map((c) => c.text).join(''), chars: read } : word;
}
