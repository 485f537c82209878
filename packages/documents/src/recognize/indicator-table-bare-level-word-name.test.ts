// A 三级 named by a level's bare word (满意度, no 指标 closing it) under merged level cells, its value after it, in a
// target table copied with wide gaps whose 计算符号 cell was blank and dropped (wide/321's variants in the spaced
// layout: |  | 满意度 | 90 | %): the indicator that word names, not a level that pushes its value into the name
// column. Names and figures made for this test.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

const text = (last: string) => `部门预算项目支出绩效目标表
项目名称    某某保洁服务
部门名称    某某管理处
项目资金总额(万元)    100
年度总体目标    按期完成服务任务
一级指标    二级指标    三级指标    年度指标值
            计算符号    年初目标值(A)    度量单位
产出指标    数量指标    配备车辆数    10
        车辆射程    80    M
满意度指标    服务对象满意度指标    市民对服务的满意程度    85    %
${last}
`;

const indicatorsOf = async (t: string) => {
  const out = await importBuffer(new TextEncoder().encode(t), 'form.txt');
  const form = out.ok ? out.forms[0] : undefined;
  if (form?.kind !== 'project' && form?.kind !== 'department') throw new Error(`read as ${form?.kind}`);
  return form.indicators.map((i) => [i.level2, i.name, i.target.raw]);
};

describe('a 三级 named by a level bare word under merged level cells', () => {
  it('is the indicator, its value the target', async () => {
    expect((await indicatorsOf(text('        满意度    90    %'))).at(-1)).toEqual([
      '服务对象满意度指标',
      '满意度',
      '90%',
    ]);
  });

  it('is the indicator where a level printed with 指标 has its value alone after it (社会成本指标 under 成本指标)', async () => {
    const t = `部门整体支出绩效目标表
部门名称    某某中心
一级指标    二级指标    三级指标名称    年度指标值
            计算符号    年初目标值(A)    计量单位
产出指标    成本指标    业务支出金额    20.5    万元
        社会成本指标    100    %
    数量指标    保证单位运转    定性    应保尽保
`;
    expect(await indicatorsOf(t)).toEqual([
      ['成本指标', '业务支出金额', '20.5万元'],
      ['成本指标', '社会成本指标', '100%'],
      ['数量指标', '保证单位运转', '应保尽保'],
    ]);
  });

  it('leaves a level printed as a level (…指标) alone to be placed as before', async () => {
    const rows = await indicatorsOf(text('        车辆完好率    95    %'));
    expect(rows.at(-1)).toEqual(['服务对象满意度指标', '车辆完好率', '95%']);
  });
});
