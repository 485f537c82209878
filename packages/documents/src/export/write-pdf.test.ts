// PDF export through one shared Chromium: A4 pages with Chinese text, page numbers, and a text layer the
// PDF reader reads back. Skipped when /usr/bin/chromium is not installed (apt-get install chromium
// fonts-noto-cjk).
import { afterAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import type { Form } from '@jixiao/core';
import { importText } from '../import-document.ts';
import { normaliseRadicals, readPdfRows } from '../office/read-pdf.ts';
import { getDocumentProxy } from 'unpdf';
import { closeBrowser, DEFAULT_CHROMIUM, exportPdf } from './write-pdf.ts';

const hasChromium = fs.existsSync(DEFAULT_CHROMIUM);
// A hang guard, not an expected time: the first test starts Chromium and loads the font faces, which on a
// loaded machine takes longer than the packages' 30 s default.
vi.setConfig({ testTimeout: 300_000 });
const seed = (file: string): Form[] => importText(fs.readFileSync(`/work/shared/seeds/${file}`, 'utf8'));

describe.skipIf(!hasChromium)('exportPdf (skipped: /usr/bin/chromium missing)', () => {
  afterAll(closeBrowser);

  it('prints a 批复表 on A4 with its title, cells and page numbers', async () => {
    const pdf = await exportPdf(seed('004_f33f596efa0ca9bb.txt')[0]!);
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const [, , width, height] = (await doc.getPage(1)).view;
    expect(Math.abs(width! - 595.3)).toBeLessThan(1.5); // A4: 595 × 842 points
    expect(Math.abs(height! - 841.9)).toBeLessThan(1.5);
    expect(doc.numPages).toBe(2);
    const footer = (await (await doc.getPage(2)).getTextContent()).items
      .map((i) => ('str' in i ? i.str : ''))
      .join('');
    expect(normaliseRadicals(footer)).toContain('第 2 页 / 共 2 页'); // the reader drops page numbers; the page has them
    await doc.destroy();
    const rows = await readPdfRows(pdf);
    const text = rows.map((r) => r.cells.join('\t')).join('\n');
    expect(rows[0]!.cells).toEqual(['项目支出绩效目标批复表']);
    expect(text).toContain('申报单位：鄂州市数据局');
    // The ruled table read cell by cell, merged cells as '' — as in the seed 004 text.
    expect(text).toContain('项目名称\t政务服务工作\t\t项目预算\t571.00\t');
    expect(text).toContain('\t产出指标\t数量指标\t购买专业热线政务服务人员数量\t=33人\t计划标准');
    expect(text).toContain('\t\t\t服务窗口工作人员数量\t=35人\t计划标准');
    expect(text).toContain('购买专业热线政务服务人员数量');
    expect(text).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/); // radicals mapped back to ideographs
  });

  it('reuses one browser for several exports and prints a disclosure with its tables', async () => {
    const forms = seed('003_5e2bb870419bde72.txt');
    const d = forms.find((f) => f.kind === 'disclosure')!;
    const [a, b] = await Promise.all([exportPdf(d), exportPdf(forms.find((f) => f.kind === 'department')!)]);
    const rows = await readPdfRows(a);
    expect(rows.some((r) => r.cells.join('') === '2020 年部门收支总表')).toBe(true);
    expect(rows).toContainEqual(
      expect.objectContaining({
        cells: ['一、财政拨款（补助）', '4804.64', '一、经济分类', '4804.64', '201 一般公共服务', '4588.70'],
        table: true,
      }),
    );
    const dept = (await readPdfRows(b)).map((r) => r.cells.join('\t')).join('\n');
    expect(dept).toContain('部门整体支出绩效目标申报表');
    expect(dept).toContain('武汉市东西湖区行政审批局');
  });
});
