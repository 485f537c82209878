// The second reading of unsure cells: which cells go, how they are cut out and stacked, and which reading
// is kept. (The engine itself is run by the import-scans tests and scripts/ocr-accuracy.ts.)
import { describe, expect, it } from 'vitest';
import type { Rule } from '../pdf-tables.ts';
import type { GrayImage } from './raster.ts';
import { cellAround, mergeRechecked, stackCells, unsureCells } from './recheck-cells.ts';
import type { OcrWord } from './tesseract.ts';

// A 72 dpi page 300 × 200 px (so points are pixels, y upwards): two cells side by side, x 10–150–290,
// y (from the top) 20–80; a third row 80–140 spans the width.
const H = 200;
const rules: Rule[] = [
  { kind: 'h', at: H - 20, from: 10, to: 290 },
  { kind: 'h', at: H - 80, from: 10, to: 290 },
  { kind: 'h', at: H - 140, from: 10, to: 290 },
  { kind: 'v', at: 10, from: H - 140, to: H - 20 },
  { kind: 'v', at: 150, from: H - 80, to: H - 20 },
  { kind: 'v', at: 290, from: H - 140, to: H - 20 },
];
const word = (text: string, left: number, top: number, confidence: number, line = '1/1/1/1'): OcrWord => ({
  text,
  left,
  width: 20,
  lineTop: top,
  lineHeight: 16,
  confidence,
  line,
});

describe('unsure cells read again', () => {
  it('finds the ruled cell around a point, and none outside the table', () => {
    expect(cellAround(50, 40, rules, H, 72)).toEqual({ left: 10, right: 150, top: 20, bottom: 80 });
    expect(cellAround(200, 100, rules, H, 72)).toEqual({ left: 10, right: 290, top: 80, bottom: 140 });
    expect(cellAround(50, 170, rules, H, 72)).toBeNull();
  });

  it('sends only the cells holding a word read with little confidence, with all their words', () => {
    const words = [
      word('项目', 20, 40, 95),
      word('名杯', 45, 40, 30),
      word('某某', 160, 40, 96),
      word('外', 20, 170, 10),
    ];
    const cells = unsureCells(words, rules, H, 72);
    expect(cells.map((c) => c.words.map((w) => w.text))).toEqual([['项目', '名杯']]);
    expect(unsureCells(words, rules, H, 72, 0)).toEqual([]);
  });

  it('stacks the cells cut inside their lines, white between them, and knows where each came from', () => {
    const page: GrayImage = { width: 300, height: H, pixels: new Uint8Array(300 * H).fill(255) };
    page.pixels[50 * 300 + 60] = 0; // ink in the first cell
    const boxes = [
      { left: 10, right: 150, top: 20, bottom: 80 },
      { left: 10, right: 290, top: 80, bottom: 140 },
    ];
    const stack = stackCells(page, boxes, 72);
    expect(stack.placed).toHaveLength(2);
    const [a, b] = stack.placed;
    expect(a!.bottom).toBeLessThan(b!.top); // white between
    // The ink is in the stack where the first cell's cut put it.
    expect(stack.image.pixels[(50 - a!.dy) * stack.image.width + (60 - a!.dx)]).toBe(0);
    expect(stack.image.pixels.filter((v) => v === 0)).toHaveLength(1);
  });

  it('keeps the second reading of a cell only where the engine is surer of it, moved back to the page', () => {
    const old = [word('张庄案镇', 20, 40, 20), word('县农业局', 160, 40, 30)];
    const cells = unsureCells(old, rules, H, 72);
    const page: GrayImage = { width: 300, height: H, pixels: new Uint8Array(300 * H).fill(255) };
    const stack = stackCells(
      page,
      cells.map((c) => c.box),
      72,
    );
    const [a, b] = stack.placed;
    const reread = [
      word('张庄寨镇', 20 - a!.dx, 40 - a!.dy, 90, '1/1/1/1'), // surer: kept
      word('县农亚局', 160 - b!.dx, 40 - b!.dy, 10, '1/1/2/1'), // less sure: the old reading stays
    ];
    const merged = mergeRechecked(old, cells, stack, reread);
    expect(merged.map((w) => [w.text, w.left, w.lineTop])).toEqual([
      ['县农业局', 160, 40],
      ['张庄寨镇', 20, 40],
    ]);
  });
});
