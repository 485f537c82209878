import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-dept-03.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { makeDepartmentForm } from '../helpers/test-forms.ts';
import { defaultCheckOptions } from '../types.ts';
import type { DepartmentForm } from '../../model/department-form.ts';

function dept(total: string, project: string): DepartmentForm {
  const f = makeDepartmentForm({ year: 2025 });
  f.funds = {
    income: [
      { name: '财政拨款', current: total, share: '100%', history: {} },
      { name: '合计', current: total, share: '100%', history: {} },
    ],
    expenditure: [
      { name: '基本支出', current: '600.00', share: null, history: {} },
      { name: '项目支出', current: project, share: null, history: {} },
      { name: '合计', current: total, share: '100%', history: {} },
    ],
  };
  return f;
}
const run = (f: DepartmentForm) =>
  rule.check(f, { siblings: [makeDisclosure(), f], options: defaultCheckOptions });

describe('R-DEPT-03', () => {
  it('passes a department form that matches the disclosure', () =>
    expect(run(dept('1000.00', '400.00'))).toEqual([]));
  it('finds a total and a 项目支出 that differ from the disclosure (seed 003: 4904.64 vs 4804.64)', () => {
    expect(run(dept('1100.00', '500.00')).map((x) => [x.messageId, x.path])).toEqual([
      ['totalDiffers', '/funds/income/1/current'],
      ['totalDiffers', '/funds/expenditure/1/current'],
    ]);
  });
  it('says nothing without a disclosure of the same year', () => {
    const f = dept('1100.00', '500.00');
    expect(rule.check(f, { siblings: [f], options: defaultCheckOptions })).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [
    {
      name: 'a department form that matches the disclosure',
      form: dept('1000.00', '400.00'),
      siblings: [makeDisclosure()],
    },
  ],
  invalid: [
    {
      name: 'a total that differs from the disclosure',
      form: dept('1100.00', '400.00'),
      siblings: [makeDisclosure()],
      errors: [{ messageId: 'totalDiffers', path: '/funds/income/1/current' }],
    },
  ],
});
