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
    { name: 'unit costs in 元/人 are not money totals', form: withIndicator(p, 3, { target: '≤2000元/人' }) },
  ],
  invalid: [
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
