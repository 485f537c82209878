// The public CSV of a form's targets: UTF-8 with a BOM (Excel opens it in Chinese), RFC 4180 quoting,
// and cells that a spreadsheet would run as a formula (=, +, -, @ first) prefixed with a quote.
import type { Form } from '@jixiao/core';

const HEADER = ['期限', '目标名称', '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'];
const TERMS: Record<string, string> = { long: '长期', annual: '年度' };

export function csvCell(value: string | null | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function targetsCsv(form: Form): string {
  const rows = form.kind === 'disclosure' ? [] : form.indicators;
  const lines = [
    HEADER,
    ...rows.map((i) => [TERMS[i.term] ?? i.term, i.goal, i.level1, i.level2, i.name, i.target.raw, i.basis]),
  ];
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
