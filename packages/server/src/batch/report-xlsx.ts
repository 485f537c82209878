// The batch report as a workbook: 汇总 (per unit), 文件 (per document, the worst first, an unread file with
// its reason) and 审核发现 (every finding: rule, severity, the Chinese message with its figures, and where
// it stands — file, sheet/table/page, row, column, label, the text read there). Autofilters on each sheet
// let finance sort and filter by unit, rule and severity in Excel.
import ExcelJS from 'exceljs';
import {
  DOCUMENT_COLUMNS,
  documentRow,
  placeText,
  severityLabel,
  UNIT_COLUMNS,
  unitRow,
  type BatchReport,
} from './report-model.ts';

const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const SEVERITY_FONT = { error: 'FFC00000', warning: 'FFB8860B', info: 'FF595959' } as const;

/** Column headers with their widths in characters. */
const withWidths = (headers: readonly string[], widths: readonly number[]) =>
  headers.map((header, i) => ({ header, width: widths[i] ?? 10 }));

function table(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Array<{ header: string; width: number }>,
  rows: Array<Array<string | number | null>>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const r of rows) sheet.addRow(r);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
  return sheet;
}

export async function writeReportXlsx(report: BatchReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  workbook.title = report.title;
  table(workbook, '汇总', withWidths(UNIT_COLUMNS, [36, 8, 10, 8, 8, 8]), report.units.map(unitRow));
  table(
    workbook,
    '文件',
    withWidths(DOCUMENT_COLUMNS, [48, 30, 60, 8, 8, 8, 60]),
    report.documents.map((d) => documentRow(d, '\n')),
  );
  const findings = table(
    workbook,
    '审核发现',
    [
      { header: '单位', width: 28 },
      { header: '文件', width: 40 },
      { header: '表单', width: 28 },
      { header: '级别', width: 6 },
      { header: '规则', width: 14 },
      { header: '审核意见', width: 70 },
      { header: '位置', width: 22 },
      { header: '工作表/表格/页', width: 14 },
      { header: '行', width: 6 },
      { header: '列', width: 6 },
      { header: '栏目', width: 16 },
      { header: '原文', width: 30 },
    ],
    report.findings.map((f) => [
      f.unit,
      f.document,
      f.form,
      severityLabel(f.severity),
      f.rule,
      f.message,
      placeText(f.place),
      f.place?.source ?? null,
      f.place?.line ?? null,
      f.place?.column !== null && f.place?.column !== undefined ? f.place.column + 1 : null,
      f.place?.label ?? null,
      f.place?.text ?? null,
    ]),
  );
  report.findings.forEach((f, i) => {
    findings.getCell(i + 2, 4).font = {
      color: { argb: SEVERITY_FONT[f.severity] },
      bold: f.severity === 'error',
    };
    findings.getCell(i + 2, 6).alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
