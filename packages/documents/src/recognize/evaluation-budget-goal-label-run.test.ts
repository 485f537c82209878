import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { isGoalLabelRun } from './evaluation-head-labels.ts';

// Made for these tests: a 自评表 copied as text with single spaces between cells (as a page's text layer gives
// it), so that the goal block's three headings read as one cell, and the goal's cells hold bare figures.
const form = (goalHead: string) =>
  [
    '项目支出绩效自评表',
    '项目名称 某服务项目',
    '主管部门 某局 实施单位 某局',
    '项目资金   年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    '(万元)',
    '  年度资金总额 287 287 171 10 60% 6',
    '  其中:当年财政拨款 287 287 171  ',
    '       上年结转资金        ',
    '    其他资金        ',
    goalHead,
    '  287 171',
    '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
    '  产出指标 数量指标 服务对象人数 100人次 100人次 15 15  ',
    '    质量指标 服务达标率 80% 80% 20 20  ',
  ].join('\n');

async function sourcesOf(text: string) {
  const out = await importBuffer(new TextEncoder().encode(text), 'goal.txt');
  const doc = out.ok ? out.evaluations[0] : undefined;
  return doc?.kind === 'self-evaluation' ? doc.budget.sources : [];
}

describe('the goal block’s headings run into one cell end the budget block', () => {
  it('reads no budget line out of 年度总体目标预期目标实际完成情况 and the goal’s figures under it', async () => {
    const sources = await sourcesOf(form('年度总体目标 预期目标 实际完成情况'));
    expect(sources.map((s) => s.name)).toEqual(['当年财政拨款', '上年结转资金', '其他资金']);
    expect(sources[0]?.annual).toBe('287');
  });

  it('reads the same lines where the goal heading stands alone on its line', async () => {
    const sources = await sourcesOf(form('年度总体目标'));
    expect(sources.map((s) => s.name)).toEqual(['当年财政拨款', '上年结转资金', '其他资金']);
  });

  it('tells a run of goal labels from a label that only starts like one', () => {
    expect(isGoalLabelRun('年度总体目标预期目标实际完成情况')).toBe(true);
    expect(isGoalLabelRun('预期目标 实际完成情况')).toBe(true);
    expect(isGoalLabelRun('年度总体目标')).toBe(false);
    expect(isGoalLabelRun('总体目标资金')).toBe(false);
    expect(isGoalLabelRun('其他资金')).toBe(false);
  });
});
