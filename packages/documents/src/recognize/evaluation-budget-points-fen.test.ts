// A run-together 自评表 whose budget line prints its 得分 with 分 (…99.48%9.95分 under 得分(10分*执行率)). Made for this
// test after wide/463 (a 湖北 学生资助 自评表 whose digits were written back by hand); figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';

describe('the budget line’s points printed with 分', () => {
  it('gives the 得分 its figure (it was dropped before)', async () => {
    const text =
      '2020年某某资助项目绩效目标自评表填报日期:2021年3月1日总分:96分项目名称某学院2020年某某资助项目主管部门某省教育厅' +
      '项目实施单位某学院预算执行情况(万元)(10分)预算数()执行数()执行率()得分(10分*执行率)' +
      '年度财政资金总额200.00190.0095.00%9.50分一级指标二级指标三级指标年初目标值()实际完成值()得分' +
      '产出指标数量指标某类奖励人数25人22人40分';
    const out = await importBuffer(new TextEncoder().encode(text), 'preview.txt');
    if (!out.ok) throw new Error(out.error.message);
    const doc = out.evaluations[0]!;
    if (doc.kind !== 'self-evaluation') throw new Error(`read as ${doc.kind}`);
    const budget = doc.budget;
    expect([budget.annual, budget.executed, budget.rate, budget.score]).toEqual([
      '200.00',
      '190.00',
      '95.00',
      '9.50',
    ]);
  });
});
