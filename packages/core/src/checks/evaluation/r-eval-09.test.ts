import { rule } from './r-eval-09.ts';
import { row, selfEvaluation } from './rule-tester.ts';
import { subjectRuleTester } from '../rule-tester.ts';
import type { EvaluationDocument } from '../../model/evaluation-document.ts';

// Corpus 023: 预算执行 10 + nine rows (10,10,7,10,10,9,10,10,10) = 96 = 总分.
const scores023 = ['10', '10', '7', '10', '10', '9', '10', '10', '10'].map((s, i) =>
  row(`指标${i + 1}`, '产出指标', '10', s),
);
const doc = (d: EvaluationDocument) => ({ kind: 'evaluation-document' as const, doc: d });
const total = (stated: string | null, computed: string | null) => ({
  kind: 'stated-total' as const,
  stated,
  computed,
});

subjectRuleTester(rule, {
  valid: [
    {
      name: '023: the 总分 96 is the sum of the scores',
      subject: doc(selfEvaluation(scores023, { total: '96', totalWeight: '100' })),
    },
    { name: 'no 总分 printed (a table cut off)', subject: doc(selfEvaluation(scores023)) },
    {
      name: 'within 0.01',
      subject: doc(selfEvaluation([row('a', '产出指标', '20', '19.995')], { total: '30' })),
    },
    {
      // 023 cut after its eighth row: 10 + 76 = 86 read out of 90 points, the rest at most 10: 总分 95 is reachable.
      name: 'a copy cut inside the table (cutOff): the rows past it may carry the points the 总分 has over the sum',
      subject: doc(selfEvaluation(scores023.slice(0, 8), { total: '95', cutOff: true })),
    },
    {
      name: 'uploaded: the written total within 0.01 of the recomputed one',
      subject: total('95.94', '95.93'),
    },
    { name: 'uploaded: no total written', subject: total(null, '95.93') },
  ],
  invalid: [
    {
      name: 'a 总分 that is not the sum',
      subject: doc(selfEvaluation(scores023, { total: '100' })),
      errors: [{ messageId: 'totalMismatch', path: '/total', severity: 'error' }],
    },
    {
      // As 121 (cut in 满意度, 总分 98 out of reach): 86 read and at most 10 more, 96 < 99.
      name: 'a copy cut inside the table whose 总分 the rows read cannot reach even with the rest in full',
      subject: doc(selfEvaluation(scores023.slice(0, 8), { total: '99', totalWeight: '100', cutOff: true })),
      errors: [{ messageId: 'cutShort', path: '/total', severity: 'error' }],
    },
    {
      name: 'a copy cut inside the table whose rows read already score above the 总分',
      subject: doc(selfEvaluation(scores023, { total: '90', cutOff: true })),
      errors: [{ messageId: 'totalMismatch', path: '/total', severity: 'error' }],
    },
    {
      name: 'uploaded: the written total differs from the recomputed one by 0.02',
      subject: total('95.95', '95.93'),
      errors: [{ messageId: 'recomputedMismatch', path: '/total', severity: 'error' }],
    },
  ],
});
