// A page image as 8-bit gray pixels: read from and written to PGM (what pdftoppm -gray writes and
// tesseract reads), its ink told from paper by Otsu's threshold, and the ruled lines of its tables found
// as long thin runs of ink. The lines become the same border rules a PDF's drawing gives (pdf-tables.ts),
// so a scanned table is laid out by the code that lays out a drawn one; they are then painted out so the
// OCR engine reads the cells' text without the borders (which it otherwise reads as | and 一).
import type { Rule } from '../pdf-tables.ts';

export interface GrayImage {
  width: number;
  height: number;
  /** One byte a pixel, row by row, 0 black … 255 white. */
  pixels: Uint8Array;
}

/** A binary PGM (P5, maxval ≤ 255) → its pixels; null when the bytes are not one. */
export function readPgm(data: Uint8Array): GrayImage | null {
  let at = 0;
  const token = (): string | null => {
    // Whitespace and # comments separate the header's tokens.
    for (;;) {
      while (at < data.length && /\s/.test(String.fromCharCode(data[at]!))) at++;
      if (data[at] !== 0x23) break;
      while (at < data.length && data[at] !== 0x0a) at++;
    }
    const start = at;
    while (at < data.length && !/\s/.test(String.fromCharCode(data[at]!))) at++;
    return at > start ? String.fromCharCode(...data.subarray(start, at)) : null;
  };
  if (token() !== 'P5') return null;
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (!(width > 0 && height > 0 && max > 0 && max < 256)) return null;
  at++; // the single whitespace before the raster
  const pixels = data.subarray(at, at + width * height);
  if (pixels.length < width * height) return null;
  return { width, height, pixels: max === 255 ? pixels : pixels.map((v) => Math.round((v * 255) / max)) };
}

export function writePgm(image: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(head.length + image.pixels.length);
  out.set(head);
  out.set(image.pixels, head.length);
  return out;
}

/** Otsu's threshold of the image: gray levels at or below it are ink. */
export function inkThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  const { pixels } = image;
  // Every 4th pixel is enough for a histogram of a page.
  for (let i = 0; i < pixels.length; i += 4) histogram[pixels[i]!]!++;
  let total = 0;
  let sum = 0;
  for (let v = 0; v < 256; v++) {
    total += histogram[v]!;
    sum += v * histogram[v]!;
  }
  let weightBelow = 0;
  let sumBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let v = 0; v < 255; v++) {
    weightBelow += histogram[v]!;
    if (weightBelow === 0) continue;
    const weightAbove = total - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += v * histogram[v]!;
    const meanBelow = sumBelow / weightBelow;
    const meanAbove = (sum - sumBelow) / weightAbove;
    const between = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) [best, threshold] = [between, v];
  }
  // A blank page has one peak: nothing below the paper's gray is ink then.
  return Math.min(threshold, 200);
}

/**
 * The gray level up to which a pixel may belong to a ruled line: halfway between the ink threshold and the
 * paper. Borders are often printed light (a 50 % gray) or thinner than a pixel and smeared gray; a long
 * thin run is a border whatever its shade, so the lines are looked for at this lighter threshold.
 */
export function lineThreshold(image: GrayImage, ink = inkThreshold(image)): number {
  const histogram = new Float64Array(256);
  const { pixels } = image;
  for (let i = 0; i < pixels.length; i += 16) histogram[pixels[i]!]!++;
  // The paper's gray: the most common level above the ink threshold.
  let paper = 255;
  let most = -1;
  for (let v = ink + 1; v < 256; v++) if (histogram[v]! > most) [most, paper] = [histogram[v]!, v];
  return Math.round((ink + paper) / 2);
}

/** A ruled line found in the image, in pixels. */
export interface PixelLine {
  kind: 'h' | 'v';
  /** First and last pixel along the line. */
  from: number;
  to: number;
  /** First and last pixel across it (its thickness). */
  near: number;
  far: number;
}

/** Lines of ink at least this long (inches) are borders: a Han character is at most about 0.2 in. tall. */
const MIN_H_INCHES = 0.3;
const MIN_V_INCHES = 0.22;
/** Thicker than this (inches) a run of ink is a filled area, not a border. */
const MAX_THICK_INCHES = 0.04;
/** Gaps up to this (inches; a pixel at 300 dpi) in a scanned line are bridged: wider would join the
 *  horizontal strokes of neighbouring characters into a line. */
const GAP_INCHES = 0.004;

/**
 * The horizontal and vertical ruled lines of a page image at `dpi`: runs of ink at least a border's length,
 * a gap of a pixel or two bridged, joined across neighbouring pixel rows into lines no thicker than a border.
 */
export function findPixelLines(image: GrayImage, dpi: number, threshold = inkThreshold(image)): PixelLine[] {
  const { width, height, pixels } = image;
  const gap = Math.max(1, Math.floor(dpi * GAP_INCHES));
  const thick = Math.max(2, Math.round(dpi * MAX_THICK_INCHES));
  const lines: PixelLine[] = [];
  const scan = (kind: 'h' | 'v', along: number, across: number, at: (a: number, c: number) => number) => {
    const min = Math.round(dpi * (kind === 'h' ? MIN_H_INCHES : MIN_V_INCHES));
    // Lines still growing: their span along and the last pixel row (across) they were seen on.
    let open: Array<PixelLine & { seen: number }> = [];
    for (let c = 0; c < across; c++) {
      const runs: Array<[number, number]> = [];
      let start = -1;
      let last = -2 * gap;
      for (let a = 0; a < along; a++) {
        if (pixels[at(a, c)]! > threshold) continue;
        if (start >= 0 && a - last <= gap + 1) last = a;
        else {
          if (start >= 0 && last - start + 1 >= min) runs.push([start, last]);
          start = a;
          last = a;
        }
      }
      if (start >= 0 && last - start + 1 >= min) runs.push([start, last]);
      const next: typeof open = [];
      for (const [from, to] of runs) {
        const line = open.find(
          (l) => l.seen === c - 1 && Math.min(l.to, to) - Math.max(l.from, from) > (to - from) / 2,
        );
        if (line) {
          line.from = Math.min(line.from, from);
          line.to = Math.max(line.to, to);
          line.far = c;
          line.seen = c;
        } else next.push({ kind, from, to, near: c, far: c, seen: c });
      }
      const still: typeof open = [];
      for (const l of open) {
        if (l.seen === c) still.push(l);
        else if (l.far - l.near + 1 <= thick)
          lines.push({ kind, from: l.from, to: l.to, near: l.near, far: l.far });
      }
      open = [...still, ...next];
    }
    for (const l of open)
      if (l.far - l.near + 1 <= thick) lines.push({ kind, from: l.from, to: l.to, near: l.near, far: l.far });
  };
  scan('h', width, height, (a, c) => c * width + a);
  scan('v', height, width, (a, c) => a * width + c);
  return lines;
}

/** Pixel lines as border rules in PDF points (y upwards from the page's foot), as pdf-tables.ts reads them. */
export function linesToRules(lines: readonly PixelLine[], image: GrayImage, dpi: number): Rule[] {
  const pt = 72 / dpi;
  return lines.map((l) =>
    l.kind === 'h'
      ? { kind: 'h', at: (image.height - (l.near + l.far) / 2) * pt, from: l.from * pt, to: (l.to + 1) * pt }
      : {
          kind: 'v',
          at: ((l.near + l.far) / 2) * pt,
          from: (image.height - l.to - 1) * pt,
          to: (image.height - l.from) * pt,
        },
  );
}

/** A copy of the image with the lines painted white (with a margin of `margin` pixels either side of each). */
export function eraseLines(image: GrayImage, lines: readonly PixelLine[], margin = 1): GrayImage {
  const { width, height } = image;
  const pixels = image.pixels.slice();
  for (const l of lines) {
    const near = Math.max(0, l.near - margin);
    const far = Math.min((l.kind === 'h' ? height : width) - 1, l.far + margin);
    for (let c = near; c <= far; c++)
      for (let a = l.from; a <= l.to; a++) pixels[l.kind === 'h' ? c * width + a : a * width + c] = 255;
  }
  return { width, height, pixels };
}

/** True when the image holds next to no ink (a blank or nearly blank page). */
export function isBlank(image: GrayImage, threshold = inkThreshold(image)): boolean {
  let ink = 0;
  const { pixels } = image;
  for (let i = 0; i < pixels.length; i += 7) if (pixels[i]! <= threshold && pixels[i]! < 160) ink++;
  return ink < (pixels.length / 7) * 0.0005;
}
