import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for this test in the shape of a district's 整体绩效目标表 copied as pipe rows: a 指标值类型 column (定量 /
// 定性) between the name and the value, a 计量单位 column after it, the 一级 printed only on a group's first row
// and the row of 成本指标 (a 一级 and a 二级 alike) holding 社会成本指标 as its 三级.
const TEXT = [
  '某区某某中心2023年度整体绩效目标表 | ||||||||',
  '部门(单位)名称 | 某区某某中心 | |||||||',
  '*年度总体绩效目标 | 做好某某工作。 | |||||||',
  '绩效指标 | ||||||||',
  '一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |',
  '产出指标 | 数量指标 | 某某工作开展次数 | 定量 | 12 | 次 | 该指标考察工作开展情况 | 未达指标值酌情扣分 | |',
  '质量指标 | 某某工作完成率 | 定量 | 100 | % | 该指标考察完成情况 | 未达指标值酌情扣分 | ||',
  '成本指标 | 社会成本指标 | 定量 | 95 | % | 该指标考察成本控制情况 | 未达指标值酌情扣分 | ||',
  '社会效益指标 | 保障单位正常运转 | 定性 | 应保尽保 | 该指标考察单位运转 | 未达指标值酌情扣分 | |||',
].join('\n');

describe('an indicator table with a 指标值类型 column', () => {
  it('never takes 定量 / 定性 for a name nor a lone % for a value: the row starts at its 二级', async () => {
    const out = await importBuffer(new TextEncoder().encode(TEXT), 'dept.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'department') throw new Error('no department form read');
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ['数量指标', '某某工作开展次数', '12次'],
      ['质量指标', '某某工作完成率', '100%'],
      ['成本指标', '社会成本指标', '95%'],
      ['社会效益', '保障单位正常运转', '应保尽保'],
    ]);
  });

  // A county's 项目支出绩效目标表 (made for this test): the comparator written in 指标值类型 (≤, or 定性 for a
  // word), the figure in 目标值 and its unit in 度量单位, then 指标值内容 saying what the value measures.
  const PROJECT = [
    '2025年项目支出绩效目标表 | |||||||',
    '项目支出名称 | 某某专项 | 部门预算 | 70.00 | ||||',
    '年度本级预算金额 | 70.00 | 该项目支出上级资金 | |||||',
    '一级指标 | 二级指标 | 三级指标 | 指标值类型 | 目标值 | 度量单位 | 指标值内容 | 备注 |',
    '成本指标 | 经济成本指标 | 某某经费 | ≤ | 70 | 万元 | 反映某某经费。 | 反映某某经费。 |',
    '社会成本指标 | 实施项目对社会产生的不利影响 | 定性 | 减少 | 反映不利影响。 | 反映不利影响。 | ||',
  ].join('\n');

  it('takes the comparator from 指标值类型 and never the 指标值内容 sentence for the value', async () => {
    const out = await importBuffer(new TextEncoder().encode(PROJECT), 'project.txt');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'project') throw new Error('no project form read');
    expect(f.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['某某经费', '≤70万元'],
      ['实施项目对社会产生的不利影响', '减少'],
    ]);
  });

  // The same district table saved as a web page (made for this test): 绩效指标 banded over the columns, the 一级
  // merged down its rows, so the 成本指标 row's cells (成本指标 | 社会成本指标 | 定量 | 100 | %) stand one column
  // right of where a 一级 | 二级 | 三级 reading would put them.
  const td = (cells: string[]) => `<tr>${cells.join('')}</tr>`;
  const HTML = [
    '<html><body><table>',
    td(['<td colspan="9">某区某某中心2023年度整体绩效目标表</td>']),
    td(['<td>部门(单位)名称</td>', '<td colspan="8">某区某某中心</td>']),
    td(['<td>*年度总体绩效目标</td>', '<td colspan="8">做好某某工作。</td>']),
    td(['<td colspan="9">绩效指标</td>']),
    td(
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '指标值类型',
        '*指标值',
        '计量单位',
        '*指标解释',
        '*评(扣)分标准',
        '备注',
      ].map((c) => `<td>${c}</td>`),
    ),
    td(
      ['<td rowspan="3">产出指标</td>'].concat(
        [
          '数量指标',
          '某某工作开展次数',
          '定量',
          '12',
          '次',
          '该指标考察工作开展情况',
          '未达指标值酌情扣分',
          '',
        ].map((c) => `<td>${c}</td>`),
      ),
    ),
    td(
      ['质量指标', '某某工作完成率', '定量', '100', '%', '该指标考察完成情况', '未达指标值酌情扣分', ''].map(
        (c) => `<td>${c}</td>`,
      ),
    ),
    td(
      ['成本指标', '社会成本指标', '定量', '95', '%', '该指标考察成本控制情况', '未达指标值酌情扣分', ''].map(
        (c) => `<td>${c}</td>`,
      ),
    ),
    '</table></body></html>',
  ].join('\n');

  it('keeps a 三级 worded as a 二级 in its column when the row fits as it stands', async () => {
    const out = await importBuffer(new TextEncoder().encode(HTML), 'dept.html');
    const f = out.ok ? out.forms[0] : undefined;
    if (f?.kind !== 'department') throw new Error('no department form read');
    expect(f.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ['数量指标', '某某工作开展次数', '12次'],
      ['质量指标', '某某工作完成率', '100%'],
      ['成本指标', '社会成本指标', '95%'],
    ]);
  });
});
