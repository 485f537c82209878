import { rule } from './r-hist-02.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { history, last, now } from './test-history.ts';

subjectRuleTester(rule, {
  valid: [
    {
      name: 'a budget change of 25 % (not more than 30 %)',
      subject: history([last('a', '≥10个', '10个')], [now('a', '≥10个')], ['200', '250']),
    },
    {
      name: 'a target that moved with the budget',
      subject: history([last('a', '≥10个', '10个')], [now('a', '≥15个')], ['200', '300']),
    },
  ],
  invalid: [
    {
      name: '200 → 300 万元 (+50 %) with ≥10个 unchanged',
      subject: history([last('a', '≥10个', '10个')], [now('a', '≥10个')], ['200', '300']),
      errors: [{ messageId: 'unchanged', path: '/indicators/0/target', severity: 'info' }],
    },
  ],
});
