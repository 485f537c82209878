import { rule } from './r-hist-01.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { history, last, now } from './test-history.ts';

subjectRuleTester(rule, {
  valid: [
    {
      name: 'a floor above last year’s actual (≥99% after 98 %)',
      subject: history([last('a', '≥90%', '98%')], [now('a', '≥99%')]),
    },
    {
      name: 'an exact planned value is not ranked',
      subject: history([last('a', '=30人', '33人')], [now('a', '=33人')]),
    },
  ],
  invalid: [
    {
      name: 'a floor at or below last year’s actual (≥95% after 98 %)',
      subject: history([last('a', '≥90%', '98%')], [now('x', '≥90%'), now('a', '≥95%')]),
      errors: [{ messageId: 'floorTooLow', path: '/indicators/1/target', severity: 'warning' }],
    },
    {
      name: 'a cap not below last year’s cost (≤500万元 after 400 万元)',
      subject: history([last('c', '≤571万元', '400万元')], [now('c', '≤500万元')]),
      errors: [{ messageId: 'ceilingTooWide', path: '/indicators/0/target' }],
    },
  ],
});
