// Ruled lines found in page pixels, the words of a recognised line joined and cut at borders, pictures read.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import {
  eraseLines,
  findPixelLines,
  inkThreshold,
  isBlank,
  lineThreshold,
  readPgm,
  writePgm,
  type GrayImage,
} from './raster.ts';
import { cleanWord, joinWords, splitAtRules, tableLines, trimStrayQuotes } from './read-scanned.ts';
import { imageKind, openPicture, pictureDpi } from './image-pages.ts';
import { parseBoxes, parseTsv, withCharacters, type OcrWord } from './tesseract.ts';
import type { Rule } from '../pdf-tables.ts';

const blank = (width: number, height: number, gray = 255): GrayImage => ({
  width,
  height,
  pixels: new Uint8Array(width * height).fill(gray),
});
const box = (img: GrayImage, x0: number, y0: number, x1: number, y1: number, v = 0) => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) img.pixels[y * img.width + x] = v;
};

/** A 300 dpi page with a 3 × 2 ruled grid (2 px lines) and a few "characters" (filled squares). */
function gridPage(lineGray = 0): GrayImage {
  const img = blank(900, 600);
  for (const y of [100, 200, 300]) box(img, 100, y, 801, y + 2, lineGray);
  for (const x of [100, 450, 800]) box(img, x, 100, x + 2, 302, lineGray);
  box(img, 130, 130, 160, 170); // characters: short strokes, never lines
  box(img, 162, 130, 192, 170);
  return img;
}

describe('ruled lines in pixels', () => {
  it('finds the grid of a table, not the strokes of its text', () => {
    const lines = findPixelLines(gridPage(), 300);
    expect(lines.filter((l) => l.kind === 'h').map((l) => l.near)).toEqual([100, 200, 300]);
    expect(lines.filter((l) => l.kind === 'v').map((l) => l.near)).toEqual([100, 450, 800]);
  });

  it('finds borders printed in a light gray at the line threshold (halfway to the paper)', () => {
    const img = gridPage(200);
    const ink = 150; // black text's threshold: the 200-gray borders are lighter
    expect(findPixelLines(img, 300, ink).length).toBe(0);
    expect(lineThreshold(img, ink)).toBe(203);
    expect(findPixelLines(img, 300, lineThreshold(img, ink)).length).toBe(6);
  });

  it('gives the table as border rules in points and paints only its lines out', () => {
    const img = gridPage();
    box(img, 100, 500, 500, 502); // an underline away from any table: kept on the page, not a rule
    const { rules, erased } = tableLines(img, 300, inkThreshold(img));
    expect(rules).toHaveLength(6);
    const h = rules.filter((r) => r.kind === 'h').map((r) => Math.round(r.at));
    expect(h).toEqual([(600 - 101) * 0.24, (600 - 201) * 0.24, (600 - 301) * 0.24].map(Math.round));
    expect(erased.pixels[150 * 900 + 101]).toBe(255); // a border: gone
    expect(erased.pixels[150 * 900 + 140]).toBe(0); // a character: kept
    expect(erased.pixels[501 * 900 + 200]).toBe(0); // the underline: kept
  });

  it('tells a blank page and reads and writes PGM', () => {
    expect(isBlank(blank(300, 300))).toBe(true);
    expect(isBlank(gridPage())).toBe(false);
    const img = gridPage();
    const back = readPgm(writePgm(img))!;
    expect([back.width, back.height, Buffer.compare(back.pixels, img.pixels)]).toEqual([900, 600, 0]);
    expect(readPgm(new TextEncoder().encode('P6\n1 1\n255\n\0\0\0'))).toBeNull();
    expect(Buffer.compare(eraseLines(img, []).pixels, img.pixels)).toBe(0);
  });
});

const word = (text: string, left: number, width: number, extra: Partial<OcrWord> = {}): OcrWord => ({
  text,
  left,
  width,
  lineTop: 100,
  lineHeight: 40,
  confidence: 90,
  line: '1/1/1/1',
  ...extra,
});

describe('recognised words → pieces', () => {
  it('joins the words of a phrase (Han without a space, figures with one) but never across a border', () => {
    const border: Rule = { kind: 'v', at: 300 * 0.24, from: 0, to: 1000 };
    const pieces = joinWords(
      [
        word('项目', 10, 80),
        word('名称', 100, 80),
        word('2022', 330, 60),
        word('年度', 395, 80),
        word('ABC', 480, 50),
        word('DEF', 540, 50),
      ],
      [border],
      1000,
      300,
    );
    expect(pieces.map((p) => p.text)).toEqual(['项目名称', '2022年度ABC DEF']);
    expect(pieces[0]!.confidence).toBeCloseTo(0.75); // never surer than OCR_MOST_SURE
  });

  it('joins a line outside every table over wider gaps (a title spaced wide), not one in a table', () => {
    // Gaps of 40 px (an em and a fifth of a 40 px line): a title's words around quote marks; 340 px: apart.
    const words = [word('卡斯', 10, 80), word('镇三公', 130, 120), word('单位:万元', 590, 150)];
    expect(joinWords(words, [], 1000, 300).map((p) => p.text)).toEqual(['卡斯镇三公', '单位:万元']);
    // The same line crossed by a table's border (far to the right): its words part at the narrower gap.
    const border: Rule = { kind: 'v', at: 900 * 0.24, from: 0, to: 1000 };
    expect(joinWords(words, [border], 1000, 300).map((p) => p.text)).toEqual(['卡斯', '镇三公', '单位:万元']);
  });

  it('keeps the parts of a word cut at a border apart, though a part overhangs the border', () => {
    const border: Rule = { kind: 'v', at: 682 * 0.24, from: 0, to: 1000 };
    const chars = [...'一级指标二级指标'].map((text, k) => ({
      text,
      left: k < 4 ? 500 + k * 44 : 690 + (k - 4) * 44,
      right: k < 4 ? 540 + k * 44 + (k === 3 ? 28 : 0) : 730 + (k - 4) * 44,
    }));
    const pieces = joinWords([word('一级指标二级指标', 500, 366, { chars })], [border], 1000, 300);
    expect(pieces.map((p) => p.text)).toEqual(['一级指标', '二级指标']);
  });

  it('cuts a word the engine ran across a border, by its characters’ boxes', () => {
    const border: Rule = { kind: 'v', at: 200, from: 0, to: 1000 };
    const piece = { text: '名称2022', x: 10, y: 100, width: 300, size: 10 };
    const chars = [
      { text: '名', left: 10, right: 40 },
      { text: '称', left: 45, right: 75 },
      { text: '2', left: 220, right: 230 },
      { text: '0', left: 232, right: 242 },
      { text: '2', left: 244, right: 254 },
      { text: '2', left: 256, right: 266 },
    ];
    expect(splitAtRules(piece, [border], chars, 72).map((p) => p.text)).toEqual(['名称', '2022']);
    // Without boxes, by estimated advances over the word's width.
    expect(splitAtRules({ ...piece, text: '指标值≥95%', width: 390 }, [border]).map((p) => p.text)).toEqual([
      '指标值',
      '≥95%',
    ]);
  });

  it('drops specks and stray quote marks, keeps quoted phrases', () => {
    expect(cleanWord(word('。', 0, 10, { confidence: 17 }))).toBeNull();
    expect(cleanWord(word('|', 0, 10, { confidence: 95 }))).toBeNull();
    expect(cleanWord(word('。', 0, 10, { confidence: 90 }))?.text).toBe('。');
    expect(trimStrayQuotes('”项目总投入')).toBe('项目总投入');
    expect(trimStrayQuotes('项目名称”')).toBe('项目名称');
    expect(trimStrayQuotes('“增加就业机会')).toBe('增加就业机会');
    expect(trimStrayQuotes('“十四五”规划')).toBe('“十四五”规划');
  });

  it('reads tesseract TSV (line boxes for the words) and box files', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t',
      '4\t1\t1\t1\t1\t0\t238\t130\t900\t50\t-1\t',
      '5\t1\t1\t1\t1\t1\t238\t133\t92\t46\t95.39\t索引',
      '5\t1\t1\t1\t1\t2\t355\t150\t43\t5\t96.3\t一',
    ].join('\n');
    const words = parseTsv(tsv);
    expect(words).toEqual([
      {
        text: '索引',
        left: 238,
        width: 92,
        lineTop: 130,
        lineHeight: 50,
        confidence: 95.39,
        line: '1/1/1/1',
      },
      { text: '一', left: 355, width: 43, lineTop: 130, lineHeight: 50, confidence: 96.3, line: '1/1/1/1' },
    ]);
    const boxes = parseBoxes('索 238 3329 314 3375 0\n引 325 3329 330 3374 0\n一 355 3350 398 3355 0\n');
    expect(withCharacters(words, boxes)[0]!.chars).toEqual([
      { text: '索', left: 238, right: 314, bottom: 3329, top: 3375 },
      { text: '引', left: 325, right: 330, bottom: 3329, top: 3374 },
    ]);
  });
});

/** The pixels as a gray picture file, written by sharp with its resolution recorded (when given). */
async function picture(
  img: GrayImage,
  format: 'png' | 'png1' | 'jpeg' | 'tiff',
  dpi?: number,
  orientation?: number,
): Promise<Uint8Array> {
  let out = sharp(Buffer.from(img.pixels), {
    raw: { width: img.width, height: img.height, channels: 1 },
  }).toColourspace('b-w');
  if (dpi || orientation)
    out = out.withMetadata({ ...(dpi ? { density: dpi } : {}), ...(orientation ? { orientation } : {}) });
  if (format === 'png') out = out.png();
  if (format === 'png1') out = out.png({ palette: true, colours: 2 });
  if (format === 'jpeg') out = out.jpeg({ quality: 95 });
  if (format === 'tiff') out = out.tiff({ compression: 'lzw' });
  return new Uint8Array(await out.toBuffer());
}

const diff = (a: GrayImage, b: GrayImage) => {
  let n = 0;
  for (let i = 0; i < a.pixels.length; i++) n += Math.abs(a.pixels[i]! - b.pixels[i]!) > 64 ? 1 : 0;
  return n;
};

describe('pictures of a form', () => {
  it('tells PNG, JPEG and TIFF by their bytes', async () => {
    expect(imageKind(await picture(blank(2, 2), 'png'))).toBe('png');
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageKind(new Uint8Array([0x49, 0x49, 0x2a, 0]))).toBe('tiff');
    expect(imageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBeNull();
  });

  it('reads 8-bit and 1-bit gray PNGs and an LZW TIFF to the same pixels at their recorded resolution', async () => {
    const img = gridPage();
    for (const format of ['png', 'png1', 'tiff'] as const) {
      const file = await picture(img, format, 300);
      // The palette PNG of two colours is written 1 bit a pixel (IHDR's bit depth).
      if (format === 'png1') expect(file[24]).toBe(1);
      const pic = await openPicture(file);
      expect(pic.pages).toBe(1);
      const back = await pic.page(0, 300);
      expect([format, back.width, back.height, diff(back, img)]).toEqual([format, 900, 600, 0]);
    }
  });

  it('scales a picture from its recorded resolution to the one OCR reads at', async () => {
    const pic = await openPicture(await picture(gridPage(), 'tiff', 200));
    const page = await pic.page(0, 300);
    expect([page.width, page.height]).toEqual([1350, 900]);
    // The grid's first rule (rows 100–101 at 200 dpi) is at rows 150–152 at 300 dpi.
    expect(page.pixels[151 * 1350 + 600]).toBeLessThan(128);
    expect(page.pixels[140 * 1350 + 600]).toBeGreaterThan(200);
  });

  it('takes a picture without a usable resolution as a whole A4 page', async () => {
    expect(pictureDpi(undefined, 1654, 2339)).toBeCloseTo(200, 0);
    expect(pictureDpi(72, 1654, 2339)).toBeCloseTo(200, 0);
    expect(pictureDpi(150, 1654, 2339)).toBe(150);
    const page = await (await openPicture(await picture(blank(827, 1170), 'png'))).page(0, 300);
    expect([page.width, page.height]).toEqual([2479, 3507]);
  });

  it('turns a photo upright by its EXIF orientation', async () => {
    // Orientation 6: the camera was turned a quarter; the stored pixels are 600 wide, the page 600 tall.
    const stored = blank(600, 400);
    box(stored, 0, 0, 600, 40); // a band along the stored top: the page's right edge once turned
    const page = await (await openPicture(await picture(stored, 'jpeg', 300, 6))).page(0, 300);
    expect([page.width, page.height]).toEqual([400, 600]);
    expect(page.pixels[300 * 400 + 390]).toBeLessThan(64);
    expect(page.pixels[300 * 400 + 10]).toBeGreaterThan(192);
  });

  it('refuses a broken picture with its format named, and one too large before decoding it', async () => {
    await expect(openPicture(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).rejects.toThrow(/JPEG/);
    await expect(
      openPicture(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).rejects.toThrow(/PNG/);
    const huge = await sharp({
      create: { width: 10_000, height: 9_000, channels: 3, background: '#ffffff' },
    })
      .png({ compressionLevel: 1 })
      .toBuffer();
    await expect(openPicture(new Uint8Array(huge))).rejects.toMatchObject({ code: 'file-too-large' });
  });
});
