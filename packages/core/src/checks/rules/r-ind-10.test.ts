import { rule } from './r-ind-10.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeIndicator, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'cost with ≤', form: p },
    { name: 'a ≥ value outside cost indicators', form: withIndicator(p, 0, { target: '≥20人' }) },
    {
      name: 'a rate under 成本指标 is not a money cap (seed 003 资金利用率)',
      form: withIndicator(p, 3, { name: '资金利用率', target: '≥90%' }),
    },
    {
      name: 'a unit cost with ≤',
      form: withIndicator(p, 3, { name: '人均培训成本', target: '≤500元/人天' }),
    },
  ],
  invalid: [
    {
      name: 'version A cost with ≥',
      form: withIndicator(p, 3, { target: '≥20万元' }),
      errors: [{ messageId: 'costLowerBound', path: '/indicators/3/target' }],
    },
    {
      name: 'a unit cost with ≥',
      form: withIndicator(p, 9, { name: '人均培训成本', target: '≥500元/人天' }),
      errors: [{ messageId: 'costLowerBound', path: '/indicators/9/target' }],
    },
    {
      name: 'version B 经济成本 with >',
      form: makeProjectForm({
        framework: 'project-101',
        indicators: [
          makeIndicator({ level1: '成本指标', level2: '经济成本指标', name: '项目成本', target: '>50万元' }),
        ],
      }),
      errors: [{ messageId: 'costLowerBound', path: '/indicators/0/target' }],
    },
    {
      name: 'a cost cap set by 历史标准 gets a hint',
      form: withIndicator(p, 3, { basis: '历史标准' }),
      errors: [{ messageId: 'costBasis', path: '/indicators/3/basis', severity: 'info' }],
    },
  ],
});
