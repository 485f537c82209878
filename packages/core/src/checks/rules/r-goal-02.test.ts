import { rule } from './r-goal-02.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm } from '../helpers/test-forms.ts';

const text = '以政务服务“高效办成一件事”为抓手，进一步完善全市政务服务体系。';

ruleTester(rule, {
  valid: [
    { name: 'different texts', form: makeProjectForm() },
    { name: 'department form', form: makeDepartmentForm() },
    {
      name: 'two empty goals are R-GOAL-01’s',
      form: makeProjectForm({
        goals: [
          { term: 'long', label: '长期绩效目标1', text: null },
          { term: 'annual', label: '年度绩效目标1', text: null },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the annual goal repeats the long-term goal (seed 004)',
      form: makeProjectForm({
        goals: [
          { term: 'long', label: '长期绩效目标1', text },
          { term: 'annual', label: '年度绩效目标1', text: ` ${text}` },
        ],
      }),
      errors: [{ messageId: 'sameText', path: '/goals/1/text', severity: 'info' }],
    },
  ],
});
