import { rule } from './r-ind-13.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();
const hist = (history: Record<string, string>, target: string, basis = '历史标准') =>
  withIndicator(p, 7, { history, target, basis });

ruleTester(rule, {
  valid: [
    { name: 'no history', form: p },
    { name: 'department form', form: makeDepartmentForm() },
    { name: 'target above history', form: hist({ '2022': '90%', '2023': '92%' }, '≥95%') },
    { name: 'below history but the basis is 计划标准', form: hist({ '2023': '98%' }, '≥95%', '计划标准') },
    { name: '=100% three years running is fine', form: hist({ 前年: '100%', 上年: '100%' }, '≥100%') },
    { name: 'history in words is not compared', form: hist({ 上年: '完成' }, '≥95%') },
  ],
  invalid: [
    {
      name: 'target below last year',
      form: hist({ '2022': '99%', '2023': '97%' }, '≥95%'),
      errors: [{ messageId: 'belowHistory', path: '/indicators/7/target', severity: 'warning' }],
    },
    {
      name: '前年/上年 keys: 上年 is the latest',
      form: hist({ 上年: '96%', 前年: '90%' }, '≥95%'),
      errors: [{ messageId: 'belowHistory', path: '/indicators/7/target', severity: 'warning' }],
    },
    {
      name: 'unchanged for three years',
      form: hist({ '2022': '95%', '2023': '95%' }, '≥95%'),
      errors: [{ messageId: 'unchanged', path: '/indicators/7/target', severity: 'info' }],
    },
  ],
});
