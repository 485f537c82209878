import { rule } from './r-eval-16.ts';
import type { SelfEvaluationDocumentIndicator } from '../../model/self-evaluation-document.ts';
import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import { evaluationRuleTester, selfEvaluation } from './rule-tester.ts';

// corpus 022 (湖北 蔡甸区, 2021): 灭火设备配备率 100% with 实际完成值 1000件; 森林火灾火因查明率 ≥95% met at 95%.
const row = (name: string, target: string, actual: string): SelfEvaluationDocumentIndicator => ({
  level1: '产出指标',
  level2: '数量指标',
  name,
  target: parseIndicatorValue(target),
  actual: parseIndicatorValue(actual),
  weight: null,
  score: null,
  deviationReason: null,
});

evaluationRuleTester(rule, {
  valid: [
    {
      name: 'a rate measured as a rate (022: 火因查明率 ≥95%, 95%)',
      doc: selfEvaluation([row('森林火灾火因查明率', '≥95%', '95%')]),
    },
    {
      name: 'an actual without a unit',
      doc: selfEvaluation([row('监控系统维护率', '100%', '达成预期指标')]),
    },
  ],
  invalid: [
    {
      name: 'a rate target with an actual counted in things (022: 100% vs 1000件)',
      doc: selfEvaluation([row('灭火设备配备率', '100%', '1000件')]),
      errors: [{ messageId: 'unitDiffers', path: '/indicators/0/actual', severity: 'warning' }],
    },
  ],
});
