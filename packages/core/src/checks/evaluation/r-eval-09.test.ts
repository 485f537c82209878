import { rule } from './r-eval-09.ts';
import { row, selfEvaluation } from './rule-tester.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import type { EvaluationDocument } from '../../model/evaluation-document.ts';

// Corpus 023: 预算执行 10 + nine rows (10,10,7,10,10,9,10,10,10) = 96 = 总分.
const scores023 = ['10', '10', '7', '10', '10', '9', '10', '10', '10'].map((s, i) => row(`指标${i + 1}`, '产出指标', '10', s));
const doc = (d: EvaluationDocument) => ({ kind: 'evaluation-document' as const, doc: d });
const total = (stated: string | null, computed: string | null) => ({ kind: 'stated-total' as const, stated, computed });

subjectRuleTester(rule, {
  valid: [
    { name: '023: the 总分 96 is the sum of the scores', subject: doc(selfEvaluation(scores023, { total: '96', totalWeight: '100' })) },
    { name: 'no 总分 printed (a table cut off)', subject: doc(selfEvaluation(scores023)) },
    { name: 'within 0.01', subject: doc(selfEvaluation([row('a', '产出指标', '20', '19.995')], { total: '30' })) },
    { name: 'uploaded: the written total within 0.01 of the recomputed one', subject: total('95.94', '95.93') },
    { name: 'uploaded: no total written', subject: total(null, '95.93') },
  ],
  invalid: [
    {
      name: 'a 总分 that is not the sum',
      subject: doc(selfEvaluation(scores023, { total: '100' })),
      errors: [{ messageId: 'totalMismatch', path: '/total', severity: 'error' }],
    },
    {
      name: 'uploaded: the written total differs from the recomputed one by 0.02',
      subject: total('95.95', '95.93'),
      errors: [{ messageId: 'recomputedMismatch', path: '/total', severity: 'error' }],
    },
  ],
});
