// A 部门整体 自评表 (a 乡 卫生院's 整体支出绩效自评表) run together in a library's preview: its 整体支出规模 block prints
// only the 执行率, on its 资金来源 and 资金结构 lines, each line numbered (1) (2) and no total line. Made for this test
// after wide/251 (蚕茶卫生院, 江西); names and figures invented.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { placeFusedFigures } from './evaluation-stream-budget.ts';
import { wholeLine, type BudgetLine } from './evaluation-budget.ts';

const page = (rate: string) =>
  `某卫生院整体支出绩效自评表(2021年度)评价部门名称某县某乡某卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率资金来源:(1)财政拨款${rate}资金结构:(1)基本支出${rate}(2)项目支出年度总年初设定目标全年完成情况体目标业务收入达到50万元业务收入52万元分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析产出指标30数量指标门诊人次增加增300人次1010质量指标诊断准确率95%以上97%1010时效指标档案更新率按规定时限按时完成1010`;

describe('a budget block whose lines are numbered and print only their rate', () => {
  it('reads the rate the lines share as the whole’s, the item numbers as words of their names', async () => {
    const out = await importBuffer(new TextEncoder().encode(page('98.50%')), 'form.txt');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.evaluations[0]!.budget.rate).toBe('98.50');
  });

  it('keeps a per cent whole where no cut of it is borne out by the arithmetic', () => {
    expect(placeFusedFigures(['103.21%'], ['annual', 'executed', 'rate'])).toEqual({ rate: '103.21%' });
    // 30 ÷ 30 = 100 %: a run of a line's figures the arithmetic bears out is cut as before.
    expect(placeFusedFigures(['3030100%'], ['annual', 'executed', 'rate'])).toEqual({
      annual: '30',
      executed: '30',
      rate: '100%',
    });
  });

  it('takes the whole’s figures from the one line that has any, or from lines sharing one rate alone', () => {
    const line = (name: string, values: BudgetLine['values']): BudgetLine => ({ name, total: false, values });
    expect(wholeLine([line('财政拨款', { annual: '10', rate: '90%' }), line('其他资金', {})])?.name).toBe(
      '财政拨款',
    );
    expect(wholeLine([line('财政拨款', { rate: '90%' }), line('基本支出', { rate: '90%' })])?.name).toBe(
      '财政拨款',
    );
    // two parts with amounts: the whole is their sum, which neither line is
    expect(
      wholeLine([line('财政拨款', { annual: '10' }), line('其他资金', { annual: '10' })]),
    ).toBeUndefined();
    expect(wholeLine([line('财政拨款', { rate: '90%' }), line('基本支出', { rate: '80%' })])).toBeUndefined();
  });
});
