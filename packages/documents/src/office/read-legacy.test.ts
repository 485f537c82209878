// Legacy .doc/.xls through LibreOffice: the test makes real legacy files from HTML with LibreOffice
// itself (rowspan/colspan included), then reads them back. Skipped when LibreOffice is not installed.
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { findOffice, readLegacyOfficeRows } from './read-legacy.ts';
import { oleFile } from './test-files.ts';

const office = findOffice();

const HTML = `<html><head><meta charset="utf-8"></head><body>
<p>项目支出绩效目标批复表</p>
<table border="1">
<tr><td>项目名称</td><td colspan="2">政务服务工作</td><td>项目预算</td><td>571</td></tr>
<tr><td rowspan="2">长期目标1</td><td>成本指标</td><td>经济成本指标</td><td>项目成本</td><td>≤571万元</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>人员数量</td><td>=33人</td></tr>
</table></body></html>`;

/** Converts HTML to a legacy format with LibreOffice (the writer filter decides .doc vs .xls). */
async function legacyFromHtml(target: 'doc' | 'xls'): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-legacy-test-'));
  try {
    await writeFile(path.join(dir, 'in.html'), HTML);
    const filter = target === 'doc' ? 'doc:MS Word 97' : 'xls:MS Excel 97';
    const args = [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      dir,
      path.join(dir, 'in.html'),
    ];
    if (target === 'xls') args.splice(2, 0, '--infilter=calc_HTML_WebQuery');
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
  },
);
