import { rule } from './r-ind-08.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeProjectForm, withIndicator } from '../helpers/test-forms.ts';

const p = makeProjectForm();

ruleTester(rule, {
  valid: [
    { name: 'comparators written', form: p },
    {
      name: 'comparator words: 95%以上, 不少于10条',
      form: withIndicator(withIndicator(p, 1, { target: '95%以上' }), 0, { target: '不少于10条' }),
    },
    { name: 'a deadline', form: withIndicator(p, 2, { target: '12月31日前' }) },
  ],
  invalid: [
    {
      name: 'bare 100% and 12个月',
      form: withIndicator(withIndicator(p, 1, { target: '100%' }), 2, { target: '12个月' }),
      errors: [
        { messageId: 'impliedOperator', path: '/indicators/1/target', severity: 'info' },
        { messageId: 'impliedOperator', path: '/indicators/2/target', severity: 'info' },
      ],
    },
  ],
});
