import { rule } from './r-ind-16.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeProjectForm } from '../helpers/test-forms.ts';

const project = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'no empty slots', form: project },
    {
      name: 'empty 数量指标 of a goal without quantity is left to R-IND-03',
      form: makeProjectForm({
        indicators: project.indicators.filter((_, i) => i !== 0),
        emptyLevel2: [{ term: 'long', goal: '长期绩效目标1', level1: '产出指标', level2: '数量指标' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'empty 时效指标 and 生态效益 slots',
      form: makeProjectForm({
        emptyLevel2: [
          { term: 'annual', goal: '年度绩效目标1', level1: '效益指标', level2: '生态效益' },
          { term: 'long', goal: '长期绩效目标1', level1: '产出指标', level2: '时效指标' },
        ],
      }),
      errors: [
        { messageId: 'emptyLevel2', path: '/emptyLevel2/0' },
        { messageId: 'emptyLevel2', path: '/emptyLevel2/1' },
      ],
    },
  ],
});
