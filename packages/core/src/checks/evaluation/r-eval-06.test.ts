import { rule } from './r-eval-06.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import { rows, scored } from './test-scored.ts';

subjectRuleTester(rule, {
  valid: [{ name: 'a row below its weight with its deviation analysis', subject: scored(rows) }],
  invalid: [
    {
      name: 'a row below its weight with a blank analysis',
      subject: scored([rows[0]!, { ...rows[1]!, deviation: '  ' }, rows[2]!]),
      errors: [
        { messageId: 'analysisMissing', path: '/indicators/1/deviationAnalysis', severity: 'warning' },
      ],
    },
  ],
});
