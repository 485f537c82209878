// A 自评表's budget line that prints one amount under 预算数 | 执行数 beside a 执行率 of 100 %: the rate says the two
// amounts are one, so the line states its budget as well as its spending (full-rate-amounts.ts). Names and figures
// made up.
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../import-document.ts';
import { amountsAtFullRate, isFullRate } from './full-rate-amounts.ts';

const read = async (budgetLine: string) => {
  const out = await importBuffer(
    new TextEncoder().encode(
      [
        '单位名称 | 某某乡人民政府 | |||||',
        '预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | ||||',
        budgetLine,
        '年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||',
        '产出指标 | 数量指标 | 调处矛盾纠纷 | 120件 | 126件 | 40 | |||',
        '效益指标 | 社会效益指标 | 村容村貌 | 明显改善 | 明显改善 | 20 | |||',
        '满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥85% | 92% | 20 | |||',
      ].join('\n'),
    ),
    'untitled.txt',
  );
  if (!out.ok) throw new Error(out.error.message);
  const e = out.evaluations[0];
  if (e?.kind !== 'self-evaluation') throw new Error('no 自评表 read');
  return e.budget;
};

describe('a budget line spent in full that prints one amount', () => {
  it('states the budget as well as the spending where the rate is 100 %', async () => {
    const b = await read('部门整体支出总额 | 530.6 | 100% | 20 | ||||||');
    // Before: annual null, executed 530.6 (a lone amount beside a rate is read as the money spent).
    expect([b.annual, b.executed, b.rate, b.score]).toEqual(['530.6', '530.6', '100', '20']);
  });

  it('leaves the budget unread where the rate is below 100 %', async () => {
    const b = await read('部门整体支出总额 | 504.1 | 95% | 19 | ||||||');
    expect([b.annual, b.executed, b.rate]).toEqual([null, '504.1', '95']);
  });

  it('fills the spending from the budget, only where the block asks for both amounts', () => {
    const line = { initial: null, annual: '48', executed: null, rate: '100.00' };
    expect(amountsAtFullRate(line, ['annual', 'executed', 'rate', 'score'])).toEqual({
      annual: '48',
      executed: '48',
    });
    // 执行数 | 执行率 only: no budget column, nothing to fill.
    expect(amountsAtFullRate({ ...line, annual: null, executed: '48' }, ['executed', 'rate'])).toEqual({
      annual: null,
      executed: '48',
    });
    expect(isFullRate('99.9')).toBe(false);
    expect(isFullRate('100')).toBe(true);
  });
});
