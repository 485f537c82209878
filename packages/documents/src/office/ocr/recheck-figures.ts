// A second reading of the figures on a page, by the engine's Latin model held to digits. The Chinese model
// reads a figure's digits well but its % badly: set in a CJK font the sign is wide and reads as 96, 9%6, 94
// or 9 (95% → 9596, 100% → 1009%6, 8% → 896), and a rule cannot tell 9596 from a typed 9596. The Latin
// model (eng), held to digits, the point and % (tessedit_char_whitelist), reads those signs right. So each
// run of digits of a recognised word — cut by its characters' boxes, without the comparator or unit the
// Chinese model read around it (≥, 万元, 人次: the Latin model knows no Han and reads ≥ as 2) — is cut out of
// the cleaned page, the runs stacked one under another with white between into one picture, and that
// picture read in one run; a run's new reading replaces the old where it reads a % the first read as
// digits, and the engine is sure of it.
import type { GrayImage } from './raster.ts';
import { stackCuts } from './recheck-cells.ts';
import type { OcrWord } from './tesseract.ts';

/** The Latin model the figures are read again with (Debian's tesseract-ocr-eng, installed with tesseract-ocr). */
export const FIGURE_LANGUAGE = 'eng';
/** What a figure is read as: digits, the decimal point and %. */
export const FIGURE_CHARACTERS = '0123456789.%';
/** A new reading is taken when the engine is at least this sure of it (0–100). */
const SURE_FIGURE = 70;
/** Runs read again on a page at most. */
export const MAX_RECHECKED_FIGURES = 150;

type Char = NonNullable<OcrWord['chars']>[number];

/** A run of digits of a word: its characters (k from … to, exclusive) and its box on the page in pixels. */
export interface FigureRun {
  word: OcrWord;
  from: number;
  to: number;
  box: { left: number; top: number; right: number; bottom: number };
}

const FIGURE_CHAR = /^[0-9.%]$/;

/**
 * The runs of digits of the words (opened by a digit, going on over digits, points and %, not ending in a
 * point), cut by the words' character boxes; words without boxes are passed over, and so are runs of one
 * character (an outline's number, read surely; a lone digit has no % to misread).
 */
export function figureRuns(words: readonly OcrWord[], max = MAX_RECHECKED_FIGURES): FigureRun[] {
  const runs: FigureRun[] = [];
  for (const word of words) {
    const chars = word.chars;
    if (!chars || !/\d/.test(word.text)) continue;
    for (let k = 0; k < chars.length; k++) {
      if (!/^\d$/.test(chars[k]!.text)) continue;
      let end = k + 1;
      while (end < chars.length && FIGURE_CHAR.test(chars[end]!.text)) end++;
      // A point ending the run closes an outline's number (1.) or a sentence: no part of the figure.
      while (chars[end - 1]!.text === '.') end--;
      if (end - k >= 2) runs.push({ word, from: k, to: end, box: boxOf(word, chars.slice(k, end)) });
      k = end - 1;
    }
  }
  return runs.slice(0, max);
}

/** A run's box: its characters' span across, its text line's height down. */
function boxOf(word: OcrWord, chars: readonly Char[]) {
  return {
    left: Math.min(...chars.map((c) => c.left)),
    right: Math.max(...chars.map((c) => c.right)) + 1,
    top: word.lineTop,
    bottom: word.lineTop + word.lineHeight,
  };
}

/** White around each run cut out and between runs stacked (pixels at 300 dpi, scaled to the page's). */
const GAP_AT_300 = 24;
/** Pixels added either side of a run across (its characters' boxes are tight on the ink). */
const PAD_AT_300 = 3;

export interface FigureStack {
  image: GrayImage;
  /** Where each run's cut stands in the stack (its top and bottom there). */
  placed: Array<{ top: number; bottom: number }>;
}

/** The runs cut out of the (cleaned) page and stacked one under another, white between them. */
export function stackFigures(page: GrayImage, runs: readonly FigureRun[], dpi: number): FigureStack {
  const gap = Math.round((GAP_AT_300 * dpi) / 300);
  const pad = Math.round((PAD_AT_300 * dpi) / 300);
  const cuts = runs.map(({ box }) => ({
    x0: Math.max(0, Math.round(box.left) - pad),
    x1: Math.min(page.width, Math.round(box.right) + pad),
    y0: Math.max(0, Math.round(box.top) - pad),
    y1: Math.min(page.height, Math.round(box.bottom) + pad),
  }));
  return stackCuts(page, cuts, gap);
}

/** A percentage as the Latin model may read it: digits with at most one point, then %. */
const PERCENTAGE = /^\d+(\.\d+)?%$/;
/** Characters the Chinese model makes of a % at most (96, 9%6 without its %). */
const PERCENT_AS_DIGITS = 2;

/**
 * True when `second` reads a % where `first` read it as digits or left it out: `second` is a percentage
 * whose digits open `first`'s (its own % signs aside), followed by at most PERCENT_AS_DIGITS more (9596 →
 * 95%, 1009%6 → 100%, 93.2596 → 93.25%, 96 → 96%). Other differences are not taken: the Latin model,
 * cut off from its neighbours, misreads a digit at the cut's edge as surely (2022 → 1022, 3% → 1%).
 */
export function percentRead(first: string, second: string): boolean {
  if (first === second || !PERCENTAGE.test(second)) return false;
  const digits = second.slice(0, -1);
  const was = first.replace(/%/g, '');
  return was.startsWith(digits) && was.length - digits.length <= PERCENT_AS_DIGITS;
}

/**
 * The words with each run replaced by its second reading, where that reading is one percentage the engine
 * is sure of and puts right the first's % (percentRead). The run's characters take the new text, their span shared evenly.
 */
export function mergeFigures(
  words: readonly OcrWord[],
  runs: readonly FigureRun[],
  stack: FigureStack,
  reread: readonly OcrWord[],
): OcrWord[] {
  const fixes = new Map<OcrWord, Array<{ run: FigureRun; text: string }>>();
  runs.forEach((run, k) => {
    const at = stack.placed[k]!;
    const mine = reread.filter((w) => {
      const y = w.lineTop + w.lineHeight / 2;
      return y >= at.top && y < at.bottom;
    });
    if (mine.length !== 1) return;
    const { text, confidence } = mine[0]!;
    const old = run.word
      .chars!.slice(run.from, run.to)
      .map((c) => c.text)
      .join('');
    if (confidence < SURE_FIGURE || !percentRead(old, text)) return;
    const list = fixes.get(run.word) ?? [];
    list.push({ run, text });
    fixes.set(run.word, list);
  });
  return words.map((word) => {
    const list = fixes.get(word);
    if (!list) return word;
    const chars = [...word.chars!];
    // From the last run back, so the earlier runs' places stand.
    for (const { run, text } of [...list].sort((a, b) => b.run.from - a.run.from)) {
      const span = chars.slice(run.from, run.to);
      const left = span[0]!.left;
      const right = span[span.length - 1]!.right;
      const step = (right - left + 1) / text.length;
      const fresh = [...text].map((t, i) => ({
        ...span[Math.min(i, span.length - 1)]!,
        text: t,
        left: Math.round(left + i * step),
        right: Math.round(left + (i + 1) * step) - 1,
      }));
      chars.splice(run.from, run.to - run.from, ...fresh);
    }
    return { ...word, text: chars.map((c) => c.text).join(''), chars };
  });
}
