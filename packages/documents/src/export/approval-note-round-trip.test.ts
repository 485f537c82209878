// The 批复信息 of a 批复表 (批复文号, 批复日期, 财政部门审核意见, 经办人, 负责人) printed in every format and read
// back by the importer; a 批复表 that carries none prints the blank 盖章/签字 block and reads back without one.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Form, ProjectForm } from '@jixiao/core';
import { importText, readRows } from '../import-document.ts';
import { recognizeForms } from '../recognize/recognize-forms.ts';
import { layoutForm } from './layout-form.ts';
import { layoutHtml } from './write-html.ts';
import { exportXlsx } from './write-xlsx.ts';
import { exportDocx } from './write-docx.ts';
import { closeBrowser, DEFAULT_CHROMIUM, exportPdf } from './write-pdf.ts';

const seed = importText(fs.readFileSync('/work/shared/seeds/004_f33f596efa0ca9bb.txt', 'utf8'));
const sheet = (): ProjectForm => structuredClone(seed[0]) as ProjectForm;
const note = {
  number: '某财预〔2026〕12号',
  date: '2026-03-15',
  opinion: '同意该项目绩效目标，请按批复组织实施。',
  handler: '张三',
  head: '李四',
};

const html = async (f: Form) => new TextEncoder().encode(layoutHtml(layoutForm(f)));
const exporters = [
  ['xlsx', exportXlsx],
  ['docx', exportDocx],
  ['html', html],
  ...(fs.existsSync(DEFAULT_CHROMIUM) ? [['pdf', exportPdf] as const] : []),
] as const;

async function readBack(form: Form, ext: string, exporter: (f: Form) => Promise<Uint8Array>) {
  const { rows } = await readRows(await exporter(form), `批复表.${ext}`);
  const back = recognizeForms(rows);
  expect(back).toHaveLength(1);
  return back[0] as ProjectForm;
}

describe('批复信息 through each format', () => {
  afterAll(closeBrowser);

  it.each(exporters)(
    '.%s carries 文号, date, opinion and signatures',
    async (ext, exporter) => {
      const back = await readBack({ ...sheet(), year: null, approval: note }, ext, exporter);
      expect(back.approval).toEqual(note);
      // No year in the title or name: the 文号 gives it.
      expect(back.year).toBe(2026);
    },
    60_000,
  );

  it.each(exporters)(
    '.%s of a 批复表 without 批复信息 prints the blank block and reads back none',
    async (ext, exporter) => {
      const back = await readBack(sheet(), ext, exporter);
      expect('approval' in back).toBe(false);
    },
    60_000,
  );
});

describe('the printed block', () => {
  it('has the stamp line, the signatures and a hand-written date when finance gave none', () => {
    const text = layoutHtml(layoutForm(sheet()));
    expect(text).toContain('财政部门（盖章）');
    expect(text).toContain('经办人：');
    expect(text).toContain('负责人：');
    expect(text).toContain('年　　月　　日');
    expect(text).toContain('财政部门审核意见');
  });
});
