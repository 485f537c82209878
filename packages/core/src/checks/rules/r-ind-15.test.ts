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
        { messageId: 'noAnnualGoal', path: '/goals', severity: 'error' },
        { messageId: 'noAnnualIndicators', path: '/indicators', severity: 'error' },
      ],
    },
    {
      name: 'annual goal written but no annual indicator',
      form: makeProjectForm({ indicators: project.indicators.filter((i) => i.term === 'long') }),
      errors: [{ messageId: 'noAnnualIndicators', path: '/indicators' }],
    },
    {
      name: 'an overall goal and an annual table but no annual goal text (seed 003) is a warning',
      form: makeProjectForm({
        goals: [{ term: 'long', label: '项目绩效总目标', text: '打造优秀基层交易平台' }],
        indicators: project.indicators.filter((i) => i.term === 'annual'),
      }),
      errors: [{ messageId: 'noAnnualGoalText', path: '/goals', severity: 'warning' }],
    },
  ],
});
