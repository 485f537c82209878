// The public CSV of a form's targets: UTF-8 with a BOM (Excel opens it in Chinese), written by the one CSV
// writer (@jixiao/documents writeCsv: RFC 4180, formula cells neutralised).
import type { Form } from '@jixiao/core';
import { writeCsv } from '@jixiao/documents';

const HEADER = ['期限', '目标名称', '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'];
const TERMS: Record<string, string> = { long: '长期', annual: '年度' };

export function targetsCsv(form: Form): string {
  const rows = form.kind === 'disclosure' ? [] : form.indicators;
  return writeCsv(
    [
      HEADER,
      ...rows.map((i) => [
        TERMS[i.term] ?? i.term,
        i.goal,
        i.level1,
        i.level2,
        i.name,
        i.target.raw,
        i.basis,
      ]),
    ],
    { bom: true },
  );
}
