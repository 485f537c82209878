import { rule } from './r-ind-18.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeIndicator, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'quantified 数量/时效/成本, qualitative 效益', form: p },
    {
      name: 'a 时效 deadline written as a date',
      form: withIndicator(p, 2, { name: '完成时间', target: '12月31日前' }),
    },
    {
      name: 'a 时效 deadline 年底前完成',
      form: withIndicator(p, 8, { name: '完成时间', target: '年底前完成' }),
    },
    { name: 'department form', form: makeDepartmentForm() },
    {
      name: '社会成本 may be qualitative',
      form: makeProjectForm({
        framework: 'project-101',
        indicators: [
          makeIndicator({
            level1: '成本指标',
            level2: '社会成本指标',
            name: '对周边居民的影响',
            target: '无明显负面影响',
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: '数量, 时效 and 成本 written in words',
      form: withIndicator(
        withIndicator(withIndicator(p, 0, { target: '确保完成' }), 2, { target: '及时' }),
        3,
        { target: '合理' },
      ),
      errors: [
        { messageId: 'qualitativeQuantity', path: '/indicators/0/target' },
        { messageId: 'qualitativeTimeliness', path: '/indicators/2/target' },
        { messageId: 'qualitativeCost', path: '/indicators/3/target' },
      ],
    },
    {
      name: 'annual value in words while the long-term one is a number',
      form: withIndicator(p, 7, { target: '良好' }),
      errors: [{ messageId: 'weakerThanLongTerm', path: '/indicators/7/target' }],
    },
  ],
});
