import { rule } from './r-ind-12.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();
const d = makeDepartmentForm();

ruleTester(rule, {
  valid: [
    { name: 'ordinary rates and =100%', form: p },
    { name: 'department form', form: d },
    {
      name: 'a growth rate may exceed 100%',
      form: withIndicator(p, 4, { name: '办件量增长率', target: '≥120%' }),
    },
    {
      name: 'a change rate may be negative',
      form: withIndicator(p, 4, { name: '"三公"经费变动率', target: '≤-5%' }),
    },
    {
      name: 'a ≤ cap above 100% is not a target above 100%',
      form: withIndicator(p, 4, { name: '预算执行偏差率', target: '≤110%' }),
    },
  ],
  invalid: [
    {
      name: '联系部门满意度 ≥100% (seed 002)',
      form: withIndicator(d, 5, { name: '联系部门满意度', target: '≥100%' }),
      errors: [{ messageId: 'satisfactionAtLeast100', path: '/indicators/5/target', severity: 'error' }],
    },
    {
      name: 'satisfaction over 100 and a rate over 100',
      form: withIndicator(withIndicator(p, 5, { target: '满意率≥105%' }), 1, {
        name: '验收合格率',
        target: '=120%',
      }),
      errors: [
        { messageId: 'rateOver100', path: '/indicators/1/target', severity: 'error' },
        { messageId: 'satisfactionOver100', path: '/indicators/5/target', severity: 'error' },
      ],
    },
    {
      name: 'a rate ≥100% is a warning, >100% an error',
      form: withIndicator(withIndicator(p, 1, { target: '≥100%' }), 2, { target: '>100%' }),
      errors: [
        { messageId: 'rateAtLeast100', path: '/indicators/1/target', severity: 'warning' },
        { messageId: 'rateOver100', path: '/indicators/2/target', severity: 'error' },
      ],
    },
    {
      name: 'a negative amount',
      form: withIndicator(p, 3, { target: '≤-5万元' }),
      errors: [{ messageId: 'negative', path: '/indicators/3/target', severity: 'error' }],
    },
  ],
});
