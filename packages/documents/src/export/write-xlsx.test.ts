// The .xlsx writer: merges as on the template, widths, 万元 number formats, print setup; a disclosure
// as one sheet per table.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Form } from '@jixiao/core';
import { importText } from '../import-document.ts';
import { exportXlsx } from './write-xlsx.ts';

const seed = (file: string): Form[] => importText(fs.readFileSync(`/work/shared/seeds/${file}`, 'utf8'));

async function open(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return wb;
}

describe('exportXlsx', () => {
  it('writes a 批复表 with merges, widths, amounts as numbers and A4 print setup', async () => {
    const form = seed('004_f33f596efa0ca9bb.txt')[0]!;
    const wb = await open(await exportXlsx(form));
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('政务服务工作');
    expect(sheet.getCell('A1').value).toBe('项目支出绩效目标批复表');
    expect(sheet.getColumn(4).width).toBeGreaterThan(sheet.getColumn(2).width!);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A1:F1'); // the title across the form
    const budget = sheet.getCell('E4');
    expect(budget.value).toBe(571);
    expect(budget.numFmt).toBe('0.00');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.fitToHeight).toBe(0);
    expect(sheet.pageSetup.printArea).toMatch(/^A1:F\d+$/);
  });

  it('writes every amount in 万元 with two decimals, however it was written (200.0000, 200, 0)', async () => {
    const form = seed('003_5e2bb870419bde72.txt').find((f) => f.kind === 'project')!;
    const wb = await open(await exportXlsx(form));
    const formats = new Set<string>();
    let found: ExcelJS.Cell | null = null;
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value !== 'number') return;
        formats.add(c.numFmt);
        if (c.value === 200) found = c;
      }),
    );
    expect(found).not.toBeNull();
    expect([...formats]).toEqual(['0.00']);
  });

  it('writes a disclosure as one sheet for the text and one per table', async () => {
    const d = seed('003_5e2bb870419bde72.txt').find((f) => f.kind === 'disclosure')!;
    if (d.kind !== 'disclosure') throw new Error('no disclosure');
    const wb = await open(await exportXlsx(d));
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '公开说明',
      ...d.tables.map((t, k) => `${k + 1}.${t.title}`.slice(0, 31)),
    ]);
    const first = wb.worksheets[1]!;
    expect(first.getCell('A1').value).toBe('2020 年部门收支总表');
    expect(first.pageSetup.printTitlesRow).toBe('4:5');
    const wide = wb.worksheets.find((s) => s.name.includes('部门支出总表'))!;
    expect(wide.pageSetup.orientation).toBe('landscape');
  });
});
