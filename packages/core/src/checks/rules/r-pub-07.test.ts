import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { rule } from './r-pub-07.ts';
import { makeDisclosure } from '../helpers/test-disclosure.ts';
import { makeProjectForm } from '../helpers/test-forms.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Form } from '../../model/form.ts';

const withBudget = (name: string, current: string) => {
  const p = makeProjectForm({ name });
  return { ...p, budget: { ...p.budget, total: current, current } };
};
const run = (d: Form, siblings: Form[]) =>
  rule.check(d, { siblings: [d, ...siblings], options: defaultCheckOptions });

describe('R-PUB-07', () => {
  it('passes when the project forms add up to 项目支出', () => {
    expect(run(makeDisclosure(), [withBudget('甲', '150.00'), withBudget('乙', '250.00')])).toEqual([]);
  });
  it('finds project forms that do not add up to 项目支出', () => {
    const r = run(makeDisclosure(), [withBudget('甲', '150.00')]);
    expect(r.map((x) => [x.messageId, x.path])).toEqual([['sumDiffers', '/figures/projectExpenditure']]);
  });
});

ruleTester(rule, {
  valid: [
    {
      name: 'project forms that add up to 项目支出',
      form: makeDisclosure(),
      siblings: [withBudget('甲', '150.00'), withBudget('乙', '250.00')],
    },
  ],
  invalid: [
    {
      name: 'project forms that do not add up to 项目支出',
      form: makeDisclosure(),
      siblings: [withBudget('甲', '150.00')],
      errors: [{ messageId: 'sumDiffers', path: '/figures/projectExpenditure' }],
    },
  ],
});
