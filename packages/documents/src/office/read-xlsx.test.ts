// readXlsxRows on workbooks built in the test with exceljs.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsxRows } from './read-xlsx.ts';

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

describe('readXlsxRows', () => {
  it('reads every sheet in order with merges, numbers, formulas and rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('收支总表');
    a.getCell('A1').value = '2020 年部门收支总表';
    a.mergeCells('A1:D1');
    a.addRow(['项 目', '预算数', '占比', '备注']);
    a.addRow(['一、财政拨款（补助）', 4804.64, 0.3548, { richText: [{ text: '富' }, { text: '文本' }] }]);
    a.addRow(['合计', { formula: 'B3+0', result: 4804.64 }, 0.1 + 0.2, null]);
    a.getCell('C3').numFmt = '0.00%';
    a.getCell('A5').value = '长期目标1';
    a.mergeCells('A5:A6');
    a.getCell('B5').value = '成本指标';
    a.getCell('B6').value = '产出指标';
    a.getCell('C5').value = 200;
    a.getCell('C5').numFmt = '0.0000';
    for (let r = 2; r <= 6; r++) for (let c = 1; c <= 4; c++) a.getCell(r, c).border = border;
    const b = wb.addWorksheet('第二张');
    b.getCell('B2').value = '只有一格';
    b.getCell('B2').border = border;
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => [r.source, r.table, r.cells])).toEqual([
      ['收支总表', false, ['2020 年部门收支总表']],
      ['收支总表', true, ['项 目', '预算数', '占比', '备注']],
      ['收支总表', true, ['一、财政拨款（补助）', '4804.64', '35.48%', '富文本']],
      ['收支总表', true, ['合计', '4804.64', '0.3', '']],
      ['收支总表', true, ['长期目标1', '成本指标', '200.0000', '']],
      ['收支总表', true, ['', '产出指标', '', '']],
      ['第二张', true, ['', '只有一格']],
    ]);
    expect(rows[2]!.line).toBe(3);
  });

  it('keeps a label alone between two rows of a table without borders as a row of it (its figures empty)', async () => {
    // Made for this test after corpus 036 as .xlsx: a 三公 table whose 因公出国（境）费 line has no figures.
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('三公');
    s.addRow(['2024年“三公”经费预算表']);
    s.addRow(['项目', '2023年预算数', '2024年预算数']);
    s.addRow(['合计', 18.15, 22.15]);
    s.addRow(['1.因公出国(境)费']);
    s.addRow(['2.公务接待费', 3, 7]);
    s.addRow(['注：三公经费包括…']);
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => [r.table, r.cells])).toEqual([
      [false, ['2024年“三公”经费预算表']],
      [true, ['项目', '2023年预算数', '2024年预算数']],
      [true, ['合计', '18.15', '22.15']],
      [true, ['1.因公出国(境)费', '', '']],
      [true, ['2.公务接待费', '3', '7']],
      [false, ['注：三公经费包括…']],
    ]);
  });

  it('keeps a merged label between a table’s rows as a row of it when the row above has one cell past the first column', async () => {
    // Made for this test after corpus wide/441 as .xlsx (no borders): the 长期 table ends in a template's ……
    // row under a merged 一级, then 年度绩效指标 merged across the table heads the 年度 table's rows.
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('表');
    s.addRow(['绩效目标申报表']);
    s.addRow(['一级指标', '二级指标', '指标内容', '指标值']);
    s.addRow(['产出指标', '数量指标', '示范园面积', '≥2万亩']);
    s.addRow(['', '……']);
    s.addRow(['年度绩效指标']);
    s.mergeCells('A5:D5');
    s.addRow(['一级指标', '二级指标', '指标内容', '指标值']);
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => [r.table, r.cells[0]])).toEqual([
      [false, '绩效目标申报表'],
      [true, '一级指标'],
      [true, '产出指标'],
      [true, ''],
      [true, '年度绩效指标'],
      [true, '一级指标'],
    ]);
  });

  it('keeps a full-width merged row inside a bordered table as a table row', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('表');
    s.getCell('A1').value = '长期绩效目标表';
    s.mergeCells('A1:C1');
    s.getCell('A1').border = border;
    s.addRow(['目标名称', '一级指标', '二级指标']);
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => r.cells)).toEqual([
      ['长期绩效目标表', '', ''],
      ['目标名称', '一级指标', '二级指标'],
    ]);
  });

  it('writes dates, and date serials under a date format, as the format shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('时效');
    const cells: Array<[unknown, string | undefined]> = [
      [44562, 'yyyy"年"m"月"d"日"'],
      [new Date(Date.UTC(2022, 0, 1)), 'yyyy"年"m"月"d"日"'],
      [{ formula: 'DATE(2022,12,31)', result: 44926 }, 'yyyy"年"m"月"d"日"'],
      [44562, '[DBNum1][$-804]yyyy"年"m"月"'],
      [44562, 'yyyy-mm-dd'],
      [44562, 'General'],
      [44562, '#,##0'],
    ];
    cells.forEach(([value, numFmt], i) => {
      const cell = s.getCell(i + 1, 1);
      cell.value = value as ExcelJS.CellValue;
      if (numFmt) cell.numFmt = numFmt;
      cell.border = border;
    });
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => r.cells[0])).toEqual([
      '2022年1月1日',
      '2022年1月1日',
      '2022年12月31日',
      '2022年1月',
      '2022-01-01',
      '44562',
      '44562',
    ]);
  });

  it('reads the built-in Chinese date formats (2022年1月1日, 1月1日) that carry no format code', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('表');
    s.getCell('A1').value = 44562;
    s.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
    s.getCell('B1').value = 44562;
    s.getCell('B1').numFmt = 'm"月"d"日"';
    // As Chinese Excel saves them: the styles name built-in ids 31 and 58 and define no numFmt of their own.
    const files = unzipSync(await toBytes(wb));
    let styles = strFromU8(files['xl/styles.xml']!);
    const ids = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)];
    for (const [, id, code] of ids) {
      const builtin = code!.includes('yyyy') ? '31' : '58';
      styles = styles.replaceAll(`numFmtId="${id}"`, `numFmtId="${builtin}"`);
    }
    styles = styles.replace(/<numFmts[^>]*>[\s\S]*?<\/numFmts>/, '');
    files['xl/styles.xml'] = strToU8(styles);
    const rows = await readXlsxRows(zipSync(files));
    expect(rows[0]!.cells).toEqual(['2022年1月1日', '1月1日']);
  });
});

describe('readXlsxRows: what people leave in the workbooks they send', () => {
  it('leaves out hidden rows and hidden columns, as Excel shows and prints the sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('绩效表');
    s.addRow(['三级指标', '上年指标值', '指标值', '分值']);
    s.addRow(['示例：培训人次', '90', '100', '10']);
    s.addRow(['学生受资助人数', '700', '735', '10']);
    s.getRow(2).hidden = true;
    s.getColumn(2).hidden = true;
    for (let r = 1; r <= 3; r++) for (let c = 1; c <= 4; c++) s.getCell(r, c).border = border;
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => r.cells)).toEqual([
      ['三级指标', '指标值', '分值'],
      ['学生受资助人数', '735', '10'],
    ]);
  });

  it('leaves out a hidden sheet (a template’s drop-down lists), as Excel shows none of it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填报说明').addRow(['一、本表由项目单位填写']);
    const lists = wb.addWorksheet('下拉选项', { state: 'hidden' });
    lists.addRow(['一级指标', '二级指标']);
    lists.addRow(['产出指标', '数量指标']);
    wb.addWorksheet('代码', { state: 'veryHidden' }).addRow(['项目名称', 'A01']);
    wb.addWorksheet('绩效表').addRow(['项目名称', '水源涵养林']);
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => [r.source, r.cells])).toEqual([
      ['填报说明', ['一、本表由项目单位填写']],
      ['绩效表', ['项目名称', '水源涵养林']],
    ]);
  });

  it('computes a formula saved without its result (a program wrote the file, Excel never opened it)', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('自评表');
    s.addRow(['', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    s.addRow(['年度资金总额', 387664.62, '387664.62', 10, null, null]);
    s.getCell('E2').value = { formula: 'C2/B2' } as ExcelJS.CellFormulaValue;
    s.getCell('E2').numFmt = '0.00%';
    s.getCell('F2').value = { formula: 'ROUND($D$2*E2,2)' } as ExcelJS.CellFormulaValue;
    s.addRow([
      '合计',
      { formula: 'SUM(B2:B2)+0' } as ExcelJS.CellFormulaValue,
      null,
      { formula: 'SUM(D2,F2)/2' } as ExcelJS.CellFormulaValue,
    ]);
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows.map((r) => r.cells)).toEqual([
      ['', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '387664.62', '387664.62', '10', '100.00%', '10'],
      ['合计', '387664.62', '', '10', '', ''],
    ]);
  });

  it('leaves a formula it cannot compute empty: another sheet, an unknown function, a loop, a division by zero', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('表');
    s.addRow(['甲', 'x', 0, 5]);
    s.getCell('A2').value = { formula: '说明!A1*2' } as ExcelJS.CellFormulaValue;
    s.getCell('B2').value = { formula: 'VLOOKUP(A1,A1:D1,2,0)' } as ExcelJS.CellFormulaValue;
    s.getCell('C2').value = { formula: 'D2+1' } as ExcelJS.CellFormulaValue;
    s.getCell('D2').value = { formula: 'C2+1' } as ExcelJS.CellFormulaValue;
    s.getCell('E2').value = { formula: 'D1/C1' } as ExcelJS.CellFormulaValue;
    s.getCell('F2').value = { formula: 'SUM(A1:XFD1)' } as ExcelJS.CellFormulaValue;
    s.getCell('G2').value = { formula: 'A1&"表"' } as ExcelJS.CellFormulaValue;
    const rows = await readXlsxRows(await toBytes(wb));
    expect(rows[1]!.cells).toEqual(['', '', '', '', '', '5', '甲表']);
  });
});

describe('readXlsxRows: strings as other writers store them', () => {
  /** A workbook of one sheet whose cells B1… are replaced by the given XML (the <c> elements as written). */
  async function withCells(cells: Record<string, string>, sharedStrings?: (xml: string) => string) {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('表');
    s.addRow(['三级指标', '占位一']);
    s.addRow(['年度指标值', '占位二']);
    const files = unzipSync(await toBytes(wb));
    let sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    for (const [address, xml] of Object.entries(cells))
      sheet = sheet.replace(new RegExp(`<c r="${address}"[^>]*>.*?</c>`), xml);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
    if (sharedStrings)
      files['xl/sharedStrings.xml'] = strToU8(sharedStrings(strFromU8(files['xl/sharedStrings.xml']!)));
    return readXlsxRows(zipSync(files));
  }

  it('reads an inline string without its phonetic run (rPh is a reading guide, not the text)', async () => {
    // As a streaming writer stores a name a Japanese-locale Excel gave a reading: the guide is never shown.
    const rows = await withCells({
      B1: '<c r="B1" t="inlineStr"><is><t>活动场次</t><rPh sb="0" eb="2"><t>カツドウ</t></rPh><phoneticPr fontId="1"/></is></c>',
      B2: '<c r="B2" t="inlineStr"><is><r><t>≥</t></r><r><rPr><b/></rPr><t>95%</t></r><rPh sb="0" eb="1"><t>イジョウ</t></rPh></is></c>',
    });
    expect(rows.map((r) => r.cells)).toEqual([
      ['三级指标', '活动场次'],
      ['年度指标值', '≥95%'],
    ]);
  });

  it('reads _x000D_ in shared and inline strings as a line break, never as its letters or a stray return', async () => {
    const rows = await withCells(
      { B2: '<c r="B2" t="inlineStr"><is><t xml:space="preserve">第一句_x000D_第二句</t></is></c>' },
      (xml) =>
        xml
          .replace('<t>三级指标</t>', '<t xml:space="preserve">三级_x000D_\n指标</t>')
          .replace('<t>占位一</t>', '<t>甲_x000D_乙</t>'),
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['三级\n指标', '甲\n乙'],
      ['年度指标值', '第一句\n第二句'],
    ]);
  });
});
