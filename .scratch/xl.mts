import ExcelJS from 'exceljs';
import { readXlsxRows } from '../packages/documents/src/office/read-xlsx.ts';
for (const rows of [10000, 50000]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  for (let r = 1; r <= rows; r++) ws.addRow(Array.from({ length: 10 }, (_, c) => (c % 2 ? r * c : `文字${r}`)));
  const buf = new Uint8Array(await wb.xlsx.writeBuffer());
  const m0 = process.memoryUsage().heapUsed;
  const t = performance.now();
  const out = await readXlsxRows(buf);
  console.log(rows * 10, 'cells', buf.length, 'bytes', (performance.now() - t).toFixed(0), 'ms', out.length, 'rows', ((process.memoryUsage().heapUsed - m0) / 1e6).toFixed(0), 'MB');
}
