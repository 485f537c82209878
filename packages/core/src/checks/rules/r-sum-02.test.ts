import { rule } from './r-sum-02.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeProjectForm } from '../helpers/test-forms.ts';

const details = (
  rows: Array<[string, string | null]>,
  total: string | null = '50',
  current: string | null = null,
) =>
  makeProjectForm({
    budget: { total, current, sources: [], history: null },
    details: rows.map(([item, amount]) => ({ item, amount, basis: null, note: null })),
  });

ruleTester(rule, {
  valid: [
    { name: 'no details', form: makeProjectForm() },
    {
      name: 'details add up to the budget',
      form: details([
        ['培训费', '30'],
        ['场地租赁费', '20.00'],
      ]),
    },
    {
      name: 'details add up to the current-year budget',
      form: details(
        [
          ['培训费', '10'],
          ['合计', '10'],
        ],
        '30',
        '10',
      ),
    },
    {
      name: 'an amount missing is counted as nothing but a line without amount is skipped',
      form: details([
        ['培训费', '50'],
        ['其他', null],
      ]),
    },
  ],
  invalid: [
    {
      name: 'details short of the budget',
      form: details([
        ['培训费', '30'],
        ['场地租赁费', '10'],
      ]),
      errors: [{ messageId: 'detailsMismatch', path: '/details', severity: 'error' }],
    },
    {
      name: 'details 合计 wrong and short of the budget',
      form: details([
        ['培训费', '30'],
        ['场地租赁费', '10'],
        ['合计', '45'],
      ]),
      errors: [
        { messageId: 'detailsTotalMismatch', path: '/details/2/amount', severity: 'error' },
        { messageId: 'detailsMismatch', path: '/details/2/amount', severity: 'error' },
      ],
    },
    {
      name: 'rounding difference',
      form: details(
        [
          ['培训费', '33.33'],
          ['场地租赁费', '16.66'],
        ],
        '50.00',
      ),
      errors: [{ messageId: 'detailsRounding', path: '/details', severity: 'info' }],
    },
  ],
});
