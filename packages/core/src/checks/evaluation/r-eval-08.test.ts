import { rule } from './r-eval-08.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { rows, scored } from './test-scored.ts';

subjectRuleTester(rule, {
  valid: [{ name: 'actuals within 20 % of their targets', subject: scored(rows) }],
  invalid: [
    {
      name: '130 against ≥100人次 beats the target by 30 %',
      subject: scored([{ ...rows[0]!, actual: '130人次' }, rows[1]!, rows[2]!]),
      errors: [{ messageId: 'overAchieved', path: '/indicators/0/actual', severity: 'info' }],
    },
  ],
});
