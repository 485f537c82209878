import { rule } from './r-ind-11.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeIndicator, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();
const v101 = (targets: Array<[string, string]>, total = '571') =>
  makeProjectForm({
    framework: 'project-101',
    budget: { total, current: null, sources: [], history: null },
    indicators: targets.map(([name, target]) =>
      makeIndicator({ level1: '成本指标', level2: '经济成本指标', name, target }),
    ),
  });

ruleTester(rule, {
  valid: [
    { name: 'cost caps within the budget', form: p },
    { name: '项目成本 equal to the budget (seed 004)', form: v101([['项目成本', '≤571万元']]) },
    {
      name: 'two caps adding up to the budget (seed 004)',
      form: v101(
        [
          ['社区共建经费', '≤2万元'],
          ['驻村工作经费', '≤1万元'],
        ],
        '3',
      ),
    },
    { name: 'a cap in 元 converted exactly', form: withIndicator(p, 3, { target: '≤500000元' }) },
    {
      // corpus 010 (内蒙古 乌海, 2021): 出差1 + 劳务2 + 办公0 = 年度预算总成本 3 = 资金总额 3 — the total row is not a fourth part.
      name: 'a 年度预算总成本 row beside the costs it adds up (corpus 010)',
      form: v101(
        [
          ['出差总成本', '=1万元'],
          ['劳务人员总成本', '=2万元'],
          ['办公费总成本', '=0万元'],
          ['年度预算总成本', '=3万元'],
        ],
        '3',
      ),
    },
    {
      name: 'a 财政资金 cost within the 财政拨款 source',
      form: {
        ...v101([['财政资金补助', '≤40万元']], '100'),
        budget: {
          total: '100',
          current: null,
          sources: [
            { name: '财政拨款', amount: '40' },
            { name: '自筹资金', amount: '60' },
          ],
          history: null,
        },
      },
    },
    { name: 'unit costs in 元/人 are not money totals', form: withIndicator(p, 3, { target: '≤2000元/人' }) },
  ],
  invalid: [
    {
      name: 'a 财政资金 cost above the 财政拨款 source it names (a part of the budget against its source)',
      form: {
        ...v101([['财政资金补助', '≤50万元']], '100'),
        budget: {
          total: '100',
          current: null,
          sources: [
            { name: '财政拨款', amount: '40' },
            { name: '自筹资金', amount: '60' },
          ],
          history: null,
        },
      },
      errors: [{ messageId: 'costExceedsSource', path: '/indicators/0/target', severity: 'error' }],
    },
    {
      name: 'a cap above the budget',
      form: withIndicator(p, 3, { target: '≤80万元' }),
      errors: [{ messageId: 'costExceedsBudget', path: '/indicators/3/target', severity: 'error' }],
    },
    {
      name: 'a cap in 元 above the budget',
      form: withIndicator(p, 9, { target: '≤600000元' }),
      errors: [{ messageId: 'costExceedsBudget', path: '/indicators/9/target', severity: 'error' }],
    },
    {
      name: 'caps adding up above the budget',
      form: v101(
        [
          ['场地费', '≤2万元'],
          ['劳务费', '≤2万元'],
        ],
        '3',
      ),
      errors: [{ messageId: 'costSumExceedsBudget', path: '/indicators/0/target', severity: 'warning' }],
    },
    {
      name: '项目成本 below the budget',
      form: v101([['项目成本', '≤500万元']]),
      errors: [{ messageId: 'totalCostNotBudget', path: '/indicators/0/target', severity: 'warning' }],
    },
  ],
});
