import { describe, expect, it } from 'vitest';
import type { StreamCell } from './evaluation-cells.ts';
import { labelledRate, scoreAfterExecuted } from './evaluation-labelled-rate.ts';

const stream = (...texts: string[]): StreamCell[] =>
  texts.map((text, row) => ({ text, row, line: null, table: false }));

// Made for this test in the shape of a text layer that put a 自评表's budget cells on one line.
describe('执行率 with its percent where no budget block was read', () => {
  it('is the percent right after the label standing as a word of its own', () => {
    expect(labelledRate(stream('合计 执行数 (万元) (万元) 8.2 8.2 执行率 100% 1. 完成设备更新'))).toBe(
      '100%',
    );
  });

  it("is not an indicator's 预算执行率, nor a label without its percent, nor one of two", () => {
    expect(labelledRate(stream('预算执行率 100% 10 10'))).toBeNull();
    expect(labelledRate(stream('执行率 8.2 100%'))).toBeNull();
    expect(labelledRate(stream('执行率 100%', '执行率 90%'))).toBeNull();
  });
});

// Invented figures in the shape of a 区域绩效目标自评表 scoring each block in one column headed 自评得分.
describe("the budget block's points after its 执行数 in a 自评得分 column", () => {
  const head = ['专项名称', '某某补助资金', '自评得分', '主管部门', '某某局', '96'];
  const amounts = { annual: '5.6', executed: '4.2' };

  it('is the figure right after the one 执行数 figure, the score column headed before the block', () => {
    expect(
      scoreAfterExecuted(stream(...head, '预算数:', '5.6', '执行数:', '4.2', '15', '其中:中央补助'), amounts),
    ).toBe('15');
  });

  it('is nothing without the heading before the block, under a rate column in percent, or where it is the rate', () => {
    expect(scoreAfterExecuted(stream('预算数:', '5.6', '执行数:', '4.2', '15', '得分'), amounts)).toBeNull();
    expect(
      scoreAfterExecuted(stream(...head, '执行进度(%)', '预算数:', '5.6', '执行数:', '4.2', '15'), amounts),
    ).toBeNull();
    expect(scoreAfterExecuted(stream(...head, '预算数:', '5.6', '执行数:', '4.2', '75'), amounts)).toBeNull();
  });
});
