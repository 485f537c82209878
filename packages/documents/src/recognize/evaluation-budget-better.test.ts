// Which reading of a 自评表's budget block is kept: the rows' or the text's (betterBudget).
import { describe, expect, it } from 'vitest';
import { betterBudget, type BudgetBlock } from './evaluation-budget.ts';

const block = (values: BudgetBlock['lines'][number]['values']): BudgetBlock => ({
  lines: [{ name: '资金总额', total: true, values }],
  start: 0,
  end: 1,
  period: null,
});

describe('the budget read by rows or by the text', () => {
  it("takes the text's where it holds every figure the rows' holds and more, though in another column", () => {
    // 资金总额 | 23.323.3: the rows took one 23.3 as the 得分, the text cut 23.3 | 23.3 under 预算数 | 执行数.
    const text = block({ annual: '23.3', executed: '23.3' });
    expect(betterBudget(block({ score: '23.3' }), text)).toBe(text);
  });

  it("keeps the rows' where the text lacks one of its figures, or holds it once where the rows hold it twice", () => {
    const rows = block({ score: '20' });
    expect(betterBudget(rows, block({ annual: '23.3', executed: '23.3' }))).toBe(rows);
    // 880 880 880 10 10: the text's 10 | 1 | 0 holds one 10 of the rows' two.
    const spaced = block({ initial: '880', annual: '880', executed: '880', weight: '10', score: '10' });
    const cut = block({
      initial: '880',
      annual: '880',
      executed: '880',
      weight: '10',
      rate: '1',
      score: '0',
    });
    expect(betterBudget(spaced, cut)).toBe(spaced);
  });
});
