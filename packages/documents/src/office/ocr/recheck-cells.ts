// A second reading of the table cells whose words the engine was unsure of. The page is read as one block
// (psm 6): a row of cells is one text line to the engine, and a cell's characters are guessed with its
// neighbours' as context, which misreads short or crowded cells (张庄案镇 for 张庄寨镇, 人ET for 全年执行数).
// Each unsure cell — its box the ruled lines found around it — is cut out of the cleaned page, the cells
// stacked one under another with white between them into one picture, and that picture read in one run
// (one engine start a page, however many cells). A cell's new words replace its old ones when the engine
// is surer of them on the whole. Bounded: at most MAX_RECHECKED_CELLS cells a page.
import type { Rule } from '../pdf-tables.ts';
import type { GrayImage } from './raster.ts';
import type { OcrWord } from './tesseract.ts';

/** Words read with less confidence than this (0–100) send their cell to be read again. */
export const UNSURE_WORD = 60;
/** Cells read again on a page at most (a page of a form has 50–150 cells; most are read surely). */
export const MAX_RECHECKED_CELLS = 80;

/** A cell's box in pixels of the page (inside its ruled lines). */
export interface CellBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const middle = (w: OcrWord) => ({ x: w.left + w.width / 2, y: w.lineTop + w.lineHeight / 2 });

/**
 * The ruled cell around a point of the page (pixels), or null where no rule closes it on every side. The
 * rules are in PDF points, y upwards from the page's foot (as linesToRules gives them).
 */
export function cellAround(
  x: number,
  y: number,
  rules: readonly Rule[],
  height: number,
  dpi: number,
): CellBox | null {
  const pt = 72 / dpi;
  const xPt = x * pt;
  const yPt = (height - y) * pt;
  let left = -Infinity;
  let right = Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of rules) {
    if (r.kind === 'v' && r.from <= yPt && r.to >= yPt) {
      if (r.at < xPt) left = Math.max(left, r.at);
      else right = Math.min(right, r.at);
    } else if (r.kind === 'h' && r.from <= xPt && r.to >= xPt) {
      if (r.at > yPt) top = Math.min(top, r.at);
      else bottom = Math.max(bottom, r.at);
    }
  }
  if (![left, right, top, bottom].every(Number.isFinite)) return null;
  return { left: left / pt, right: right / pt, top: height - top / pt, bottom: height - bottom / pt };
}

/** The cells holding an unsure word, at most `max`, with the words each holds (every word in the cell). */
export function unsureCells(
  words: readonly OcrWord[],
  rules: readonly Rule[],
  height: number,
  dpi: number,
  max = MAX_RECHECKED_CELLS,
): Array<{ box: CellBox; words: OcrWord[] }> {
  const cells = new Map<string, { box: CellBox; words: OcrWord[]; unsure: boolean }>();
  for (const w of words) {
    const { x, y } = middle(w);
    const box = cellAround(x, y, rules, height, dpi);
    if (!box) continue;
    const key = `${Math.round(box.left)}/${Math.round(box.top)}`;
    const cell = cells.get(key) ?? { box, words: [], unsure: false };
    cell.words.push(w);
    if (w.confidence < UNSURE_WORD) cell.unsure = true;
    cells.set(key, cell);
  }
  return [...cells.values()]
    .filter((c) => c.unsure)
    .slice(0, max)
    .map(({ box, words: w }) => ({ box, words: w }));
}

/** White around each cell cut out and between cells stacked (pixels at 300 dpi, scaled to the page's). */
const GAP_AT_300 = 30;
/** Pixels dropped inside a cell's ruled lines: what is left of a painted-out line's smeared edge. */
const INSET_AT_300 = 4;

export interface Stack {
  image: GrayImage;
  /** Where each cell's cut stands in the stack: its top there, and the page point the stack's (0, top) is. */
  placed: Array<{ top: number; bottom: number; dx: number; dy: number }>;
}

/** The cells cut out of the (cleaned) page and stacked one under another, white between them. */
export function stackCells(page: GrayImage, boxes: readonly CellBox[], dpi: number): Stack {
  const inset = Math.max(1, Math.round((INSET_AT_300 * dpi) / 300));
  const cuts = boxes.map((b) => ({
    x0: Math.max(0, Math.round(b.left) + inset),
    x1: Math.min(page.width, Math.round(b.right) - inset),
    y0: Math.max(0, Math.round(b.top) + inset),
    y1: Math.min(page.height, Math.round(b.bottom) - inset),
  }));
  return stackCuts(page, cuts, Math.round((GAP_AT_300 * dpi) / 300));
}

/** Rectangles of a page (already clipped to it) stacked one under another in one image, `gap` white around each. */
export function stackCuts(
  page: GrayImage,
  cuts: ReadonlyArray<{ x0: number; x1: number; y0: number; y1: number }>,
  gap: number,
): Stack {
  const width = Math.max(1, ...cuts.map((c) => c.x1 - c.x0)) + 2 * gap;
  const height = cuts.reduce((n, c) => n + Math.max(0, c.y1 - c.y0) + gap, gap);
  const pixels = new Uint8Array(width * height).fill(255);
  const placed: Stack['placed'] = [];
  let at = gap;
  for (const c of cuts) {
    const h = Math.max(0, c.y1 - c.y0);
    for (let y = 0; y < h; y++) {
      const from = (c.y0 + y) * page.width;
      pixels.set(page.pixels.subarray(from + c.x0, from + Math.max(c.x0, c.x1)), (at + y) * width + gap);
    }
    placed.push({ top: at, bottom: at + h, dx: c.x0 - gap, dy: c.y0 - at });
    at += h + gap;
  }
  return { image: { width, height, pixels }, placed };
}

/** Mean confidence of words, each counted by its characters (an empty list: -1). */
function sureness(words: readonly OcrWord[]): number {
  let n = 0;
  let sum = 0;
  for (const w of words) {
    const k = [...w.text].length;
    n += k;
    sum += k * Math.max(0, w.confidence);
  }
  return n === 0 ? -1 : sum / n;
}

/**
 * The page's words with each rechecked cell's words replaced by those read from its cut, where the engine
 * is surer of them on the whole. The new words are moved back to the page (and keep their own text lines).
 */
export function mergeRechecked(
  words: readonly OcrWord[],
  cells: ReadonlyArray<{ box: CellBox; words: OcrWord[] }>,
  stack: Stack,
  reread: readonly OcrWord[],
): OcrWord[] {
  const dropped = new Set<OcrWord>();
  const added: OcrWord[] = [];
  cells.forEach((cell, k) => {
    const at = stack.placed[k]!;
    const mine = reread.filter((w) => {
      const y = middle(w).y;
      return y >= at.top && y < at.bottom;
    });
    if (mine.length === 0 || sureness(mine) <= sureness(cell.words)) return;
    for (const w of cell.words) dropped.add(w);
    for (const w of mine)
      added.push({
        ...w,
        left: w.left + at.dx,
        lineTop: w.lineTop + at.dy,
        line: `cell${k}/${w.line}`,
        ...(w.chars
          ? { chars: w.chars.map((c) => ({ ...c, left: c.left + at.dx, right: c.right + at.dx })) }
          : {}),
      });
  });
  return [...words.filter((w) => !dropped.has(w)), ...added];
}
