// Legacy .doc/.xls and OpenDocument .odt/.ods through LibreOffice: the test makes real files from HTML with
// LibreOffice itself (rowspan/colspan included), then reads them back. Skipped when LibreOffice is not installed.
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  findOffice,
  openDocumentMimetype,
  readLegacyOfficeRows,
  readOpenDocumentRows,
} from './read-legacy.ts';
import { importBuffer } from '../import-document.ts';
import { sniffFormat } from '../sniff-format.ts';
import { zipSync, strToU8 } from 'fflate';
import { oleFile } from './test-files.ts';

const office = findOffice();

const HTML = `<html><head><meta charset="utf-8"></head><body>
<p>项目支出绩效目标批复表</p>
<table border="1">
<tr><td>项目名称</td><td colspan="2">政务服务工作</td><td>项目预算</td><td>571</td></tr>
<tr><td rowspan="2">长期目标1</td><td>成本指标</td><td>经济成本指标</td><td>项目成本</td><td>≤571万元</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>人员数量</td><td>=33人</td></tr>
</table></body></html>`;

/** Converts HTML to a legacy or OpenDocument format with LibreOffice (the writer filter decides the kind). */
async function legacyFromHtml(target: 'doc' | 'xls' | 'odt' | 'ods'): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-legacy-test-'));
  try {
    await writeFile(path.join(dir, 'in.html'), HTML);
    const filter = { doc: 'doc:MS Word 97', xls: 'xls:MS Excel 97', odt: 'odt:writer8', ods: 'ods:calc8' }[
      target
    ];
    const args = [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      dir,
      path.join(dir, 'in.html'),
    ];
    if (target === 'xls' || target === 'ods') args.splice(2, 0, '--infilter=calc_HTML_WebQuery');
    // Opened as a text document (Writer), not as a web page (Writer/Web saves .odt of another kind).
    if (target === 'odt') args.splice(2, 0, '--infilter=HTML (StarWriter)');
    spawnSync(office!, args, { timeout: 90_000 });
    return new Uint8Array(await readFile(path.join(dir, `in.${target}`)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!office)(
  'readLegacyOfficeRows with LibreOffice (skipped: soffice/libreoffice not on PATH)',
  () => {
    it('reads a .doc with merged cells', async () => {
      const doc = await legacyFromHtml('doc');
      const rows = await readLegacyOfficeRows(doc, '批复表.doc');
      const table = rows.filter((r) => r.table).map((r) => r.cells);
      expect(rows.some((r) => !r.table && r.cells[0] === '项目支出绩效目标批复表')).toBe(true);
      expect(table).toEqual([
        ['项目名称', '政务服务工作', '', '项目预算', '571'],
        ['长期目标1', '成本指标', '经济成本指标', '项目成本', '≤571万元'],
        ['', '产出指标', '数量指标', '人员数量', '=33人'],
      ]);
    }, 120_000);

    it('reads a .xls with merged cells', async () => {
      const xls = await legacyFromHtml('xls');
      const rows = await readLegacyOfficeRows(xls, '批复表.xls');
      const table = rows.filter((r) => r.cells.length > 1).map((r) => r.cells);
      expect(table).toContainEqual(['项目名称', '政务服务工作', '', '项目预算', '571']);
      // Calc's HTML import reads "=33人" as a formula-like entry and drops the '=': the test input's artefact.
      expect(table).toContainEqual(['', '产出指标', '数量指标', '人员数量', expect.stringContaining('33人')]);
    }, 120_000);

    it('a broken .doc that LibreOffice cannot convert → conversion-failed', async () => {
      const broken = oleFile(['Root Entry', 'WordDocument']);
      await expect(readLegacyOfficeRows(broken, '坏文件.doc')).rejects.toMatchObject({
        code: 'conversion-failed',
      });
    }, 120_000);

    it('reads an .odt (LibreOffice / WPS 开放文档) as the Word table it converts to, told by its content', async () => {
      const odt = await legacyFromHtml('odt');
      expect(sniffFormat(odt)).toBe('odf');
      const rows = await readOpenDocumentRows(odt);
      expect(rows.filter((r) => r.table).map((r) => r.cells)).toContainEqual([
        '',
        '产出指标',
        '数量指标',
        '人员数量',
        '=33人',
      ]);
      const out = await importBuffer(odt, '批复表（无扩展名）');
      expect(out.ok && out.format).toBe('odf');
    }, 120_000);

    it('reads an .ods as the sheet it converts to', async () => {
      const ods = await legacyFromHtml('ods');
      expect(sniffFormat(ods)).toBe('odf');
      const rows = await readOpenDocumentRows(ods);
      expect(rows.map((r) => r.cells)).toContainEqual(['项目名称', '政务服务工作', '', '项目预算', '571']);
    }, 120_000);
  },
);

describe('OpenDocument packages told by their mimetype', () => {
  /** A package whose first entry is its stored mimetype, as ODF requires. */
  const odf = (mimetype: string) =>
    zipSync({
      mimetype: [strToU8(mimetype), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });

  it('reads the mimetype of a text, a spreadsheet and a presentation; an ordinary zip has none', () => {
    expect(openDocumentMimetype(odf('application/vnd.oasis.opendocument.text'))).toBe(
      'application/vnd.oasis.opendocument.text',
    );
    expect(sniffFormat(odf('application/vnd.oasis.opendocument.spreadsheet'))).toBe('odf');
    expect(openDocumentMimetype(zipSync({ 'a.txt': strToU8('x') }))).toBeNull();
    expect(sniffFormat(zipSync({ 'a.txt': strToU8('x') }))).toBe('zip');
  });

  it('a presentation holds no form: refused with what it is', async () => {
    const out = await importBuffer(odf('application/vnd.oasis.opendocument.presentation'), '汇报.odp');
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error.code).toBe('unknown-format');
    expect(!out.ok && out.error.message).toContain('presentation');
  });
});
