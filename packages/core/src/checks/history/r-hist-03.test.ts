import { rule } from './r-hist-03.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { history, last, now } from './test-history.ts';

subjectRuleTester(rule, {
  valid: [
    {
      name: 'a missed indicator kept this year',
      subject: history([last('m', '≥95%', '90%')], [now('m', '≥95%')]),
    },
    { name: 'a met indicator dropped', subject: history([last('s', '≥95%', '97%')], [now('x', '≥95%')]) },
  ],
  invalid: [
    {
      name: 'a missed indicator dropped',
      subject: history([last('m', '≥95%', '90%', { weight: '10', score: '9.47' })], [now('x', '≥95%')]),
      errors: [{ messageId: 'dropped', path: '/indicators', severity: 'warning' }],
    },
  ],
});
