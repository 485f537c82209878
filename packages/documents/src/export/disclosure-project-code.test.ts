// The 一般公共预算项目支出表 of a 部门预算公开 prints each project's 项目编码 in every exported format, read back
// as text (a 21-character code must not turn into a number, nor lose its letters or trailing digits).
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Disclosure, Form } from '@jixiao/core';
import { readRows } from '../import-document.ts';
import { layoutForm } from './layout-form.ts';
import { layoutHtml } from './write-html.ts';
import { exportXlsx } from './write-xlsx.ts';
import { exportDocx } from './write-docx.ts';
import { closeBrowser, DEFAULT_CHROMIUM, exportPdf } from './write-pdf.ts';

/** As generateDisclosure writes the table (core/src/budget/generate-tables.ts). */
const disclosure: Disclosure = {
  kind: 'disclosure',
  formType: '部门预算公开',
  title: null,
  year: 2025,
  department: '某市某局',
  sections: [],
  tables: [
    {
      title: '一般公共预算项目支出表',
      unit: '万元',
      columns: ['项目编码', '项目名称', '项目类别', '本年预算数'],
      rows: [
        ['', '合计', '', '400.00'],
        ['53000024T000000012345', '甲项目', '经常性项目', '300.00'],
        ['', '乙项目', '其他项目', '100.00'],
        ['530000251000000067890', '丙项目', '其他项目', '0.00'],
      ],
    },
  ],
  figures: {},
};

const html = async (f: Form) => new TextEncoder().encode(layoutHtml(layoutForm(f)));
const exporters = [
  ['xlsx', exportXlsx],
  ['docx', exportDocx],
  ['html', html],
  ...(fs.existsSync(DEFAULT_CHROMIUM) ? [['pdf', exportPdf] as const] : []),
] as const;

describe('项目编码 in the disclosure’s project table', () => {
  afterAll(closeBrowser);

  it.each(exporters)(
    '.%s prints the column and each project’s code beside its name',
    async (ext, exporter) => {
      const { rows } = await readRows(await exporter(disclosure), `部门预算公开.${ext}`);
      const cells = (r: { cells: string[] }) => r.cells.map((c) => c.trim()).filter((c) => c !== '');
      const header = rows.map(cells).find((c) => c.includes('项目名称'));
      expect(header).toEqual(['项目编码', '项目名称', '项目类别', '本年预算数']);
      expect(rows.map(cells).find((c) => c.includes('甲项目'))).toEqual([
        '53000024T000000012345',
        '甲项目',
        '经常性项目',
        '300.00',
      ]);
      expect(rows.map(cells).find((c) => c.includes('乙项目'))).toEqual(['乙项目', '其他项目', '100.00']);
      // All digits: still the code as written, not a number.
      expect(rows.map(cells).find((c) => c.includes('丙项目'))?.[0]).toBe('530000251000000067890');
    },
    60_000,
  );
});
