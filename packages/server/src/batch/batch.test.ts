// The batch check on documents the exporters write: archives opened (folders kept in the names, an
// archiver's litter left out), a corrupt file reported as a row while the rest are checked, findings at
// their place, the report the worst first, and the report written as .xlsx (read back with exceljs) and
// as HTML (escaped).
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { batchFiles, FAULTY_UNIT, SOUND_UNIT, zipFiles } from '../test-support/batch-fixtures.ts';
import { sourcesOfBytes } from './batch-sources.ts';
import { inProcessChecker } from './check-pool.ts';
import type { DocumentCheck } from './document-check.ts';
import { buildReport, NO_UNIT, UNREAD } from './report-model.ts';
import { writeReportHtml } from './report-html.ts';
import { writeReportXlsx } from './report-xlsx.ts';
import { runBatch } from './run-batch.ts';
import { indexRows, locateFinding } from './locate-finding.ts';

async function checkAll(name: string, data: Uint8Array): Promise<DocumentCheck[]> {
  const sources = sourcesOfBytes(name, data);
  const out: DocumentCheck[] = new Array(sources.length);
  const seen: number[] = [];
  await runBatch(sources, inProcessChecker, {
    concurrency: 2,
    onDocument: (r, i, done) => {
      out[i] = r;
      seen.push(done);
    },
  });
  expect(seen).toEqual(sources.map((_, i) => i + 1)); // each document reported once, counted up
  return out;
}

function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('batch check', () => {
  it('opens an archive, reports a corrupt file as a row and checks the rest, each finding at its place', async () => {
    const f = await batchFiles();
    const zip = zipFiles({
      'a/sound.docx': f['sound.docx'],
      'a/b/faulty.xlsx': f['faulty.xlsx'],
      'corrupt.docx': f['corrupt.docx'],
    });
    const docs = await checkAll('区县.zip', zip);
    expect(docs.map((d) => d.name)).toEqual([
      '区县.zip/a/sound.docx',
      '区县.zip/a/b/faulty.xlsx',
      '区县.zip/corrupt.docx',
    ]);
    const [sound, faulty, corrupt] = docs;
    expect(sound!.error).toBeNull();
    expect(sound!.unit).toBe(SOUND_UNIT);
    expect(sound!.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(corrupt!.error?.code).toBe('corrupt-archive');
    expect(corrupt!.error?.message).toMatch(/损坏/);
    expect(faulty!.unit).toBe(FAULTY_UNIT);
    const sum = faulty!.findings.find((x) => x.rule === 'R-SUM-01')!;
    expect(sum.severity).toBe('error');
    expect(sum.message).toContain('150');
    expect(sum.message).toContain('200');
    // The budget cell of the sheet named after the project: the row the exporter wrote it in, second column.
    expect(sum.place).toMatchObject({ source: '乙项目', column: 1, text: '200.00' });
    expect(sum.place!.line).toBeGreaterThan(1);
  }, 60_000);

  it('takes a file that is not an archive as one document, and an unreadable archive as one failed row', async () => {
    const f = await batchFiles();
    expect(sourcesOfBytes('x.docx', f['sound.docx']).map((s) => s.name)).toEqual(['x.docx']);
    const broken = zipFiles({ 'a.docx': f['sound.docx'] }).slice(0, 60); // the directory cut off
    const docs = await checkAll('坏.zip', broken);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ name: '坏.zip', error: { code: 'corrupt-archive' } });
  }, 60_000);

  it('takes an OFD package as one document, also when OFD.xml is not its first entry', () => {
    const entry = strToU8('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>');
    const last = zipSync({ 'Doc_0/Document.xml': strToU8('<ofd:Document/>'), 'OFD.xml': entry });
    const first = zipSync({ 'OFD.xml': entry, 'Doc_0/Document.xml': strToU8('<ofd:Document/>') });
    expect(sourcesOfBytes('表.ofd', last).map((s) => s.name)).toEqual(['表.ofd']);
    expect(sourcesOfBytes('表.ofd', first).map((s) => s.name)).toEqual(['表.ofd']);
  });

  it('reads a saved web page of the batch and places its findings', async () => {
    const f = await batchFiles();
    const [doc] = await checkAll('faulty.html', f['faulty.html']);
    expect(doc!.error).toBeNull();
    expect(doc!.format).toBe('html');
    const sum = doc!.findings.find((x) => x.rule === 'R-SUM-01')!;
    expect(sum.place?.line).toBeGreaterThan(0);
  }, 60_000);

  it("places a text repeated under several indicators in the row of the finding's own indicator", () => {
    const rows = [
      { cells: ['一级', '指标', '依据'], table: true, line: 1 },
      { cells: ['产出', '指标A', '反映效益'], table: true, line: 2 },
      { cells: ['产出', '指标B', '反映效益'], table: true, line: 3 },
    ];
    const doc = {
      indicators: [
        { name: '指标A', basis: '反映效益' },
        { name: '指标B', basis: '反映效益' },
      ],
    };
    const cells = indexRows(rows);
    expect(locateFinding('/indicators/1/basis', doc, [], cells)).toMatchObject({
      line: 3,
      column: 2,
      text: '反映效益',
    });
    expect(locateFinding('/indicators/0/basis', doc, [], cells)).toMatchObject({ line: 2, column: 2 });
    // The recogniser's own place wins over a search; a value found nowhere has no place.
    const source = {
      path: '/indicators/1/basis',
      line: 9,
      source: '表1',
      column: 4,
      label: '依据',
      text: '反映效益',
      confidence: 1,
    };
    expect(locateFinding('/indicators/1/basis', doc, [source], cells)).toMatchObject({
      line: 9,
      source: '表1',
      column: 4,
    });
    expect(locateFinding('/goals/0/text', { goals: [{ text: '不在文中' }] }, [], cells)).toBeNull();
  });

  it('writes the report worst first: units, documents and findings, in .xlsx and HTML', async () => {
    const f = await batchFiles();
    const docs = [
      ...(await checkAll('sound.docx', f['sound.docx'])),
      ...(await checkAll('corrupt.docx', f['corrupt.docx'])),
      ...(await checkAll('faulty.xlsx', f['faulty.xlsx'])),
      ...(await checkAll('<b>.html', f['faulty.html'])),
    ];
    const report = buildReport('测试报告', docs);
    expect(report.totals).toMatchObject({ documents: 4, failed: 1 });
    expect(report.units.map((u) => u.unit)).toEqual([FAULTY_UNIT, UNREAD, SOUND_UNIT]);
    expect(report.units.find((u) => u.unit === FAULTY_UNIT)?.documents).toBe(2);
    expect(report.units.map((u) => u.unit)).not.toContain(NO_UNIT);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReportXlsx(report)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '文件', '审核发现']);
    const summary = sheetRows(wb.getWorksheet('汇总')!);
    expect(summary[0]).toEqual(['单位', '文件数', '未能读取', '错误', '警告', '提示']);
    expect(summary[1]!.slice(0, 3)).toEqual([FAULTY_UNIT, 2, 0]);
    expect(summary[1]![3]).toBeGreaterThanOrEqual(2);
    expect(summary[2]!.slice(0, 4)).toEqual([UNREAD, 1, 1, 0]);
    const files = sheetRows(wb.getWorksheet('文件')!);
    expect(files.at(-1)![0]).toBe('sound.docx'); // the sound one last
    const corruptRow = files.find((r) => r[0] === 'corrupt.docx')!;
    expect(String(corruptRow[6])).toMatch(/^未能读取：.*（corrupt-archive）$/);
    const findings = sheetRows(wb.getWorksheet('审核发现')!);
    expect(findings[0]).toEqual([
      '单位',
      '文件',
      '表单',
      '级别',
      '规则',
      '审核意见',
      '位置',
      '工作表/表格/页',
      '行',
      '列',
      '栏目',
      '原文',
    ]);
    const sum = findings.find((r) => r[1] === 'faulty.xlsx' && r[4] === 'R-SUM-01')!;
    expect(sum.slice(0, 5)).toEqual([FAULTY_UNIT, 'faulty.xlsx', '乙项目', '错误', 'R-SUM-01']);
    expect(String(sum[5])).toContain('150');
    expect(sum[7]).toBe('乙项目');
    expect(sum[9]).toBe(2); // second column, counted from 1
    expect(String(sum[6])).toMatch(/^乙项目 第\d+行 第2列$/);
    // Errors come before warnings and notes within each document.
    const ranks = findings
      .slice(1)
      .filter((r) => r[1] === 'faulty.xlsx')
      .map((r) => ['错误', '警告', '提示'].indexOf(String(r[3])));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const html = writeReportHtml(report);
    expect(html).toContain('&#60;b&#62;.html');
    expect(html).not.toContain('<b>.html');
    expect(html).toContain('未能读取：');
  }, 60_000);
});
