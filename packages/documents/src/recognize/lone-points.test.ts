// Lone figures of points a copy left without their column, placed by the form's points (lone-points.ts). Made for
// these tests after the copied layouts of wide/340, 341 and 544 (issue 12's variants): a 自评表 copied with
// single-space gaps, blank cells dropped.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../index.ts';

async function evaluationOf(lines: string[]) {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'copy.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  if (doc?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return doc;
}

const head = ['项目支出绩效自评表', '项目名称    渔业成品油价格改革补贴', '主管部门    区农业农村局'];

describe('a budget line printing one figure of points under 权重 | 得分', () => {
  // 得分 before 权重: a figure placed by order falls to the 得分, the first column it fits.
  const budget = [
    '项目资金(万元)    年初预算数    调整后预算数    全年执行数    预算执行率    得分    权重',
    '    资金总额    1.56    1.56    100%    20',
  ];

  it('is the 得分 where the indicator rows print 得分 and no 分值', async () => {
    const doc = await evaluationOf([
      ...head,
      // 权重 before 得分: placed by order the figure falls to the 权重.
      '项目资金(万元)    年初预算数    调整后预算数    全年执行数    预算执行率    权重    得分',
      '    资金总额    1.56    1.56    100%    20',
      '一级指标    二级指标    三级指标    目标值    实际完成情况    指标得分',
      '产出指标    数量指标    补贴渔船数    6    6    40',
      '满意度指标    服务对象满意度指标    退捕渔民满意度    ≥90%    90%    40',
      '自评总分    100',
    ]);
    expect([doc.budget.weight, doc.budget.score]).toEqual([null, '20']);
  });

  it('is the 分值 where the indicator rows print 分值 and no 得分', async () => {
    const doc = await evaluationOf([
      ...head,
      ...budget,
      '一级指标    二级指标    三级指标    目标值    实际完成情况    指标分值',
      '产出指标    数量指标    补贴渔船数    6    6    40',
      '满意度指标    服务对象满意度指标    退捕渔民满意度    ≥90%    90%    40',
    ]);
    expect([doc.budget.weight, doc.budget.score]).toEqual(['20', null]);
  });

  it('is placed by the points where the rows print both: the 分值 that make the hundred', async () => {
    const doc = await evaluationOf([
      ...head,
      ...budget,
      '一级指标    二级指标    三级指标    目标值    实际完成情况    分值    得分',
      '产出指标    数量指标    补贴渔船数    6    6    40    40',
      '满意度指标    服务对象满意度指标    退捕渔民满意度    ≥90%    85%    40    30',
    ]);
    expect([doc.budget.weight, doc.budget.score]).toEqual(['20', null]);
  });
});

describe('a budget line printing one figure of points the form counts in neither total', () => {
  // 得分 before 分值, the rows' 分值 making the hundred and their 得分 the 总分 without the line's figure.
  const form = (total: string) => [
    ...head,
    '项目资金(万元)    调整后预算数    全年执行数    执行率    得分    分值',
    '    合计    30    30    100%    10',
    '一级指标    二级指标    三级指标    实际完成值    得分    目标值    分值',
    '产出指标    数量指标    补贴渔船数    6艘    50    6艘    50',
    '满意度指标    服务对象满意度指标    退捕渔民满意度    85%    42    ≥90%    50',
    `自评总分    ${total}    100`,
  ];

  it('is the 分值 where the rows make the hundred and the 总分 alone: the line was not scored', async () => {
    const doc = await evaluationOf(form('92'));
    expect([doc.budget.weight, doc.budget.score]).toEqual(['10', null]);
  });

  it('stays as placed by order where the rows’ 得分 do not make the 总分', async () => {
    const doc = await evaluationOf(form('95'));
    expect([doc.budget.weight, doc.budget.score]).toEqual([null, '10']);
  });
});

describe('an indicator row whose one bare figure may be its 分值 or its actual', () => {
  // Copied one cell per line: the row's cells run on, and one indicator rarely carries 60 points.
  const form = (points: string) => [
    '项目支出绩效自评表',
    '项目名称',
    '工资性支出',
    '主管部门',
    '某县发展和改革局',
    '项目资金(万元)',
    '年初预算数',
    '全年预算数',
    '执行数',
    '执行率',
    '权重',
    '资金总额',
    '238.93',
    '251.89',
    '251.89',
    '100%',
    '10',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '权重',
    '实际完成情况',
    '产出指标',
    '质量指标',
    '发放覆盖率',
    '=100%',
    points,
    '效益指标',
    '社会效益指标',
    '足额保障率',
    '=100%',
    '30',
  ];

  it('is the 分值 where it makes the form’s hundred with the other rows’ and the budget line’s', async () => {
    const doc = await evaluationOf(form('60'));
    expect(doc.indicators.map((i) => [i.weight, i.actual.raw])).toEqual([
      ['60', ''],
      ['30', ''],
    ]);
  });

  it('stays as read where the points do not add up', async () => {
    const doc = await evaluationOf(form('65'));
    expect(doc.indicators[0]!.weight).toBeNull();
  });
});
