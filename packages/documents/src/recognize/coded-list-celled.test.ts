import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of corpus wide/416 as a saved page: the published list 单位代码 | 单位(专项)名称 |
// 资金总额 | 实施期绩效目标 | 绩效指标 (一级 | 二级 | 三级 | 指标值 under it), the unit's row (code, name, total), then
// the project's row with the same code, its name and amount merged down over its indicator rows.
function page(): Uint8Array {
  const td = (c: string, rowspan = 1) => `<td${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${c}</td>`;
  const rows = [
    `<tr>${td('单位代码', 2)}${td('单位(专项)名称', 2)}${td('资金总额', 2)}${td('实施期绩效目标', 2)}<td colspan="4">绩效指标</td></tr>`,
    `<tr>${['一级指标', '二级指标', '三级指标', '指标值'].map((c) => td(c)).join('')}</tr>`,
    `<tr>${['301002', '某县第二中学', '12.50', '', '', '', '', ''].map((c) => td(c)).join('')}</tr>`,
    `<tr>${td('301002', 2)}${td('教师培训经费', 2)}${td('12.50', 2)}${td('', 2)}${['产出指标', '数量指标', '培训人次', '≥200人次'].map((c) => td(c)).join('')}</tr>`,
    `<tr>${['效益指标', '社会效益指标', '教师满意度', '≥90%'].map((c) => td(c)).join('')}</tr>`,
  ];
  return new TextEncoder().encode(
    `<html><head><meta charset="utf-8"></head><body><h2>2023年项目支出绩效目标表公开</h2><p>金额单位:万元</p><table>${rows.join('')}</table></body></html>`,
  );
}

describe('a coded list of target forms as a table of cells', () => {
  it('names the unit, the project and its amount from their columns', async () => {
    const out = await importBuffer(page(), 'list.html');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error('no project form read');
    expect([form.unit, form.name, form.budget.total, form.indicators.map((i) => i.name)]).toEqual([
      '某县第二中学',
      '教师培训经费',
      '12.50',
      ['培训人次', '教师满意度'],
    ]);
  });
});
