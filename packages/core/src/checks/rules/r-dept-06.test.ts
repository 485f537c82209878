import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester.ts';
import { nameSimilarity, rule } from './r-dept-06.ts';
import { makeDepartmentForm, makeProjectForm } from '../helpers/test-forms.ts';
import { defaultCheckOptions } from '../types.ts';
import type { Form } from '../../model/form.ts';

const project = (name: string, current: string) => {
  const p = makeProjectForm({ name });
  return { ...p, budget: { ...p.budget, total: current, current } };
};
const dept = (projects: Array<[string, string]>) =>
  makeDepartmentForm({
    projects: projects.map(([name, current]) => ({
      name,
      category: null,
      total: current,
      current,
      purpose: null,
    })),
  });
const run = (d: Form, siblings: Form[]) =>
  rule.check(d, { siblings: [d, ...siblings], options: defaultCheckOptions });

describe('R-DEPT-06', () => {
  it('passes when every listed project has its form with the same amount', () => {
    expect(run(dept([['后勤保障经费', '900']]), [project('后勤保障经费', '900.00')])).toEqual([]);
  });
  it('finds a misspelt name, a project without a form, and an amount that differs', () => {
    const r = run(
      dept([
        ['后期保障经费', '900'],
        ['行政审批综合业务支出', '100'],
        ['信息化工作经费', '150'],
      ]),
      [project('后勤保障经费', '900.00'), project('信息化工作经费', '140.00')],
    );
    expect(r.map((x) => [x.messageId, x.path])).toEqual([
      ['misspelt', '/projects/0/name'],
      ['noForm', '/projects/1/name'],
      ['amountDiffers', '/projects/2/current'],
    ]);
  });
  it('finds a project form missing from the department list', () => {
    const r = run(dept([['后勤保障经费', '900']]), [
      project('后勤保障经费', '900'),
      project('法律顾问', '2'),
    ]);
    expect(r.map((x) => x.messageId)).toEqual(['notListed']);
  });
  it('measures name similarity by common characters in order', () => {
    expect(nameSimilarity('后期保障经费', '后勤保障经费')).toBeCloseTo(5 / 6);
    expect(nameSimilarity('法律顾问', '信息化工作经费')).toBe(0);
  });
});

// Corpus 006 (重庆 荣昌 2022): the page lists 古昌镇大青冈村乡村振兴绿化美化项目100万元, its form says 153.5184.
const mentioned = (amount: string) => ({
  ...project('古昌镇大青冈村乡村振兴绿化美化项目', '153.5184'),
  mentions: [{ text: `古昌镇大青冈村乡村振兴绿化美化项目${amount}万元`, amount }],
});

ruleTester(rule, {
  valid: [
    {
      name: 'every listed project has its form with the same amount',
      form: dept([['后勤保障经费', '900']]),
      siblings: [project('后勤保障经费', '900.00')],
    },
    { name: 'the page lists the project with its form’s amount', form: mentioned('153.5184') },
    { name: 'a project form the page does not list', form: project('后勤保障经费', '900') },
  ],
  invalid: [
    {
      name: 'a listed project without its form',
      form: dept([
        ['后勤保障经费', '900'],
        ['行政审批综合业务支出', '100'],
      ]),
      siblings: [project('后勤保障经费', '900.00')],
      errors: [{ messageId: 'noForm', path: '/projects/1/name' }],
    },
    {
      name: '006: the page lists 100 万元, the form 153.5184',
      form: mentioned('100'),
      errors: [{ messageId: 'mentionDiffers', path: '/mentions/0/amount', severity: 'warning' }],
    },
  ],
});
