// A page scanned askew: its tilt found from the ink's profile and the page turned back, so that the
// ruled lines are found again. (The whole path, OCR included, is run by test/import-scans.test.ts.)
import { describe, expect, it } from 'vitest';
import { deskew, rotatePage, skewAngle } from './deskew.ts';
import { findPixelLines, inkThreshold, type GrayImage } from './raster.ts';

// A ruled table of a form at 150 dpi: 8 rows, 3 columns, and a dash of "text" in each cell.
function form(): GrayImage {
  const width = 1240;
  const height = 1754;
  const pixels = new Uint8Array(width * height).fill(255);
  const ink = (x: number, y: number) => {
    pixels[y * width + x] = 0;
  };
  const rows = Array.from({ length: 9 }, (_, k) => 300 + k * 120);
  const cols = [100, 400, 800, 1140];
  // Ruled lines two pixels thick.
  for (const y of rows)
    for (let x = cols[0]!; x <= cols[3]!; x++) {
      ink(x, y);
      ink(x, y + 1);
    }
  for (const x of cols)
    for (let y = rows[0]!; y <= rows[8]!; y++) {
      ink(x, y);
      ink(x + 1, y);
    }
  for (const y of rows.slice(0, -1))
    for (const x of cols.slice(0, -1))
      for (let dy = 40; dy < 70; dy++) for (let dx = 30; dx < 200; dx += 3) ink(x + dx, y + dy);
  return { width, height, pixels };
}

const longLines = (img: GrayImage, kind: 'h' | 'v') =>
  findPixelLines(img, 150, inkThreshold(img)).filter((l) => l.kind === kind && l.to - l.from > 250);

describe('deskew', () => {
  it('finds the tilt of a page turned either way, to a few hundredths of a degree', async () => {
    const page = form();
    expect(skewAngle(page, inkThreshold(page), 150)).toBe(0);
    for (const degrees of [0.4, -1.2, 2.5, -4]) {
      const turned = await rotatePage(page, degrees);
      expect(Math.abs(skewAngle(turned, inkThreshold(turned), 150) - degrees)).toBeLessThan(0.04);
    }
  });

  it('leaves a straight page as it is', async () => {
    const page = form();
    const out = await deskew(page, inkThreshold(page), 150);
    expect(out.degrees).toBe(0);
    expect(out.image).toBe(page);
  });

  it("turns a tilted page back so that its table's ruled lines are found again", async () => {
    const page = form();
    expect(longLines(page, 'h')).toHaveLength(9);
    expect(longLines(page, 'v')).toHaveLength(4);
    const turned = await rotatePage(page, 1.5);
    // Tilted, the lines climb across pixel rows and columns: the line finder loses them.
    expect(longLines(turned, 'h').length + longLines(turned, 'v').length).toBeLessThan(4);
    const out = await deskew(turned, inkThreshold(turned), 150);
    expect(Math.abs(out.degrees - 1.5)).toBeLessThan(0.04);
    expect(longLines(out.image, 'h')).toHaveLength(9);
    expect(longLines(out.image, 'v')).toHaveLength(4);
  });

  it('gives a blank page no tilt', () => {
    const white = { width: 200, height: 300, pixels: new Uint8Array(200 * 300).fill(255) };
    expect(skewAngle(white, 128, 150)).toBe(0);
  });
});
