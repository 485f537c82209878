// A page scanned a little askew, turned straight before its lines are looked for. The line finder
// (raster.ts) takes a border for a long thin run of ink along one pixel row or column: a border 2,000 pixels
// long tilted 0.3° climbs 10 rows, so past a few tenths of a degree the rows of a ruled table are no longer
// found and the cells' text runs together. The angle is found by projection profiles: the page's ink is
// projected onto lines tilted by each angle in turn, and the angle whose profile is sharpest (the sum of
// squared counts: ink piled onto few rows — text lines and ruled lines — rather than smeared over many) is
// the page's tilt. Searched coarsely over ±MAX_SKEW_DEGREES, then finely around the best; the page is then
// turned back by sharp (libvips, on libuv's thread pool), the corners it uncovers white.
import type { GrayImage } from './raster.ts';

/** Tilts looked for (degrees either way): a page fed askew; a page turned further is not a form's scan. */
export const MAX_SKEW_DEGREES = 5;
/**
 * Tilts below this (degrees) are left: a border 2,500 pixels long (a page's width at 300 dpi) then climbs
 * at most 2 pixels, within what the line finder joins. Turning a page costs a resampling and blurs it a
 * little, so a straight page is not turned.
 */
export const MIN_SKEW_DEGREES = 0.05;
/** Steps of the coarse and the fine search (degrees). */
const COARSE_STEP = 0.2;
const FINE_STEP = 0.01;
/** Ink is sampled on a grid of this many pixels at 300 dpi (scaled to the page's), each cell ink when any pixel in it is. */
const CELL_AT_300 = 2;

/**
 * The points of ink of the page, one per grid cell holding ink, in cells (not pixels): the profile is
 * counted in bins a cell tall, so that a straight page's rows do not all fall on every other bin.
 */
function inkPoints(image: GrayImage, threshold: number, cell: number): { xs: Int32Array; ys: Int32Array } {
  const { width, height, pixels } = image;
  const across = Math.ceil(width / cell);
  const down = Math.ceil(height / cell);
  const inked = new Uint8Array(across * down);
  const column = new Int32Array(width);
  for (let x = 0; x < width; x++) column[x] = Math.floor(x / cell);
  let count = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const cells = Math.floor(y / cell) * across;
    for (let x = 0; x < width; x++)
      if (pixels[row + x]! <= threshold && inked[cells + column[x]!] === 0) {
        inked[cells + column[x]!] = 1;
        count++;
      }
  }
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < inked.length; i++)
    if (inked[i] === 1) {
      xs[k] = i % across;
      ys[k++] = Math.floor(i / across);
    }
  return { xs, ys };
}

/** Sharpness of the ink's profile across lines tilted `degrees` (clockwise, y downwards): Σ count². */
function sharpness(xs: Int32Array, ys: Int32Array, degrees: number, bins: Float64Array, pad: number): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  bins.fill(0);
  for (let k = 0; k < xs.length; k++) bins[Math.round(ys[k]! - xs[k]! * slope) + pad]!++;
  let sum = 0;
  for (let k = 0; k < bins.length; k++) sum += bins[k]! * bins[k]!;
  return sum;
}

/**
 * The angle (degrees, clockwise as the page shows) by which the page's rows of ink are tilted: a row that
 * runs down to the right is tilted clockwise. 0 for a page without ink.
 */
export function skewAngle(image: GrayImage, threshold: number, dpi: number): number {
  const cell = Math.max(1, Math.round((CELL_AT_300 * dpi) / 300));
  const { xs, ys } = inkPoints(image, threshold, cell);
  if (xs.length === 0) return 0;
  const pad = Math.ceil((image.width / cell) * Math.tan((MAX_SKEW_DEGREES * Math.PI) / 180)) + 2;
  const bins = new Float64Array(Math.ceil(image.height / cell) + 2 * pad);
  const best = (from: number, to: number, step: number) => {
    let angle = 0;
    let most = -1;
    for (let k = Math.round(from / step); k <= Math.round(to / step); k++) {
      const a = k * step;
      const s = sharpness(xs, ys, a, bins, pad);
      // Ties go to the angle nearer straight.
      if (s > most || (s === most && Math.abs(a) < Math.abs(angle))) [angle, most] = [a, s];
    }
    return angle;
  };
  const coarse = best(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, COARSE_STEP);
  const fine = best(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
  return Math.round(fine / FINE_STEP) * FINE_STEP;
}

/** The page turned by `degrees` (clockwise), canvas grown to hold it and its uncovered corners white. */
export async function rotatePage(image: GrayImage, degrees: number): Promise<GrayImage> {
  const { default: sharp } = await import('sharp');
  sharp.cache(false);
  const { data, info } = await sharp(
    Buffer.from(image.pixels.buffer, image.pixels.byteOffset, image.width * image.height),
    {
      raw: { width: image.width, height: image.height, channels: 1 },
    },
  )
    .rotate(degrees, { background: '#ffffff' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

/** The page straightened when it is tilted by MIN_SKEW_DEGREES or more; otherwise the page itself. */
export async function deskew(
  image: GrayImage,
  threshold: number,
  dpi: number,
): Promise<{ image: GrayImage; degrees: number }> {
  const degrees = skewAngle(image, threshold, dpi);
  if (Math.abs(degrees) < MIN_SKEW_DEGREES) return { image, degrees: 0 };
  return { image: await rotatePage(image, -degrees), degrees };
}
