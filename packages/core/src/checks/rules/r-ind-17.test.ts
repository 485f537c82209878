import { rule } from './r-ind-17.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeDepartmentForm, makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

ruleTester(rule, {
  valid: [
    { name: 'every row has name and value', form: makeProjectForm() },
    { name: 'department form', form: makeDepartmentForm() },
  ],
  invalid: [
    {
      name: 'a name with an empty value, and a placeholder value',
      form: withIndicator(withIndicator(makeProjectForm(), 2, { target: null }), 3, { target: '……' }),
      errors: [
        { messageId: 'missingValue', path: '/indicators/2/target' },
        { messageId: 'missingValue', path: '/indicators/3/target' },
      ],
    },
    {
      name: 'a value without a name',
      form: withIndicator(makeDepartmentForm(), 1, { name: '　' }),
      errors: [{ messageId: 'missingName', path: '/indicators/1/name' }],
    },
  ],
});
