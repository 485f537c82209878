import { subjectRuleTester } from '../rule-tester.ts';
import { describe, expect, it } from 'vitest';
import { rule } from './r-bud-02.ts';
import { makeBudget } from '../../budget/test-budget.ts';

const run = (mutate: (b: ReturnType<typeof makeBudget>) => void) => {
  const b = makeBudget();
  mutate(b);
  return rule.check({ kind: 'budget', budget: b }).map((r) => [r.messageId, r.data]);
};

describe('R-BUD-02', () => {
  it('passes on a balanced budget', () => expect(run(() => {})).toEqual([]));
  it('finds income ≠ expenditure', () => {
    expect(run((b) => void (b.income.generalPublic = '990.00'))).toEqual([
      ['unbalanced', { income: '990.00', expenditure: '1000.00', diff: '10.00' }],
    ]);
  });
  it('finds functional basic columns that disagree with the economic lines, and project classes with the list', () => {
    const r = run((b) => {
      b.functional[0]!.goods = '110.00';
      b.functional[0]!.wages = '490.00';
      b.projects[0]!.amount = '310.00';
    });
    expect(r.map((x) => x[0])).toEqual(['basicByClass', 'basicByClass', 'projectCategory']);
  });
  it('finds last year’s parts that do not make last year’s total', () => {
    expect(run((b) => void (b.lastYear.basic = '661.32'))).toEqual([
      ['lastYearParts', { basic: '661.32', project: '590.00', sum: '1251.32', total: '1250.00' }],
    ]);
  });
});

subjectRuleTester(rule, {
  valid: [{ name: 'a balanced budget', subject: { kind: 'budget', budget: makeBudget() } }],
  invalid: [
    {
      name: 'last year’s parts that do not make last year’s total',
      subject: (() => {
        const b = makeBudget();
        b.lastYear.basic = '661.32';
        return { kind: 'budget' as const, budget: b };
      })(),
      errors: [{ messageId: 'lastYearParts', path: '/lastYear', severity: 'warning' }],
    },
  ],
});
