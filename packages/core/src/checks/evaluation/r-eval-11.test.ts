import { rule } from './r-eval-11.ts';
import type { EvaluationBudgetLine } from '../../model/self-evaluation-document.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';

const line = (
  name: string,
  annual: string,
  executed: string,
  rate: string | null,
  weight: string | null,
  score: string | null,
): EvaluationBudgetLine => ({
  name,
  initial: null,
  annual,
  executed,
  rate,
  weight,
  score,
});
const rows = [row('培训人次', '产出指标', '90', '90')];
const withSources = (sources: EvaluationBudgetLine[]) => {
  const doc = selfEvaluation(rows);
  if (doc.kind === 'self-evaluation') doc.budget = { ...doc.budget, sources };
  return doc;
};
/** A 部门整体 table printing no 执行率 column (绥阳 wide/162): 年初预算数 | 全年执行数 | 分值 | 得分 only. */
const withoutRates = (sources: EvaluationBudgetLine[]) => {
  const doc = withSources(sources);
  if (doc.kind === 'self-evaluation')
    doc.budget = { ...doc.budget, annual: '1172.55', executed: '1268.72', rate: null };
  return doc;
};

evaluationRuleTester(rule, {
  valid: [
    {
      name: 'the 年度资金总额 row alone carries the 10 points',
      doc: withSources([line('财政拨款', '20', '20', '100', null, null)]),
    },
    {
      name: '017: a merged 分值/得分 cell printed again on 其中：本年财政拨款 (same 10, 100 %, 10)',
      doc: withSources([line('本年财政拨款', '20', '20', '100', '10', '10')]),
    },
    {
      name: 'a 部门整体 table whose source rows carry other figures in that column (not the 10 points)',
      doc: withSources([
        line('基本支出', '2', '2', '9.9', '9', '8'),
        line('项目支出', '1', '5', null, '6.2', null),
      ]),
    },
    {
      name: 'no 执行率 printed: source rows whose own amounts give the total’s rate repeat a merged cell',
      doc: withoutRates([line('本年财政拨款', '1172.55', '1268.72', null, '10', '10')]),
    },
    {
      name: 'a 资金执行率 indicator without points',
      doc: selfEvaluation([...rows, row('预算资金执行率', '产出指标', null, null)]),
    },
  ],
  invalid: [
    {
      name: 'scored on 年度资金总额 and again on 基本支出 and 项目支出',
      doc: withSources([
        line('基本支出', '16', '15', '93.75', '10', '9.38'),
        line('项目支出', '5', '4', '80', '10', '8'),
      ]),
      errors: [{ messageId: 'severalRows', path: '/budget/sources/0/score', severity: 'error' }],
    },
    {
      name: '绥阳 wide/162: no 执行率 printed, 10 of 10 on 基本支出 (914.97 of 985.19 = 92.9 %) and 项目支出 besides the total (108.2 %)',
      doc: withoutRates([
        line('基本支出', '985.19', '914.97', null, '10', '10'),
        line('项目支出', '187.36', '353.75', null, '10', '10'),
      ]),
      errors: [{ messageId: 'severalRows', path: '/budget/sources/0/score', severity: 'error' }],
    },
    {
      name: 'scored on the budget row and as an indicator 预算执行率 of 5 points',
      doc: selfEvaluation([...rows, row('预算执行率', '产出指标', '5', '5')]),
      errors: [{ messageId: 'bothWays', path: '/indicators/1/weight', severity: 'error' }],
    },
  ],
});
