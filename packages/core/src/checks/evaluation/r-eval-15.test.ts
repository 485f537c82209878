import { rule } from './r-eval-15.ts';
import type { SelfEvaluationDocumentIndicator } from '../../model/self-evaluation-document.ts';
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import { evaluationRuleTester, selfEvaluation } from './rule-tester.ts';

// corpus 016 (宁夏 原州区, 2022): the goal says 425万粒, the 数量指标 550万粒.
const GOAL =
  '一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户、种植大户、合作社和企业发放;二是企业自行采购马铃薯原原种200万粒';
const row = (name: string, target: string): SelfEvaluationDocumentIndicator => ({
  level1: '产出指标',
  level2: '数量指标',
  name,
  target: parseIndicatorValue(target),
  actual: parseIndicatorValue(target),
  weight: '8',
  score: '8',
  deviationReason: null,
});
const doc = (first: string) =>
  selfEvaluation([row('免费发放原原种', first), row('企业自行采购', '200万粒')], {
    goals: [{ expected: GOAL, achieved: null }],
  });

evaluationRuleTester(rule, {
  valid: [{ name: 'the goal’s 425万粒 restated by the indicator', doc: doc('425万粒') }],
  invalid: [
    {
      name: 'the goal says 425万粒, the indicator 550万粒 (corpus 016)',
      doc: doc('550万粒'),
      errors: [{ messageId: 'goalDiffers', path: '/goals/0/expected', severity: 'warning' }],
    },
  ],
});
