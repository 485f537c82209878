// Scanned forms end to end: an image-only PDF and a picture of a form imported through importBuffer (OCR by
// Debian's tesseract), their fields marked unsure; a blank picture, a missing engine and the page and time
// limits refused with a code and a Chinese reason. Fixtures (test/fixtures/scans, made for these tests):
// - 123_project.scan.pdf: corpus formats/123_project.docx (wide/123, 重庆 忠县 区域绩效目标表) printed by
//   LibreOffice, page 1 rendered by pdftoppm at 200 dpi, thresholded to 1 bit and wrapped as an image-only
//   PDF (no text layer) — 19 KB.
// - seed000-page1.png: seed 000's project form printed by the PDF exporter (Chromium), page 1 at 200 dpi,
//   1-bit PNG with its resolution recorded (pHYs) — 47 KB.
// Where tesseract is absent the OCR tests skip with a message; CI installs it (.ci/run), and there they run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { importBuffer, UNSURE_BELOW } from '../src/index.ts';
import { ocrAvailable } from '../src/office/ocr/tesseract.ts';
import { readScannedPdfRows } from '../src/office/ocr/read-scanned.ts';
import { grayPagesPdf } from './scan-pdf.ts';
import { rotatePage } from '../src/office/ocr/deskew.ts';
import sharp from 'sharp';

const fixtures = join(import.meta.dirname, 'fixtures/scans');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const available = await ocrAvailable();
if (!available) {
  if (process.env.CI)
    throw new Error(
      'CI installs tesseract-ocr and tesseract-ocr-chi-sim (.ci/run): OCR tests must run there',
    );
  console.warn(
    'import-scans.test.ts: tesseract with chi_sim is not installed — OCR tests skipped (apt-get install tesseract-ocr tesseract-ocr-chi-sim)',
  );
}

const codeOf = async (p: Promise<{ ok: boolean; error?: { code: string; message: string } }>) => {
  const out = await p;
  return out.ok ? 'ok' : `${out.error!.code}: ${out.error!.message}`;
};

describe.skipIf(!available)('scanned forms (OCR)', () => {
  it(
    'an image-only PDF of a target form imports with its name, budget, indicator count and targets, every field unsure',
    { timeout: 180_000 },
    async () => {
      const out = await importBuffer(fixture('123_project.scan.pdf'), 'scan.pdf');
      if (!out.ok) throw new Error(out.error.message);
      expect(out.format).toBe('pdf');
      const form = out.forms[0]!;
      if (form.kind !== 'project') throw new Error(form.kind);
      expect(form.name).toBe('生猪(牛羊)调出大县奖励资金');
      expect(form.budget.total).toBe('397');
      expect(form.indicators.map((i) => i.name)).toEqual(['猪肉产量稳定率', '能繁母猪稳定率']);
      expect(form.indicators[1]!.target.raw).toBe('90%');
      // Read from pixels: every field is marked for the user to confirm.
      expect(out.sources[0]!.length).toBeGreaterThan(3);
      for (const s of out.sources[0]!) expect(s.confidence).toBeLessThan(UNSURE_BELOW);
    },
  );

  it(
    'a picture of a form (PNG, told by its bytes whatever its name) is read the same way',
    { timeout: 180_000 },
    async () => {
      const out = await importBuffer(fixture('seed000-page1.png'), 'scan.docx');
      if (!out.ok) throw new Error(out.error.message);
      expect(out.format).toBe('image');
      const form = out.forms[0]!;
      if (form.kind !== 'project') throw new Error(form.kind);
      expect(form.name).toBe('2022年度市行政审批局信息项目资金');
      expect(form.budget.total).toBe('200.00');
      expect(out.sources[0]!.every((s) => s.confidence < UNSURE_BELOW)).toBe(true);
    },
  );

  it(
    'a page scanned askew (turned 2° either way) reads as the straight one: it is turned back first',
    { timeout: 300_000 },
    async () => {
      // The picture fixture's page as a scanner fed it askew, wrapped as an image-only PDF (PDFKit).
      const { data, info } = await sharp(fixture('seed000-page1.png'))
        .toColourspace('b-w')
        .extractChannel(0)
        .raw()
        .toBuffer({ resolveWithObject: true });
      const page = { width: info.width, height: info.height, pixels: new Uint8Array(data) };
      // The second readings run only while the file's time is far from spent: on a loaded machine a page
      // can take longer than that, and the reading would then depend on the load, not on the turn.
      const limit = process.env.OCR_TIMEOUT_SECONDS;
      process.env.OCR_TIMEOUT_SECONDS = '900';
      onTestFinished(() => {
        if (limit === undefined) delete process.env.OCR_TIMEOUT_SECONDS;
        else process.env.OCR_TIMEOUT_SECONDS = limit;
      });
      for (const degrees of [2, -2]) {
        const pdf = await grayPagesPdf([await rotatePage(page, degrees)], 200);
        const out = await importBuffer(pdf, 'askew.pdf');
        if (!out.ok) throw new Error(out.error.message);
        const form = out.forms[0]!;
        if (form.kind !== 'project') throw new Error(form.kind);
        expect(form.name).toBe('2022年度市行政审批局信息项目资金');
        expect(form.budget.total).toBe('200.00');
        // Read straight, the page's table holds its first indicator (the page ends there): askew, without
        // being turned back, neither the budget nor that indicator was found.
        expect(form.indicators.map((i) => [i.level1, i.level2])).toEqual([['产出指标', '质量指标']]);
      }
    },
  );

  it('a blank scan is refused with ocr-no-text and a Chinese reason', { timeout: 120_000 }, async () => {
    const white = { width: 1654, height: 2339, pixels: new Uint8Array(1654 * 2339).fill(250) };
    expect(await codeOf(importBuffer(await grayPagesPdf([white], 200), 'blank.pdf'))).toMatch(
      /^ocr-no-text: .*没有识别出文字/,
    );
  });

  it('holds its page and time limits', { timeout: 120_000 }, async () => {
    const pdf = fixture('123_project.scan.pdf');
    await expect(readScannedPdfRows(pdf, 1, { maxPages: 0 })).rejects.toMatchObject({
      code: 'ocr-too-many-pages',
      message: expect.stringMatching(/共 1 页，超过识别上限 0 页/),
    });
    const started = Date.now();
    await expect(readScannedPdfRows(pdf, 1, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'ocr-timeout',
      message: expect.stringMatching(/超时/),
    });
    expect(Date.now() - started).toBeLessThan(5_000); // the child processes were killed, not waited for
  });
});

describe('scanned forms without the OCR engine', () => {
  it('say what to install, never crash', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await codeOf(importBuffer(fixture('123_project.scan.pdf'), 'scan.pdf'))).toMatch(
        /^ocr-unavailable: .*apt-get install tesseract-ocr tesseract-ocr-chi-sim/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
