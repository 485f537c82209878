import { rule } from './r-eval-13.ts';
import type { EvaluationBudget } from '../../model/self-evaluation-document.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';

const withBudget = (budget: Partial<EvaluationBudget>) => {
  const doc = selfEvaluation([row('培训人次', '产出指标', '90', '90')]);
  if (doc.kind === 'self-evaluation') doc.budget = { ...doc.budget, ...budget };
  return doc;
};

evaluationRuleTester(rule, {
  valid: [
    {
      name: '018: 年初 2456.18 = 全年 = 执行, 100 %',
      doc: withBudget({ initial: '2456.18', annual: '2456.18', executed: '2456.18', rate: '100' }),
    },
    { name: '年初预算数 not printed', doc: withBudget({ initial: null, rate: '100' }) },
    {
      name: '年初 0, executed 80 %',
      doc: withBudget({ initial: '0', annual: '20', executed: '16', rate: '80' }),
    },
  ],
  invalid: [
    {
      name: '年初 0 and 全年 0, rate 100 %',
      doc: withBudget({ initial: '0', annual: '0', executed: '0', rate: '100.00' }),
      errors: [{ messageId: 'noBudget', path: '/budget/rate', severity: 'error' }],
    },
    {
      name: '年初 0, 全年 20 all added in the year, rate 100 %',
      doc: withBudget({ initial: '0', annual: '20', executed: '20', rate: '100' }),
      errors: [{ messageId: 'addedInYear', path: '/budget/initial', severity: 'warning' }],
    },
  ],
});
