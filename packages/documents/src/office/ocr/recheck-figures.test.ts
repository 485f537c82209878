// The second reading of figures: which runs of a word go, how they are cut out and stacked, and which
// reading is kept. (The engine itself is run by the import-scans tests and scripts/ocr-accuracy.ts.)
import { describe, expect, it } from 'vitest';
import { figureRuns, mergeFigures, percentRead, stackFigures, type FigureStack } from './recheck-figures.ts';
import type { OcrWord } from './tesseract.ts';

/** A word whose characters stand 20 pixels apart from x = left, each 16 wide. */
function word(text: string, left: number, top: number, confidence = 90): OcrWord {
  const chars = [...text].map((t, i) => ({ text: t, left: left + 20 * i, right: left + 20 * i + 15 }));
  return {
    text,
    left,
    width: 20 * chars.length,
    lineTop: top,
    lineHeight: 30,
    confidence,
    line: '1/1/1/1',
    chars,
  };
}
/** What the engine read from the stack: one word whose middle stands at y. */
const read = (text: string, y: number, confidence = 95): OcrWord => ({
  text,
  left: 10,
  width: 40,
  lineTop: y - 10,
  lineHeight: 20,
  confidence,
  line: `1/1/1/${y}`,
});

describe('figures read again', () => {
  it('cuts the runs of digits out of words, without the signs and units around them', () => {
    const words = [
      word('≥9596以上', 100, 50),
      word('1009%6', 300, 50),
      word('1.', 500, 50),
      word('项目', 600, 50),
    ];
    const runs = figureRuns(words);
    expect(
      runs.map((r) =>
        r.word
          .chars!.slice(r.from, r.to)
          .map((c) => c.text)
          .join(''),
      ),
    ).toEqual(['9596', '1009%6']);
    // ≥ is the word's first character: the run's box opens at the second.
    expect(runs[0]!.box).toEqual({ left: 120, right: 196, top: 50, bottom: 80 });
  });

  it('passes over a single digit, a point closing a number, and words without character boxes', () => {
    const bare: OcrWord = { ...word('95%', 0, 0), chars: undefined };
    expect(figureRuns([word('第3', 0, 0), bare])).toEqual([]);
    const [run] = figureRuns([word('12.', 0, 0)]);
    expect(run!.to - run!.from).toBe(2);
  });

  it('stacks the cuts one under another with white between', () => {
    const page = { width: 400, height: 100, pixels: new Uint8Array(400 * 100).fill(255) };
    page.pixels[60 * 400 + 130] = 0; // ink inside the first run's box
    const runs = figureRuns([word('≥95%', 100, 50), word('100%', 300, 50)]);
    const stack = stackFigures(page, runs, 300);
    expect(stack.placed).toHaveLength(2);
    expect(stack.placed[1]!.top).toBeGreaterThan(stack.placed[0]!.bottom);
    expect([...stack.image.pixels].filter((v) => v === 0)).toHaveLength(1);
  });

  it("replaces a run by the Latin model's figure when it is sure of it, keeping the word's other characters", () => {
    const words = [word('≥9596以上', 100, 50), word('1009%6', 300, 50), word('2023', 500, 50)];
    const runs = figureRuns(words);
    const stack: FigureStack = {
      image: { width: 1, height: 1, pixels: new Uint8Array(1) },
      placed: [
        { top: 0, bottom: 40 },
        { top: 40, bottom: 80 },
        { top: 80, bottom: 120 },
      ],
    };
    const out = mergeFigures(words, runs, stack, [read('95%', 20), read('100%', 60), read('2028', 100, 50)]);
    expect(out.map((w) => w.text)).toEqual(['≥95%以上', '100%', '2023']);
    // The characters follow the text (the rules that cut words at borders read them).
    expect(out[0]!.chars!.map((c) => c.text).join('')).toBe('≥95%以上');
    expect(out[0]!.chars![1]!.left).toBe(120);
    expect(out[0]!.chars![4]!.text).toBe('以');
  });

  it('keeps the first reading where the second is no figure, unsure, or in pieces', () => {
    const words = [word('1500', 100, 50), word('12.4', 300, 50), word('88', 500, 50)];
    const runs = figureRuns(words);
    const stack: FigureStack = {
      image: { width: 1, height: 1, pixels: new Uint8Array(1) },
      placed: [
        { top: 0, bottom: 40 },
        { top: 40, bottom: 80 },
        { top: 80, bottom: 120 },
      ],
    };
    const reread = [read('15%0', 20), read('12.4%', 60, 40), read('8', 100), read('8', 105)];
    expect(mergeFigures(words, runs, stack, reread).map((w) => w.text)).toEqual(['1500', '12.4', '88']);
  });

  it('takes only a % the first reading made digits of, never another digit', () => {
    expect(percentRead('9596', '95%')).toBe(true);
    expect(percentRead('1009%6', '100%')).toBe(true);
    expect(percentRead('93.2596', '93.25%')).toBe(true);
    expect(percentRead('896', '8%')).toBe(true);
    expect(percentRead('96', '96%')).toBe(true);
    // A digit at the cut's edge misread, a figure without %, or more than a % lost: the first stands.
    expect(percentRead('2022', '1022')).toBe(false);
    expect(percentRead('3%', '1%')).toBe(false);
    expect(percentRead('68350', '68890')).toBe(false);
    expect(percentRead('15', '1.5')).toBe(false);
    expect(percentRead('95123', '95%')).toBe(false);
    expect(percentRead('100%', '100%')).toBe(false);
  });
});
