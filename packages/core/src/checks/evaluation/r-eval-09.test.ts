import { rule } from './r-eval-09.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';

// Corpus 023: 预算执行 10 + nine rows (10,10,7,10,10,9,10,10,10) = 96 = 总分.
const scores023 = ['10', '10', '7', '10', '10', '9', '10', '10', '10'].map((s, i) => row(`指标${i + 1}`, '产出指标', '10', s));

evaluationRuleTester(rule, {
  valid: [
    { name: '023: the 总分 96 is the sum of the scores', doc: selfEvaluation(scores023, { total: '96', totalWeight: '100' }) },
    { name: 'no 总分 printed (a table cut off)', doc: selfEvaluation(scores023) },
    { name: 'within 0.01', doc: selfEvaluation([row('a', '产出指标', '20', '19.995')], { total: '30' }) },
  ],
  invalid: [
    {
      name: 'a 总分 that is not the sum',
      doc: selfEvaluation(scores023, { total: '100' }),
      errors: [{ messageId: 'totalMismatch', path: '/total', severity: 'error' }],
    },
  ],
});
