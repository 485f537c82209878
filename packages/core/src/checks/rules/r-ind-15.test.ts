import { rule } from './r-ind-15.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm } from '../helpers/test-forms.ts';

const project = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'long and annual goals and indicators', form: project },
    {
      name: 'annual only (no long-term goal)',
      form: makeProjectForm({
        goals: project.goals.filter((g) => g.term === 'annual'),
        indicators: project.indicators.filter((i) => i.term === 'annual'),
      }),
    },
    { name: 'department form', form: makeDepartmentForm() },
  ],
  invalid: [
    {
      name: 'long-term only',
      form: makeProjectForm({
        goals: project.goals.filter((g) => g.term === 'long'),
        indicators: project.indicators.filter((i) => i.term === 'long'),
      }),
      errors: [
        { messageId: 'noAnnualGoal', path: '/goals' },
        { messageId: 'noAnnualIndicators', path: '/indicators' },
      ],
    },
    {
      name: 'annual goal written but no annual indicator',
      form: makeProjectForm({ indicators: project.indicators.filter((i) => i.term === 'long') }),
      errors: [{ messageId: 'noAnnualIndicators', path: '/indicators' }],
    },
  ],
});
