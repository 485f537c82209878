import { rule } from './r-eval-12.ts';
import type { EvaluationBudgetLine } from '../../model/self-evaluation-document.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';

const line = (name: string, annual: string | null, executed: string | null): EvaluationBudgetLine => ({
  name,
  initial: null,
  annual,
  executed,
  rate: null,
  weight: null,
  score: null,
});
const rows = [row('培训人次', '产出指标', '90', '90')];
/** A table whose 年度资金总额 is 20 budgeted and 20 executed (selfEvaluation's budget row). */
const withSources = (sources: EvaluationBudgetLine[]) => {
  const doc = selfEvaluation(rows);
  if (doc.kind === 'self-evaluation') doc.budget = { ...doc.budget, sources };
  return doc;
};

/** A table whose 年度资金总额 row is printed 0 budgeted, 0 executed. */
const zeroTotal = (sources: EvaluationBudgetLine[]) => {
  const doc = withSources(sources);
  if (doc.kind === 'self-evaluation')
    doc.budget = { ...doc.budget, initial: '0', annual: '0', executed: '0' };
  return doc;
};

evaluationRuleTester(rule, {
  valid: [
    {
      name: '财政拨款 15 + 上年结转 5 = 20',
      doc: withSources([
        line('财政拨款', '15', '15'),
        line('上年结转资金', '5', '5'),
        line('其他资金', null, null),
      ]),
    },
    {
      name: 'one source given, the others blank',
      doc: withSources([line('本年财政拨款', '2020', null), line('其他资金', null, null)]),
    },
    {
      name: 'a zero total with its sources zero or blank',
      doc: zeroTotal([line('本年财政拨款', '0', '0'), line('其他资金', null, null)]),
    },
    {
      name: '018: funds listed 按收入性质分 and 按支出性质分 at once are not summed',
      doc: withSources([
        line('按收入性质分', null, '2'),
        line('一般公共预算', null, '2'),
        line('基本支出', '2', '2'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'sources budgeted 15 + 4 = 19 against 20, executed 15 + 5 = 20',
      doc: withSources([line('财政拨款', '15', '15'), line('上年结转资金', '4', '5')]),
      errors: [{ messageId: 'sourcesMismatch', path: '/budget/annual', severity: 'error' }],
    },
    {
      name: '年度资金总额 written 0 / 0 while 本年财政拨款 alone holds 90 / 89.974',
      doc: zeroTotal([line('本年财政拨款', '90', '89.974'), line('上年结转资金', null, null)]),
      errors: [
        { messageId: 'sourcesMismatch', path: '/budget/annual', severity: 'error' },
        { messageId: 'sourcesMismatch', path: '/budget/executed', severity: 'error' },
      ],
    },
  ],
});
