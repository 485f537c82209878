// A 自评表's budget line copied one cell per line, its amounts left blank: 10 | 7.93 | 79.27% under 全年预算数 |
// 执行数 | 权重 | 得分 | 执行率 is 分值 | 得分 — 10 × 79.27% rounds to 7.93, while 7.93 ÷ 10 would be printed 79.30%
// (issue 12's lines layout of docs/024). Amounts whose quotient is the rate as printed stay amounts.
import { describe, expect, it } from 'vitest';
import { cellStream } from './evaluation-cells.ts';
import { readBudgetBlock } from './evaluation-budget.ts';
import { amountsAgreeAsPrinted, pointsAgreeAsPrinted } from './budget-printed-precision.ts';

const totalOf = (head: string[], figures: string[]) =>
  readBudgetBlock(
    cellStream([
      { cells: ['项目资金(万元)', '', ...head], table: true, gapless: true },
      { cells: ['', '合计', ...figures], table: true, gapless: true },
    ]),
  )?.lines.find((l) => l.total)?.values;

const head = ['全年预算数(A)', '执行数(B)', '权重', '得分', '执行率(B/A)'];

describe('a budget line of two small figures and a rate', () => {
  it('reads them as points where only the points hold to the rate as printed', () => {
    expect(totalOf(head, ['20', '17.35', '86.73%'])).toEqual({
      weight: '20',
      score: '17.35',
      rate: '86.73',
    });
  });

  it('reads them as amounts where the amounts hold to it', () => {
    expect(totalOf(head, ['20', '17.35', '86.75%'])).toEqual({
      annual: '20',
      executed: '17.35',
      rate: '86.75',
    });
  });
});

describe('agreement to the printed places', () => {
  it('holds for amounts to the rate’s last place', () => {
    expect(amountsAgreeAsPrinted({ annual: '20', executed: '17.35', rate: '86.75%' })).toBe(true);
    expect(amountsAgreeAsPrinted({ annual: '20', executed: '17.35', rate: '86.73%' })).toBe(false);
    expect(amountsAgreeAsPrinted({ annual: '30', executed: '29', rate: '97%' })).toBe(true);
  });

  it('holds for points to the score’s last place', () => {
    expect(pointsAgreeAsPrinted({ weight: '20', score: '17.35', rate: '86.73%' })).toBe(true);
    expect(pointsAgreeAsPrinted({ weight: '20', score: '17.5', rate: '86.73%' })).toBe(false);
  });
});
