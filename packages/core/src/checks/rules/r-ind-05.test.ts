import { rule } from './r-ind-05.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm } from '../helpers/test-forms.ts';

const project = makeProjectForm();
const twoAnnual = makeProjectForm({
  indicators: [
    ...project.indicators.filter((i) => i.term === 'long'),
    ...project.indicators.filter((i) => i.term === 'annual').slice(0, 2),
  ],
});

ruleTester(rule, {
  valid: [
    { name: 'six indicators per goal', form: project },
    { name: 'department form', form: makeDepartmentForm() },
    {
      name: 'two indicators when the minimum is configured to 2',
      form: twoAnnual,
      options: { minIndicatorsPerGoal: 2 },
    },
    {
      name: 'two annual indicators read from a form the document stops inside (a cut copy)',
      form: { ...twoAnnual, cutOff: true },
    },
  ],
  invalid: [
    {
      name: 'two annual indicators, minimum 3',
      form: twoAnnual,
      errors: [{ messageId: 'tooFew', path: '/indicators/6' }],
    },
  ],
});
