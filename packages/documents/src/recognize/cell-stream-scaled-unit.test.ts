// A 部门整体绩效目标表 copied one cell per line with 指标性质 | 指标值 | 计量单位 columns: a unit scaled by 万 (万立方米,
// 万亩) on its line is the row's 计量单位 as 吨 is, not the next row's name (issue 12's lines layout of wide/241).
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const lines = [
  '部门(单位)整体绩效目标表',
  '单位名称',
  '某某县水利局',
  '年度目标',
  '做好水利工程运行管护',
  ...['一级指标', '二级指标', '三级指标名称', '指标性质', '年度指标值', '计量单位'],
  ...['产出指标', '数量指标', '河道清淤量(万立方米)', '＝', '3', '万立方米'],
  ...['新增灌溉面积(万亩)', '≥', '1.2', '万亩'],
  ...['维修泵站(座)', '＝', '5', '座'],
];

describe('a unit scaled by 万 on a line of its own', () => {
  it('is the row’s unit, and the next row keeps its name', async () => {
    const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'department') throw new Error('no department form read');
    expect(f.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['河道清淤量(万立方米)', '＝3万立方米'],
      ['新增灌溉面积(万亩)', '≥1.2万亩'],
      ['维修泵站(座)', '＝5座'],
    ]);
  });
});
