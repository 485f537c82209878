// A target table copied with single spaces between cells, a 指标值 printed apart from its unit (饲料库120平米 490
// 元/平米 under 一级指标 二级指标 指标名称 | 目标值, wide/496's variants in the narrow layout): the unit is the
// figure's, the row's name and value stay in their columns. Names and figures made for this test.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const text = `项目支出绩效目标申报表
(2023年度)
金额单位:元
专项资金名称 某某村养殖场建设项目 业务主管部门 某某委员会
资金总额 300,000.00
绩效指标 目标值
一级指标 二级指标 指标名称
产出指标 成本指标 打井 40000 元
        草料库100平米 480 元/平米
    数量指标 新增产业数量 ≥ 1 个
`;

describe('a 指标值 parted from its unit by one space, the table without a 度量单位 column', () => {
  it('is read whole beside its name', async () => {
    const out = await importBuffer(new TextEncoder().encode(text), 'form.txt');
    const form = out.ok ? out.forms[0] : undefined;
    if (form?.kind !== 'project') throw new Error(`read as ${form?.kind}`);
    expect(form.indicators.map((i) => [i.level2, i.name, i.target.raw])).toEqual([
      ['成本指标', '打井', '40000元'],
      ['成本指标', '草料库100平米', '480元/平米'],
      ['数量指标', '新增产业数量', '≥1个'],
    ]);
  });
});
