import { rule } from './r-sum-01.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm } from '../helpers/test-forms.ts';

const budget = (
  sources: Array<[string, string | null]>,
  total: string | null = '50',
  current: string | null = '50',
) =>
  makeProjectForm({
    budget: { total, current, history: null, sources: sources.map(([name, amount]) => ({ name, amount })) },
  });

ruleTester(rule, {
  valid: [
    { name: 'no sources', form: makeProjectForm() },
    { name: 'department forms are not read', form: makeDepartmentForm() },
    {
      name: 'sources add up to 合计 and budget',
      form: budget([
        ['财政拨款', '45.5'],
        ['单位资金', '4.50'],
        ['合计', '50.00'],
      ]),
    },
    {
      name: 'no 合计 line: the sum equals the budget',
      form: budget([
        ['财政拨款', '30'],
        ['其他资金', '20'],
      ]),
    },
    {
      name: 'sources match the current-year budget',
      form: budget(
        [
          ['财政拨款', '20'],
          ['合计', '20'],
        ],
        '60',
        '20',
      ),
    },
    {
      name: '资金总额 and 当年资金总额 each broken down: 财政拨款 50 and 当年财政拨款 50 are one sum each',
      form: budget([
        ['当年资金总额', null],
        ['财政拨款', '50'],
        ['当年财政拨款', '50'],
      ]),
    },
    {
      name: '小计 lines head their groups: （一）财政拨款小计 6.30 over 一般公共预算 6.30 counts once (wide/244)',
      form: budget(
        [
          ['财政拨款小计', '6.30'],
          ['一般公共预算', '6.30'],
          ['政府性基金', '0.00'],
          ['自有资金小计', '0.00'],
          ['事业收入', '0.00'],
          ['其他收入', '0.00'],
        ],
        '6.3',
        null,
      ),
    },
    {
      name: 'a 小计 closing its group, a source after it outside the group, and a 合计',
      form: budget([
        ['中央资金', '20'],
        ['省级资金', '10'],
        ['财政拨款小计', '30'],
        ['其他资金', '20'],
        ['合计', '50'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a 小计 standing for its parts still counts against the budget: 财政拨款小计 30 + 其他资金 10 = 40, not 50',
      form: budget([
        ['财政拨款小计', '30'],
        ['一般公共预算', '30'],
        ['其他资金', '10'],
      ]),
      errors: [{ messageId: 'budgetMismatch', path: '/budget/total', severity: 'error' }],
    },
    {
      name: 'the current-year breakdown apart: 当年财政拨款 30 + 当年其他资金 10 = 40 against a budget of 50',
      form: budget([
        ['财政拨款', '50'],
        ['当年财政拨款', '30'],
        ['当年其他资金', '10'],
      ]),
      errors: [{ messageId: 'budgetMismatch', path: '/budget/total', severity: 'error' }],
    },
    {
      name: 'sources do not add up, 合计 differs from the budget',
      form: budget([
        ['财政拨款', '40'],
        ['单位资金', '5'],
        ['合计', '48'],
      ]),
      errors: [
        { messageId: 'sourcesMismatch', path: '/budget/sources/2/amount', severity: 'error' },
        { messageId: 'budgetMismatch', path: '/budget/total', severity: 'error' },
      ],
    },
    {
      name: 'a difference within rounding is info',
      form: budget(
        [
          ['财政拨款', '33.33'],
          ['单位资金', '16.66'],
          ['合计', '49.99'],
        ],
        '50.00',
        null,
      ),
      errors: [{ messageId: 'budgetRounding', path: '/budget/total', severity: 'info' }],
    },
    {
      name: 'rounding between the sources and the 合计',
      form: budget(
        [
          ['财政拨款', '33.33'],
          ['单位资金', '16.66'],
          ['合计', '50.00'],
        ],
        '50.00',
        null,
      ),
      errors: [{ messageId: 'sourcesRounding', path: '/budget/sources/2/amount', severity: 'info' }],
    },
  ],
});
