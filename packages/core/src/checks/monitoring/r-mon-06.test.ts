import { rule } from './r-mon-06.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { approvedRow as row, approvedRows } from '../helpers/test-approved-rows.ts';

subjectRuleTester(rule, {
  valid: [
    {
      name: 'one row per approved annual indicator, targets as approved',
      subject: approvedRows('monitoring', [row('a', '≥95%'), row('b', '健全')]),
    },
    {
      name: 'rows of the other kind are not this rule’s',
      subject: approvedRows('self-evaluation', [row('x', '≥1个')]),
    },
  ],
  invalid: [
    {
      name: 'a repeated row, an added row, a changed target and a missing indicator',
      subject: approvedRows('monitoring', [row('a', '≥90%'), row('a', '≥95%'), row('x', '≥1个')]),
      errors: [
        { messageId: 'targetChanged', path: '/indicators/0/target', severity: 'warning' },
        { messageId: 'duplicate', path: '/indicators/1', severity: 'error' },
        { messageId: 'notApproved', path: '/indicators/2', severity: 'error' },
        { messageId: 'missing', path: '/indicators', severity: 'error' },
      ],
    },
  ],
});
