import { parseIndicatorValue } from '../../value/parse-indicator-value.ts';
import type { EvaluationDocument } from '../../model/evaluation-document.ts';
import type {
  EvaluationBudget,
  SelfEvaluationDocumentIndicator,
} from '../../model/self-evaluation-document.ts';
import { rule } from './r-eval-10.ts';
import { evaluationRuleTester, row, selfEvaluation } from './rule-tester.ts';

const ind = (
  name: string,
  target: string,
  actual: string,
  weight: string,
  score: string,
): SelfEvaluationDocumentIndicator => ({
  ...row(name, '产出指标', weight, score),
  target: parseIndicatorValue(target),
  actual: parseIndicatorValue(actual),
});

const withBudget = (doc: EvaluationDocument, budget: Partial<EvaluationBudget>): EvaluationDocument => {
  if (doc.kind === 'self-evaluation') doc.budget = { ...doc.budget, ...budget };
  return doc;
};

// Corpus 023 (云南 2022): whole-number scores; 资金到位及时率 ≥100% met at 100% but scored 7/10, and
// 政策知晓率 =100% at 98% scored 9 where 98 ÷ 100 × 10 = 9.8.
const met023 = ind('学生满意度', '≥95%', '100%', '10', '10');
const late023 = ind('资金到位及时率', '≥100%', '100%', '10', '7');
const known023 = ind('政策知晓率', '=100%', '98%', '10', '9');

// Corpus 021 (湖北 2020): 得分 only, the 分值 on the goal headers (目标1 40分: 10 + 10 + 20); 整编资料审核 98 %
// met at 98 % scored 19.6 = 20 × 98 %, and the 总分 99.6 falls short of 100 by just those 0.4 points.
const unweighted = (name: string, target: string, actual: string, score: string) => ({
  ...ind(name, target, actual, '0', score),
  weight: null,
});
const rows021 = (audit: string) => [
  unweighted('监测数据必须合格', '100%', '100%', '10'),
  unweighted('取得2018-2022监测资料', '100%', '100%', '10'),
  unweighted('整编资料审核', '98%', '98%', audit),
  unweighted('监测数据资料整编', '100%', '100%', '20'),
  unweighted('完成年度资料上报', '100%', '100%', '20'),
];
const doc021 = (audit: string, total: string) =>
  withBudget(selfEvaluation(rows021(audit), { total }), {
    annual: '10',
    executed: '10',
    rate: '100',
    weight: '20',
    score: '20',
  });

evaluationRuleTester(rule, {
  valid: [
    {
      name: 'a copy cut inside the table (cutOff): its last row may have lost its actual past the cut',
      doc: selfEvaluation(
        [ind('培训天数', '≥5天', '5天', '10', '10'), ind('培训人次', '≥100人次', '', '10', '10')],
        { cutOff: true },
      ),
    },
    { name: '021 as it should be: 98 % met at 98 % in full, 总分 100', doc: doc021('20', '100') },
    {
      name: 'no 分值 printed and the 总分 short by more than the rate explains: nothing to recompute',
      doc: doc021('19.6', '97.6'),
    },
    {
      name: 'no 分值 printed, 98 % short of a ≥99 % target: a shortfall, not a multiplier',
      doc: withBudget(
        selfEvaluation(
          [unweighted('整编资料审核', '≥99%', '98%', '19.6'), unweighted('上报', '100%', '100%', '60')],
          { total: '99.6' },
        ),
        {
          weight: '20',
          score: '20',
        },
      ),
    },
    {
      name: '023: met targets in full, budget 100 % scored 10',
      doc: selfEvaluation([met023, ind('覆盖率', '≥100%', '100%', '10', '10')]),
    },
    {
      name: 'a shortfall scored by proportion (92 ÷ 95 × 20 = 19.37)',
      doc: selfEvaluation([ind('就业率', '≥95%', '92%', '20', '19.37')]),
    },
    {
      name: 'a reverse target missed, scored 目标值 ÷ 实际值 × 分值 as some templates print (100 ÷ 120 × 10 = 8.33; linear 8)',
      doc: selfEvaluation([ind('单位面积成本', '≤100元', '120元', '10', '8.33')]),
    },
    {
      name: 'a reverse target kept under its ceiling',
      doc: selfEvaluation([ind('投诉次数', '≤5次', '3次', '10', '10')]),
    },
    {
      name: 'a qualitative row is graded by people',
      doc: selfEvaluation([ind('制度建设', '健全', '基本健全', '10', '8')]),
    },
    {
      name: 'a bare number against a target with a unit is not scored (a cell read out of place)',
      doc: selfEvaluation([ind('管护面积', '28万亩', '8', '10', '10')]),
    },
    {
      name: 'a rate target above 100 % is not recomputed (R-IND-12 reports it)',
      doc: selfEvaluation([ind('认知度', '250%', '50%', '8', '8')]),
    },
    {
      name: 'a bare 0 target without comparator is not recomputed',
      doc: selfEvaluation([ind('完成率', '0%', '100%', '8', '8')]),
    },
    {
      name: 'a row without a target that scores nothing',
      doc: selfEvaluation([ind('其他', '', '', '10', '0')]),
    },
    // Deadlines, qualitative grades and a 预算执行率 row (hand-written rows of a 2023 县级 training project).
    {
      name: 'a deadline met to the month scored in full',
      doc: selfEvaluation([ind('培训完成时间', '2023年11月底前完成', '2023年10月', '5', '5')]),
    },
    {
      name: 'a deadline completed 按时 scored in full',
      doc: selfEvaluation([ind('补贴发放时间', '12月31日前', '按时完成', '10', '10')]),
    },
    {
      name: 'a late completion with points deducted',
      doc: selfEvaluation([ind('验收时间', '2023年6月底前', '2023年9月', '10', '6')]),
    },
    {
      name: 'a deadline against a year-less actual is not compared',
      doc: selfEvaluation([ind('验收时间', '2023年6月底前', '9月', '10', '10')]),
    },
    // A 时效 row written as a calendar year alone (完成时限 2019年): a point in time, not a quantity to scale.
    {
      name: 'a year target completed a year late (2019年 → 2020年) with points deducted',
      doc: selfEvaluation([ind('完成时限', '2019年', '2020年', '20', '10')]),
    },
    {
      name: 'a year target met in its year scored in full',
      doc: selfEvaluation([ind('完成时限', '2019年底前', '2019年', '15', '15')]),
    },
    {
      name: 'a duration in years (3年) is still a quantity: 3 ÷ 3 met in full',
      doc: selfEvaluation([ind('设备使用年限', '≥3年', '3年', '10', '10')]),
    },
    {
      name: 'a spending 控制率 at 92 % of a 100% target (no ≤ printed) is within its ceiling: full points',
      doc: selfEvaluation([ind('公用经费控制率', '100%', '92%', '10', '10')]),
    },
    {
      name: 'a qualitative target met word for word in full',
      doc: selfEvaluation([ind('档案管理', '规范完整', '规范完整', '10', '10')]),
    },
    {
      name: 'a partly met row inside its band (6–8 of 10)',
      doc: selfEvaluation([ind('制度落实', '有效落实', '部分达成', '10', '7')]),
    },
    {
      name: 'a 决策 row of the evaluation framework has no target: scored by its 评分标准',
      doc: selfEvaluation([
        { ...ind('绩效目标明确性', '—', '目标明确、细化量化', '5', '5'), level1: '项目决策' },
      ]),
    },
    {
      name: 'a 过程 row with its 评价要点 in the target column and no actual: scored by its 评分标准',
      doc: selfEvaluation([{ ...ind('资金使用合规性', '符合财务管理制度', '', '4', '4'), level1: '过程' }]),
    },
    {
      name: 'a yes/no target answered 否 with the points taken off',
      doc: selfEvaluation([ind('是否建立长效管护机制', '是', '否', '8', '0')]),
    },
    {
      name: 'a 是 target met as 是 in full',
      doc: selfEvaluation([ind('采购价格不高于市场价', '是', '是', '8', '8')]),
    },
    {
      name: 'a partly met row at 5.5 of 10: inside the 80–50 % band some provinces print',
      doc: selfEvaluation([ind('制度落实', '有效落实', '部分完成', '10', '5.5')]),
    },
    {
      name: 'an unmet row scored below 60 %',
      doc: selfEvaluation([ind('群众获得感', '明显增强', '未达成', '10', '4')]),
    },
    {
      name: '基本达成 is the unit’s judgement, not a grade the table states',
      doc: selfEvaluation([ind('环境改善', '明显改善', '基本达成', '10', '7')]),
    },
    {
      name: 'a 预算执行率 row without a target scored rate × 分值 (96 % × 10 = 9.6)',
      doc: selfEvaluation([ind('预算执行率', '—', '96%', '10', '9.6')]),
    },
    {
      name: 'a 预算执行率 row with a target of its own is scored as an indicator (95 ÷ 90 ≥ 1)',
      doc: selfEvaluation([ind('预算执行率', '≥90%', '95%', '10', '10')]),
    },
    {
      name: 'a 执行率 printed as a ratio (0.95 for 19 of 20) is 95 %: 10 × 0.95 = 9.5 stands',
      doc: withBudget(selfEvaluation([met023]), {
        annual: '20',
        executed: '19',
        rate: '0.95',
        weight: '10',
        score: '9.5',
      }),
    },
  ],
  invalid: [
    {
      name: 'a deadline met (2023年12月完成 as set) scored 4 of 5',
      doc: selfEvaluation([ind('资金拨付完成时间', '2023年12月完成', '2023年12月完成', '5', '4')]),
      errors: [{ messageId: 'deadlineMetBelowFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a completion three months late scored in full',
      doc: selfEvaluation([ind('工程验收时间', '2023年6月底前', '2023年9月', '10', '10')]),
      errors: [{ messageId: 'deadlineLateFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a year target completed late (2019年 → 2020年) scored in full',
      doc: selfEvaluation([ind('完成时限', '2019年', '2020年', '20', '20')]),
      errors: [{ messageId: 'deadlineLateFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a year target met (2019年 as set) scored 10 of 20',
      doc: selfEvaluation([ind('完成时限', '2019年', '2019年', '20', '10')]),
      errors: [{ messageId: 'deadlineMetBelowFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a duration in years (≥3年) met at 2年 scored in full is still scaled: 2 ÷ 3 × 10',
      doc: selfEvaluation([ind('设备使用年限', '≥3年', '2年', '10', '10')]),
      errors: [{ messageId: 'unmetFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a 病虫害 控制率 is a floor: 92 % of a 100% target scored in full is unmet',
      doc: selfEvaluation([ind('林业有害生物控制率', '100%', '92%', '10', '10')]),
      errors: [{ messageId: 'unmetFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a qualitative row stated 达成 but scored 5 of 10 (below the 8–10 band)',
      doc: selfEvaluation([ind('服务质量', '明显提升', '达成年度指标', '10', '5')]),
      errors: [{ messageId: 'qualitativeOutOfBand', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a row stated 未完成 scored in full',
      doc: selfEvaluation([ind('信息系统上线', '全面上线运行', '未完成', '10', '10')]),
      errors: [{ messageId: 'qualitativeOutOfBand', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a yes/no target answered 否 but scored 8 of 8',
      doc: selfEvaluation([ind('是否建立长效管护机制', '是', '否', '8', '8')]),
      errors: [{ messageId: 'qualitativeOutOfBand', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a 是 target answered 是 but scored 5 of 8 (below the 6.4–8 band)',
      doc: selfEvaluation([ind('采购价格不高于市场价', '是', '是', '8', '5')]),
      errors: [{ messageId: 'qualitativeOutOfBand', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a partly met row scored 4 of 10 (below every scheme’s 部分达成 band)',
      doc: selfEvaluation([ind('制度落实', '有效落实', '部分达成', '10', '4')]),
      errors: [{ messageId: 'qualitativeOutOfBand', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a qualitative target met word for word scored 13 of 15 (inside the 达成 band) is an info',
      doc: selfEvaluation([ind('办学条件', '有效改善校舍条件', '有效改善校舍条件', '15', '13')]),
      errors: [{ messageId: 'qualitativeMetBelowFull', path: '/indicators/0/score', severity: 'info' }],
    },
    {
      name: 'a 预算执行率 row at 96.5 % scored 9.7 (9.65 on a one-decimal table) is an info',
      doc: selfEvaluation([ind('预算执行率', '—', '96.5%', '10', '9.7')]),
      errors: [{ messageId: 'budgetRowRounded', path: '/indicators/0/score', severity: 'info' }],
    },
    {
      name: 'a 预算执行率 row at 100 % (target a dash) scored 9 of 10',
      doc: selfEvaluation([ind('预算执行率', '—', '100%', '10', '9')]),
      errors: [{ messageId: 'budgetRowMismatch', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: '021: a met 98 % scored 19.6 = 20 × 98 %, the 总分 99.6 short by 0.4',
      doc: doc021('19.6', '99.6'),
      errors: [{ messageId: 'metScaledByActual', path: '/indicators/2/score', severity: 'error' }],
    },
    {
      name: '023: a met target scored 7 of 10',
      doc: selfEvaluation([met023, late023]),
      errors: [{ messageId: 'metBelowFull', path: '/indicators/1/score', severity: 'error' }],
    },
    {
      name: '023: 98 % of an equal target 100 % scored 9 (the rule gives 9.8, 10 on a table of whole numbers)',
      doc: selfEvaluation([known023]),
      errors: [{ messageId: 'mismatch', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'an unmet ≥ target given full points',
      doc: selfEvaluation([ind('开工率', '≥90%', '60%', '10', '10')]),
      errors: [{ messageId: 'unmetFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a written zero target exceeded but given full points',
      doc: selfEvaluation([ind('安全事故发生率', '=0%', '2%', '10', '10')]),
      errors: [{ messageId: 'unmetFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'a reverse target missed by 25 % scored 6 of 10: neither 7.5 (linear) nor 8 (ratio)',
      doc: selfEvaluation([ind('单位面积成本', '≤100元', '125元', '10', '6')]),
      errors: [{ messageId: 'mismatch', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'an actual above a ≤ ceiling given full points',
      doc: selfEvaluation([ind('单位成本', '≤100元', '150元', '10', '10')]),
      errors: [{ messageId: 'unmetFull', path: '/indicators/0/score', severity: 'error' }],
    },
    {
      name: 'within the table’s rounding (9.8 printed as 10 on a whole-number table) is an info',
      doc: selfEvaluation([ind('知晓率', '≥100%', '98%', '10', '10')]),
      errors: [{ messageId: 'rounded', path: '/indicators/0/score', severity: 'info' }],
    },
    {
      name: 'a copy cut inside the table: a row before the last that lacks its actual is still reported',
      doc: selfEvaluation(
        [ind('培训人次', '≥100人次', '', '10', '10'), ind('培训天数', '≥5天', '5天', '10', '10')],
        { cutOff: true },
      ),
      errors: [{ messageId: 'scoredWithout', path: '/indicators/0/score', severity: 'warning' }],
    },
    {
      name: 'an 产出 row without a target that still scores',
      doc: selfEvaluation([ind('培训人次', '—', '120人次', '10', '10')]),
      errors: [{ messageId: 'scoredWithout', path: '/indicators/0/score', severity: 'warning' }],
    },
    {
      name: 'a row without an actual that still scores',
      doc: selfEvaluation([ind('培训人次', '≥100人次', '', '10', '10')]),
      errors: [{ messageId: 'scoredWithout', path: '/indicators/0/score', severity: 'warning' }],
    },
    {
      name: 'budget executed 259.45 of 300 (86.48 %, no rate printed) but scored 10 of 10',
      doc: withBudget(selfEvaluation([met023]), {
        annual: '300',
        executed: '259.45',
        rate: null,
        weight: '10',
        score: '10',
      }),
      errors: [{ messageId: 'budgetMismatch', path: '/budget/score', severity: 'error' }],
    },
    {
      name: 'a printed 0.9 (%) that the amounts confirm (0.9 of 100) is no ratio: 10 × 0.9 % ≠ 9',
      doc: withBudget(selfEvaluation([met023]), {
        annual: '100',
        executed: '0.9',
        rate: '0.9',
        weight: '10',
        score: '9',
      }),
      errors: [{ messageId: 'budgetMismatch', path: '/budget/score', severity: 'error' }],
    },
    {
      name: 'budget 79.27 % scored 7.93 of 10 (7.927 rounded) is an info',
      doc: withBudget(selfEvaluation([ind('管护率', '≥90%', '100%', '10', '10.00')]), {
        annual: null,
        executed: null,
        rate: '79.27',
        weight: '10',
        score: '7.93',
      }),
      errors: [{ messageId: 'budgetRounded', path: '/budget/score', severity: 'info' }],
    },
  ],
});
