import { describe, expect, it } from 'vitest';
import { importBuffer } from '../index.ts';
import { amountUnitOfPair } from './form-caption.ts';

// A target form copied one cell per line without borders: the amount-unit note parted into its label and value,
// empty cells gone (计算符号 left blank), 一级 and 二级 printed once over their rows.
const lines = (extra: string[]) =>
  [
    '项目支出绩效目标申报表',
    '金额单位:',
    '元',
    '项目名称',
    '乡村道路硬化项目',
    '主管部门',
    '某县交通运输局',
    '年度资金总额',
    '8540000.00',
    '一级指标',
    '二级指标',
    '三级指标',
    '计算符号',
    '指标值',
    '度量单位',
    '产出指标',
    '数量指标',
    '道路硬化里程',
    '≥',
    '100',
    '公里',
    ...extra,
  ].join('\n');

async function formOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'copy.txt');
  const form = out.ok ? out.forms[0] : undefined;
  return form?.kind === 'project' ? form : null;
}

describe('a target form copied one cell per line', () => {
  it('reads 金额单位: | 元 on two lines as the unit of the amounts after it', async () => {
    // Before: the total stayed 8540000.00 (元 read as 万元).
    expect((await formOf(lines([])))?.budget.total).toBe('854');
    expect(amountUnitOfPair(['金额单位:', '元'])).toBe('元');
    expect(amountUnitOfPair(['单位：', '万元'])).toBe('万元');
    expect(amountUnitOfPair(['单位:', '某县交通运输局'])).toBeNull();
    expect(amountUnitOfPair(['金额单位:元'])).toBeNull();
  });

  it('reads a name worded like a 二级 under the 二级, its value after it, as the 二级 indicator', async () => {
    const form = await formOf(lines(['满意度指标', '服务对象满意度指标', '社会公众满意度', '≥', '90', '%']));
    // Before: 社会公众满意度 was taken for a second 二级 and its ≥ 90 % lost.
    expect(form?.indicators.map((i) => [i.level2, i.name, i.target?.raw])).toEqual([
      ['数量指标', '道路硬化里程', '≥100公里'],
      ['服务对象满意度指标', '社会公众满意度', '≥90%'],
    ]);
  });

  it('keeps a 二级 after a 二级 when an indicator name, not a figure, follows it', async () => {
    const form = await formOf(
      lines(['效益指标', '社会效益指标', '可持续影响指标', '设施使用年限', '≥', '10', '年']),
    );
    expect(form?.indicators.map((i) => [i.level2, i.name])).toEqual([
      ['数量指标', '道路硬化里程'],
      ['可持续影响指标', '设施使用年限'],
    ]);
  });
});

// The same copy under a header with 指标性质 | 指标值 | 度量单位: the unit left blank on a qualitative row, and
// figures typed full-width (１００ ％).
const SPLIT_TARGETS = [
  '项目支出绩效目标申报表',
  '项目名称',
  '麻风病防治经费',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '产出指标',
  '数量指标',
  '宣传教育覆盖人员',
  '定性',
  '明显增强',
  '群众幸福感',
  '定性',
  '明显提升',
  '时效指标',
  '项目实施时间',
  '２０２１年１月-１２月',
  '效益指标',
  '社会效益指标',
  '防治知识知晓率显著提升',
  '１００',
  '％',
].join('\n');

describe('a target form with split targets copied one cell per line', () => {
  it('reads a short name after a qualitative value as the next row, and a full-width figure as a figure', async () => {
    const form = await formOf(SPLIT_TARGETS);
    // Before: 群众幸福感 was read into the 度量单位 column (定性 then named the next row), and 知晓率显著提升 | １００
    // was cut into the name 知晓率 and the target 显著提升, the figure lost.
    expect(form?.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['宣传教育覆盖人员', '明显增强'],
      ['群众幸福感', '明显提升'],
      ['项目实施时间', '2021年1月-12月'],
      ['防治知识知晓率显著提升', '100％'],
    ]);
  });
});
