import { rule } from './r-ind-06.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'quantitative with units and qualitative grades', form: p },
    { name: 'department form', form: makeDepartmentForm() },
    {
      name: 'a deadline written as a date',
      form: withIndicator(p, 2, { name: '完成时间', target: '2024年6月底前' }),
    },
    { name: 'an empty value is left to R-IND-17', form: withIndicator(p, 2, { target: null }) },
  ],
  invalid: [
    {
      name: 'comparator without number',
      form: withIndicator(p, 1, { target: '≥%' }),
      errors: [{ messageId: 'missingNumber', path: '/indicators/1/target', severity: 'error' }],
    },
    {
      name: 'several values, range, trailing text',
      form: withIndicator(
        withIndicator(withIndicator(p, 0, { target: '10项，20个' }), 1, { target: '90%-95%' }),
        6,
        {
          target: '≥10项工作',
        },
      ),
      errors: [
        { messageId: 'severalValues', path: '/indicators/0/target', severity: 'warning' },
        { messageId: 'range', path: '/indicators/1/target', severity: 'warning' },
        { messageId: 'trailingText', path: '/indicators/6/target', severity: 'warning' },
      ],
    },
    {
      name: 'conflicting comparators',
      form: withIndicator(p, 1, { target: '≤95%以上' }),
      errors: [{ messageId: 'conflictingComparators', path: '/indicators/1/target', severity: 'error' }],
    },
    {
      name: 'number without unit',
      form: withIndicator(p, 0, { target: '≥100' }),
      errors: [{ messageId: 'missingUnit', path: '/indicators/0/target', severity: 'warning' }],
    },
  ],
});
