import { subjectRuleTester } from '../rule-tester.ts';
import { describe, expect, it } from 'vitest';
import { makeBudget, makeUnitsBudget } from '../../budget/test-budget.ts';
import { rule } from './r-bud-03.ts';

const run = (
  b: ReturnType<typeof makeBudget>,
  mutate: (b: ReturnType<typeof makeBudget>) => void = () => {},
) => {
  mutate(b);
  return rule.check({ kind: 'budget', budget: b }).map((r) => [r.messageId, r.path, r.data]);
};

describe('R-BUD-03', () => {
  it('passes a department of one unit and one of two consistent units', () => {
    expect(run(makeBudget())).toEqual([]);
    expect(run(makeUnitsBudget())).toEqual([]);
  });
  it('finds units whose income does not add up to the department', () => {
    expect(run(makeUnitsBudget(), (b) => void (b.units[1]!.income.generalPublic = '300.00'))).toEqual([
      [
        'unitIncome',
        '/income/generalPublic',
        { source: '一般公共预算财政拨款收入', units: '900.00', department: '1000.00' },
      ],
    ]);
  });
  it('finds a line of no unit, of an unlisted unit, and a repeated unit code', () => {
    const r = run(makeUnitsBudget(), (b) => {
      b.functional[0]!.unitCode = null;
      b.functional[1]!.unitCode = '109999';
    });
    expect(r.map(([id, path]) => [id, path])).toEqual([
      ['lineUnit', '/functional/0/unitCode'],
      ['lineUnit', '/functional/1/unitCode'],
    ]);
    expect(
      run(makeUnitsBudget(), (b) =>
        b.units.push({ ...b.units[0]!, income: { ...b.units[0]!.income, generalPublic: '0' } }),
      ).map(([id]) => id),
    ).toEqual(['duplicateUnit']);
  });
  it('finds a unit on a line of a budget that lists none', () => {
    expect(run(makeBudget(), (b) => void (b.functional[0]!.unitCode = '101001')).map(([id]) => id)).toEqual([
      'lineUnit',
    ]);
  });
});

subjectRuleTester(rule, {
  valid: [
    { name: 'a department of one unit', subject: { kind: 'budget', budget: makeBudget() } },
    { name: 'a department of two consistent units', subject: { kind: 'budget', budget: makeUnitsBudget() } },
  ],
  invalid: [
    {
      name: 'a unit on a line of a budget that lists none',
      subject: (() => {
        const b = makeBudget();
        b.functional[0]!.unitCode = '101001';
        return { kind: 'budget' as const, budget: b };
      })(),
      errors: [{ messageId: 'lineUnit', path: '/functional/0/unitCode' }],
    },
  ],
});
