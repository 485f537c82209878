import { rule } from './r-goal-01.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm } from '../helpers/test-forms.ts';

ruleTester(rule, {
  valid: [
    { name: 'project with both goals written', form: makeProjectForm() },
    { name: 'department with both goals written', form: makeDepartmentForm() },
    {
      name: 'no goal read from a form the document stops inside (a cut copy, wide/118): not judged',
      form: makeDepartmentForm({ goals: [], cutOff: true }),
    },
  ],
  invalid: [
    {
      name: 'no goals at all',
      form: makeProjectForm({ goals: [] }),
      errors: [{ messageId: 'noGoals', path: '/goals' }],
    },
    {
      name: 'department long-term goal left empty (seed 002)',
      form: makeDepartmentForm({
        goals: [
          { term: 'long', label: '长期目标', text: null },
          { term: 'annual', label: '年度目标', text: '　' },
        ],
      }),
      errors: [
        { messageId: 'emptyGoal', path: '/goals/0/text' },
        { messageId: 'emptyGoal', path: '/goals/1/text' },
      ],
    },
  ],
});
