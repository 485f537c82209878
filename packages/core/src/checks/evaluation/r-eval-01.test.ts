import { rule } from './r-eval-01.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';
import { emptyMonitoringDocument } from '../../model/monitoring-document.ts';

evaluationRuleTester(rule, {
  valid: [
    {
      name: 'every score within its weight',
      doc: selfEvaluation([row('培训人次', '产出指标', '20', '20'), row('满意度', '满意度指标', '10', '9')]),
    },
    {
      name: 'a sub-row without weight or score (其中…)',
      doc: selfEvaluation([row('其中桃树种植面积', '产出指标', null, null)]),
    },
    { name: 'a monitoring table is not read', doc: emptyMonitoringDocument() },
  ],
  invalid: [
    {
      name: 'an indicator scored above its weight',
      doc: selfEvaluation([
        row('培训人次', '产出指标', '20', '20'),
        row('群众满意度', '满意度指标', '10', '12'),
      ]),
      errors: [{ messageId: 'aboveWeight', path: '/indicators/1/score', severity: 'error' }],
    },
    {
      name: 'the budget row scored above its weight',
      doc: selfEvaluation([row('培训人次', '产出指标', '20', '20')], {}, '10.5'),
      errors: [{ messageId: 'budgetAboveWeight', path: '/budget/score' }],
    },
  ],
});
