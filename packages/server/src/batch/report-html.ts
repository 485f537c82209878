// The batch report as one self-contained HTML page (no script, no outside resource): the totals, the
// units and documents the worst first, and every finding with its place. Every text is escaped.
import {
  countsText,
  DOCUMENT_COLUMNS,
  documentRow,
  placeText,
  severityLabel,
  UNIT_COLUMNS,
  unitRow,
  type BatchReport,
} from './report-model.ts';

const escape = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function table(
  headers: string[],
  rows: Array<Array<string | number | null>>,
  rowClass?: (i: number) => string,
) {
  const head = `<tr>${headers.map((h) => `<th>${escape(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map(
      (r, i) =>
        `<tr${rowClass ? ` class="${rowClass(i)}"` : ''}>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

export function writeReportHtml(report: BatchReport): string {
  const t = report.totals;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(report.title)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
table{border-collapse:collapse;margin:8px 0 24px;font-size:13px}th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f2f2f2}.error td:nth-child(4){color:#c00000;font-weight:bold}.warning td:nth-child(4){color:#b8860b}.failed{background:#fff1f0}
</style></head><body>
<h1>${escape(report.title)}</h1>
<p>共 ${t.documents} 个文件（未能读取 ${t.failed} 个）：${escape(countsText(t))}</p>
<h2>按单位</h2>
${table(UNIT_COLUMNS, report.units.map(unitRow))}
<h2>按文件</h2>
${table(
  DOCUMENT_COLUMNS,
  report.documents.map((d) => documentRow(d, '；')),
  (i) => (report.documents[i]!.error ? 'failed' : ''),
)}
<h2>审核发现</h2>
${table(
  ['单位', '文件', '表单', '级别', '规则', '审核意见', '位置', '原文'],
  report.findings.map((f) => [
    f.unit,
    f.document,
    f.form,
    severityLabel(f.severity),
    f.rule,
    f.message,
    placeText(f.place),
    f.place?.text ?? '',
  ]),
  (i) => report.findings[i]!.severity,
)}
</body></html>
`;
}
