import { describe, expect, it } from 'vitest';
import { cutByStatedAmounts, statedAmounts } from './stated-budget-amounts.ts';
import { keyed } from './evaluation-text.ts';
import { readBudgetInText } from './evaluation-stream-budget.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

// Made for these tests: budget lines run together that neither arithmetic nor print cuts (values invented).

const cols = (s: string) => s.split(' ') as BudgetColumn[];
const read = (text: string) => readBudgetInText(keyed(text), [])?.lines[0]?.values;

describe('the amounts a form states with their money unit', () => {
  it('reads figures before 万元 / 元 and after a bracketed unit, in the block’s unit', () => {
    expect([...statedAmounts('已使用约40%年度预算２２０万元投入资金(≥万元)1500', '万元')]).toEqual([
      220, 1500,
    ]);
    expect([...statedAmounts('年度预算220万元', '元')]).toEqual([2_200_000]);
  });
});

describe('a run-together budget line cut where it places an amount the form states again', () => {
  it('cuts 22087.57 as 220 | 87.57 where the form states a budget of 220万元', () => {
    expect(cutByStatedAmounts('22087.57', cols('initial executed rate'), new Set([220]))).toEqual({
      initial: '220',
      executed: '87.57',
    });
    // Without it, 220 | 87.57 or 2208 | 7.57: nothing read.
    expect(cutByStatedAmounts('22087.57', cols('initial executed rate'), new Set([300]))).toBeNull();
  });

  it('reads the 0 beside a rate of 0% as the 执行数: nothing was spent', () => {
    // 1500 | 0 | 0%, not 150 | 0 | 0 | 0% nor 15000 | 0%: the form states 1500.
    expect(cutByStatedAmounts('150000%', cols('annual executed score rate weight'), new Set([1500]))).toEqual(
      {
        annual: '1500',
        executed: '0',
        rate: '0%',
      },
    );
  });

  it('reads the block so where its run-together line gives no other reading', () => {
    expect(
      read(
        '项目资金（万元）年初预算数全年执行数执行率合计22087.57年度总体目标按期完成成本指标年度预算220万元',
      ),
    ).toMatchObject({ initial: '220', executed: '87.57' });
  });
});
