// A 自评表's budget line that ends short of its header but kept a blank cell between two figures, and a line
// whose 执行率 is printed as a fraction (1 for spent in full): each placing with a line it must change and one it
// must leave (issue 12's headColumn variants).
import { describe, expect, it } from 'vitest';
import { cellStream } from './evaluation-cells.ts';
import { readBudgetBlock } from './evaluation-budget.ts';

const totalOf = (head: string[], figures: string[], gapless = false) =>
  readBudgetBlock(
    cellStream([
      { cells: ['项目资金(万元)', '', ...head], table: true, gapless },
      { cells: ['', '合计', ...figures], table: true, gapless },
    ]),
  )?.lines.find((l) => l.total)?.values;

describe('a budget line short of its header', () => {
  const head = ['年初预算数', '调整后预算数', '全年执行数', '执行率', '得分', '分值'];

  it('places two figures a kept blank apart as many columns apart', () => {
    // 236 | · | 236: the blank is 调整后预算数, so the first 236 is 年初预算数 (read as 调整后 before).
    expect(totalOf(head, ['236', '', '236'])).toEqual({ initial: '236', executed: '236' });
  });

  it('places figures side by side, or a row that lost its blanks, by what they are', () => {
    expect(totalOf(head, ['236', '236'])).toEqual({ annual: '236', executed: '236' });
    expect(totalOf(head, ['236', '', '236'], true)).toEqual({ annual: '236', executed: '236' });
  });
});

describe('a budget line with a fractional 执行率', () => {
  const head = ['年初预算数', '调整后预算数', '全年执行数', '得分', '执行率(B/A)', '权重'];

  it('reads a 1 after amounts spent in full as the rate, not as a 分值 under its 得分', () => {
    // 分值 1 under 得分 20 was read before: a 1 that agrees with the amounts as a fraction is their rate.
    expect(totalOf(head, ['', '1.56', '1.56', '20', '1'])).toEqual({
      annual: '1.56',
      executed: '1.56',
      score: '20',
      rate: '1',
    });
  });

  it('keeps a 分值 that bounds its 得分', () => {
    expect(totalOf(head, ['', '1.56', '1.20', '5', '10'])).toEqual({
      annual: '1.56',
      executed: '1.20',
      score: '5',
      weight: '10',
    });
  });
});
