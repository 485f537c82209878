import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

// Made for these tests after wide/431 (奉节, 重庆): a 审批表 copied as pipe rows written from the left, the
// merged cells dropped; its head gives 项目总预算 and 当年年度预算, and the system filled the 成本 rows it
// left empty with zeros (三级 0 | 指标值 0.00% | 分值 0).
const head = [
  '财政项目支出绩效目标审批表 | |||||||',
  '( 2023年度) | |||||||',
  '预算单位: | 某县应急管理局 | 金额单位:万元 | |||||',
  '项目名称 | 安全生产专项督查工作经费 | 项目分类 | 运转类 | ||||',
  '项目资金 预算执行 10分 |',
  '项目总预算 | 150 | 财政资金预算分类 | 一般公共预算 | |||',
  '当年年度预算 | 100 | ||||||',
  '年度预算执行率 | 100% | 分值 | 10分 | ||||',
  '年度绩效目标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 | 指标解释 | |',
];
const zeros = [
  '成本指标(0-20)分 | 经济成本指标 | 0 | 0.00% | 0 | 反映实施相关项目所产生的直接经济成本 | ||',
  '社会成本指标 | 0 | 0.00% | 0 | 反映实施相关项目对社会发展可能造成的负面影响 | |||',
];
const rows = ['产出指标 (40-50)分 |', '数量指标 | 举报奖励次数 | ≥5次 | 10 | 0 | ||'];

const read = async (lines: string[]) => {
  const out = await importBuffer(new TextEncoder().encode(lines.join('\n')), 'form.txt');
  if (!out.ok || out.forms[0]?.kind !== 'project') throw new Error('no project form read');
  return out.forms[0];
};

describe('a target form whose rows were written from the left', () => {
  it('reads a last row cut after its value (name | ≥500份) as an indicator, not as two goal labels', async () => {
    const form = await read([...head, ...rows, '制作宣传资料份数 | ≥500份 | ']);
    expect(form.indicators.map((i) => [i.name, i.target.raw])).toEqual([
      ['举报奖励次数', '≥5次'],
      ['制作宣传资料份数', '≥500份'],
    ]);
  });

  it('reads no indicator from the rows a system filled with zeros under a 二级 left empty', async () => {
    const form = await read([...head, ...zeros, ...rows]);
    expect(form.indicators.map((i) => i.name)).toEqual(['举报奖励次数']);
    // A figure's name with a real target is still read (a row named by its year's count, say).
    const kept = await read([
      ...head,
      '成本指标 | 经济成本指标 | 2024 | ≤100万元 | 10 | 年度成本 | ||',
      ...rows,
    ]);
    expect(kept.indicators.map((i) => i.name)).toEqual(['2024', '举报奖励次数']);
  });

  it('reads 当年年度预算 as the year’s budget beside 项目总预算', async () => {
    const form = await read([...head, ...rows]);
    expect([form.budget.current, form.budget.total]).toEqual(['100', '150']);
  });
});
