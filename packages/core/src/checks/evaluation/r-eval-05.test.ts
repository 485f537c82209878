import { rule } from './r-eval-05.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';

// Corpus 023: 总分 96, 等级 优.
const rows = [row('学生满意度', '满意度指标', '10', '10')];

evaluationRuleTester(rule, {
  valid: [
    { name: '023: 96 is 优', doc: selfEvaluation(rows, { total: '96', grade: '优' }) },
    { name: '优秀 written out, 90 exactly', doc: selfEvaluation(rows, { total: '90', grade: '优秀' }) },
    { name: '79.5 is 中', doc: selfEvaluation(rows, { total: '79.5', grade: '中' }) },
    { name: 'no grade printed', doc: selfEvaluation(rows, { total: '96' }) },
    { name: 'no total printed', doc: selfEvaluation(rows, { grade: '差' }) },
  ],
  invalid: [
    {
      name: '88 published as 优: only the FASP2 80/70/60 band set gives it (a warning)',
      doc: selfEvaluation(rows, { total: '88', grade: '优' }),
      errors: [{ messageId: 'otherBands', path: '/grade', severity: 'warning' }],
    },
    {
      name: '96 published as 良',
      doc: selfEvaluation(rows, { total: '96', grade: '良' }),
      errors: [{ messageId: 'gradeMismatch', path: '/grade', severity: 'error' }],
    },
    {
      name: '59 published as 合格 (中)',
      doc: selfEvaluation(rows, { total: '59', grade: '合格' }),
      errors: [{ messageId: 'gradeMismatch', path: '/grade', severity: 'error' }],
    },
  ],
});
