// R-EVAL-10: every published 得分 of a 自评表 beside the score the rule gives for the published target and
// actual (proportional, reverse, ceiling, equal — the scoring of typed-in self-evaluations, not a second
// one) and the 预算执行率 得分 beside min(执行率, 100 %) × 分值. Beyond the table's own rounding it is an
// error, named for its common cases (a met target below full points, an unmet one in full); within it, an
// info. A row with no target or no actual that still scores is a warning: nothing supports its points —
// except a 决策 / 过程 row of the evaluation framework, which is scored by its 评分标准 and has no target.
// A 预算执行率 row in the indicator table without a target of its own scores rate × 分值; a deadline row is
// a ceiling on a date (met → full points); a qualitative row is graded only where its actual states the grade
// (qualitative-grade.ts) and must then score inside that grade's band; otherwise people grade it.
import { Decimal } from '../../money/decimal.ts';
import type { IndicatorValue } from '../../model/indicator-value.ts';
import type {
  SelfEvaluationDocument,
  SelfEvaluationDocumentIndicator,
} from '../../model/self-evaluation-document.ts';
import { decimalOf, show } from '../../evaluation/format.ts';
import { scoreQuantitative } from '../../evaluation/score-quantitative.ts';
import { pointer } from '../helpers/pointer.ts';
import { squash } from '../helpers/text.ts';
import type { RuleReport, SubjectRule } from '../types.ts';
import { compareScore, showScore, tableDecimals } from './published.ts';
import { calendarYear, deadlineStanding, LEVEL_SHARES, qualitativeGrade } from './qualitative-grade.ts';
import { rowsScaledByActual } from './scaled-by-actual.ts';

const hasUnit = (v: IndicatorValue) => v.unit !== null && v.unit !== '';

/** A row the formula can score: both values numeric, written in units that say the same kind of thing. */
function formulaScore(ind: SelfEvaluationDocumentIndicator, weight: Decimal) {
  if (ind.target.kind !== 'quantitative' || ind.actual.kind !== 'quantitative') return null;
  // A calendar year (2019年) is a point in time, not a quantity: deadlineReport compares it.
  if (calendarYear(ind.target) !== null) return null;
  // A bare number against a target with a unit (or the reverse) is usually a cell read out of place.
  if (hasUnit(ind.target) !== hasUnit(ind.actual)) return null;
  const target = decimalOf(ind.target.value);
  if (target === null) return null;
  // A rate target above 100 % (≥250%) cannot be met and is R-IND-12's to report, not a score to recompute.
  if (ind.target.unit === '%' && target.gt(100)) return null;
  // A bare 0 with no comparator is as often the tail of a figure cut in two (…100% read as 0%) as a zero
  // target; only a zero target whose comparator is written (=0, ≤0) is scored.
  if (target.isZero() && ind.target.opImplied === true) return null;
  const r = scoreQuantitative({ target: asWritten(ind), actual: ind.actual, weight: weight.toFixed() });
  return r.ok ? r.value : null;
}

/**
 * A spending or staffing 控制率 (公用经费控制率, 财政供养人员控制率: spent or employed ÷ budgeted) is a ceiling even
 * where its target prints no ≤ (100%): 92 % of the budget is within it. A 病虫害 / 疫情 控制率 is a share brought
 * under control, a floor: only the spending and staffing words make the ceiling.
 */
const CEILING_RATE = /(?:经费|费用|成本|预算|支出|人员|编制)控制率$/;

function asWritten(ind: SelfEvaluationDocumentIndicator): IndicatorValue {
  const noComparator = ind.target.op === null || ind.target.opImplied === true;
  return noComparator && CEILING_RATE.test(squash(ind.name))
    ? { ...ind.target, op: '≤', opImplied: false }
    : ind.target;
}

/** A 预算执行率 row of the indicator table with no target of its own: it scores min(rate, 100 %) × 分值 (R-EVAL-03). */
function isBudgetRow(ind: SelfEvaluationDocumentIndicator): boolean {
  return (
    BUDGET_ROW.test(ind.name) &&
    ind.target.kind !== 'quantitative' &&
    ind.actual.kind === 'quantitative' &&
    ind.actual.unit === '%'
  );
}
const BUDGET_ROW = /(?:预算|资金)执行率/;

function budgetRowReport(
  ind: SelfEvaluationDocumentIndicator,
  weight: Decimal,
  score: Decimal,
  decimals: number,
  path: string,
): RuleReport[] {
  const rate = decimalOf(ind.actual.value);
  if (rate === null) return [];
  const expected = Decimal.min(rate.div(100), 1).mul(weight);
  const stands = compareScore(score, expected, decimals);
  if (stands === 'same') return [];
  const data = {
    name: ind.name,
    rate: show(rate),
    weight: show(weight),
    score: show(score),
    expected: showScore(expected),
  };
  return [
    {
      messageId: stands === 'rounded' ? 'budgetRowRounded' : 'budgetRowMismatch',
      path,
      severity: stands === 'rounded' ? 'info' : 'error',
      data,
    },
  ];
}

/** A deadline row: met by the date scores in full, a late one in full is an unmet target without deduction. */
function deadlineReport(
  ind: SelfEvaluationDocumentIndicator,
  weight: Decimal,
  score: Decimal,
  decimals: number,
  path: string,
): RuleReport[] | null {
  const standing = deadlineStanding(ind.target, ind.actual);
  if (standing === null) return null;
  const data = {
    name: ind.name,
    target: ind.target.raw,
    actual: ind.actual.raw,
    weight: show(weight),
    score: show(score),
  };
  if (standing === 'met') {
    const stands = compareScore(score, weight, decimals);
    if (stands === 'same') return [];
    return [
      {
        messageId: stands === 'rounded' ? 'rounded' : 'deadlineMetBelowFull',
        path,
        severity: stands === 'rounded' ? 'info' : 'error',
        data: { ...data, expected: show(weight) },
      },
    ];
  }
  return score.eq(weight) && weight.gt(0) ? [{ messageId: 'deadlineLateFull', path, data }] : [];
}

/** A qualitative row whose actual states its grade: the score must lie in the grade's band (R-EVAL-02). */
function qualitativeReport(
  ind: SelfEvaluationDocumentIndicator,
  weight: Decimal,
  score: Decimal,
  path: string,
): RuleReport[] {
  const grade = qualitativeGrade(ind.target, ind.actual);
  if (grade === null || weight.lte(0)) return [];
  const share = LEVEL_SHARES[grade.level];
  const low = weight.mul(share.low);
  const high = weight.mul(share.high);
  const inBand = score.gte(low) && (grade.level === 'met' ? score.lte(high) : score.lt(high));
  const data = {
    name: ind.name,
    target: ind.target.raw,
    actual: ind.actual.raw,
    weight: show(weight),
    score: show(score),
    grade: share.name,
    low: showScore(low),
    high: showScore(high),
  };
  if (!inBand) return [{ messageId: 'qualitativeOutOfBand', path, data }];
  // Inside the 达成 band the unit may deduct; a target met word for word below full points is worth a look.
  if (grade.asWritten && score.lt(weight))
    return [{ messageId: 'qualitativeMetBelowFull', path, severity: 'info', data }];
  return [];
}

/**
 * A 决策 / 过程 (项目管理) row of the 10号 evaluation framework: a common indicator (目标明确性, 资金到位率,
 * 制度执行有效性 …) scored against its 评分标准, which carries no 年度指标值 of its own.
 */
function isProcessRow(ind: SelfEvaluationDocumentIndicator): boolean {
  return PROCESS_LEVEL1.test(squash(ind.level1));
}
const PROCESS_LEVEL1 = /^(?:项目)?(?:决策|过程|管理)(?:指标)?(?:[(（]\d+(?:\.\d+)?分[)）])?$/;

/**
 * A reverse (≤) target missed, scored 目标值 ÷ 实际值 × 分值: the formula several provinces' 自评表 print
 * beside FASP2's linear one (DOMAIN §2.3). Either is the unit's rule to apply; neither is an inconsistency.
 */
function scoredByRatioOfReverse(
  ind: SelfEvaluationDocumentIndicator,
  weight: Decimal,
  score: Decimal,
  decimals: number,
): boolean {
  if (ind.target.op !== '≤' && ind.target.op !== '<') return false;
  if (ind.target.unit !== ind.actual.unit) return false;
  const target = decimalOf(ind.target.value);
  const actual = decimalOf(ind.actual.value);
  if (target === null || actual === null || !target.gt(0) || !actual.gt(target)) return false;
  return compareScore(score, target.div(actual).mul(weight), decimals) !== 'differs';
}

function indicatorReports(doc: SelfEvaluationDocument, decimals: number): RuleReport[] {
  const reports: RuleReport[] = [];
  doc.indicators.forEach((ind, i) => {
    const weight = decimalOf(ind.weight);
    const score = decimalOf(ind.score);
    if (weight === null || score === null || score.gt(weight)) return; // over the weight: R-EVAL-01
    const path = pointer('indicators', i, 'score');
    if (isBudgetRow(ind)) {
      reports.push(...budgetRowReport(ind, weight, score, decimals, path));
      return;
    }
    const unpaired = ind.target.kind === 'empty' || ind.actual.kind === 'empty';
    if (unpaired && isProcessRow(ind)) return; // graded by its 评分标准, not a target and an actual
    // The last row of a copy cut inside the table may have lost its value past the cut (R-IND-17 alike).
    const cutRow = doc.cutOff === true && i === doc.indicators.length - 1;
    if (unpaired && score.gt(0) && !cutRow) {
      const missing = ind.target.kind === 'empty' ? '年度指标值' : '实际完成值';
      reports.push({
        messageId: 'scoredWithout',
        path,
        severity: 'warning',
        data: { name: ind.name, score: show(score), missing },
      });
      return;
    }
    const computed = formulaScore(ind, weight);
    if (computed === null) {
      reports.push(
        ...(deadlineReport(ind, weight, score, decimals, path) ??
          qualitativeReport(ind, weight, score, path)),
      );
      return;
    }
    const expected = new Decimal(computed.computed);
    const stands = compareScore(score, expected, decimals);
    if (stands === 'same') return;
    if (scoredByRatioOfReverse(ind, weight, score, decimals)) return;
    const data = {
      name: ind.name,
      target: ind.target.raw,
      actual: ind.actual.raw,
      weight: show(weight),
      score: show(score),
      expected: showScore(expected),
      working: computed.working,
    };
    if (stands === 'rounded') reports.push({ messageId: 'rounded', path, severity: 'info', data });
    else if (expected.eq(weight)) reports.push({ messageId: 'metBelowFull', path, data });
    else if (score.eq(weight)) reports.push({ messageId: 'unmetFull', path, data });
    else reports.push({ messageId: 'mismatch', path, data });
  });
  return reports;
}

/** Rows without a printed 分值: a met target scored by its completion rate, where the 总分 shows the points lost. */
function scaledReports(doc: SelfEvaluationDocument): RuleReport[] {
  const found = rowsScaledByActual(doc, (i, full) => {
    const computed = formulaScore(doc.indicators[i]!, full);
    return computed !== null && new Decimal(computed.computed).eq(full);
  });
  if (found === null) return [];
  return found.rows.map(({ index, full, score, rate }) => {
    const ind = doc.indicators[index]!;
    return {
      messageId: 'metScaledByActual',
      path: pointer('indicators', index, 'score'),
      data: {
        name: ind.name,
        target: ind.target.raw,
        actual: ind.actual.raw,
        score: show(score),
        full: show(full),
        rate: show(rate),
        total: show(found.total),
        fullMarks: show(found.fullMarks),
        lost: show(found.fullMarks.minus(found.total)),
      },
    };
  });
}

/** The 执行率 as a ratio: as printed (units score the rate they print), else from the amounts. */
function executionRate(doc: SelfEvaluationDocument): Decimal | null {
  const printed = decimalOf(doc.budget.rate);
  const annual = decimalOf(doc.budget.annual);
  const executed = decimalOf(doc.budget.executed);
  const share = annual !== null && executed !== null && annual.gt(0) ? executed.div(annual) : null;
  if (printed === null) return share;
  // A rate printed as a ratio (0.958 for 27.8 of 29) is not 0.958 %: the amounts tell which it is.
  const near = (rate: Decimal) => share !== null && share.minus(rate).abs().lte(0.005);
  const asRatio = printed.lte(1) && near(printed) && !near(printed.div(100));
  return asRatio ? printed : printed.div(100);
}

function budgetReports(doc: SelfEvaluationDocument, decimals: number): RuleReport[] {
  const weight = decimalOf(doc.budget.weight);
  const score = decimalOf(doc.budget.score);
  const rate = executionRate(doc);
  if (weight === null || score === null || rate === null || score.gt(weight)) return [];
  const expected = Decimal.min(rate, 1).mul(weight);
  const stands = compareScore(score, expected, decimals);
  if (stands === 'same') return [];
  const data = {
    rate: showScore(rate.mul(100)),
    weight: show(weight),
    score: show(score),
    expected: showScore(expected),
  };
  return [
    {
      messageId: stands === 'rounded' ? 'budgetRounded' : 'budgetMismatch',
      path: '/budget/score',
      severity: stands === 'rounded' ? 'info' : 'error',
      data,
    },
  ];
}

export const rule: SubjectRule<'evaluation-document'> = {
  meta: {
    id: 'R-EVAL-10',
    severity: 'error',
    category: 'arithmetic',
    description: '自评表公布的每项得分与按评分规则重新计算的得分一致',
    messages: {
      metBelowFull:
        '「{name}」年度指标值{target}、实际完成值{actual}，已达成目标，应得满分{weight}分，表上得分{score}分：请核对得分（{working}）',
      unmetFull:
        '「{name}」年度指标值{target}、实际完成值{actual}，未达成目标，按规则应得{expected}分，表上却给满分{weight}分：请按完成比例扣分并说明偏差原因（{working}）',
      mismatch:
        '「{name}」年度指标值{target}、实际完成值{actual}，按规则应得{expected}分，表上得分{score}分：请核对得分（{working}）',
      rounded: '「{name}」按规则得{expected}分，表上按保留位数写作{score}分：差异在四舍五入之内，供核对',
      scoredWithout: '「{name}」没有{missing}，表上却得{score}分：须补全{missing}或说明得分依据',
      metScaledByActual:
        '「{name}」年度指标值{target}、实际完成值{actual}，已达成目标，表上得分{score}分恰为{full}分×{rate}%：完成值被当作系数扣了分，应得满分{full}分（总分{total}分比满分{fullMarks}分少的{lost}分正出于此）：请核对得分',
      budgetMismatch:
        '预算执行率{rate}%，分值{weight}分，按规则应得{expected}分，表上得分{score}分：请核对预算执行率得分',
      budgetRounded:
        '预算执行率{rate}%，按规则得{expected}分，表上按保留位数写作{score}分：差异在四舍五入之内，供核对',
      budgetRowMismatch:
        '指标表中的「{name}」实际{rate}%，分值{weight}分，按执行率×分值应得{expected}分，表上得分{score}分：请核对预算执行率得分',
      budgetRowRounded:
        '指标表中的「{name}」实际{rate}%，按执行率×分值得{expected}分，表上按保留位数写作{score}分：差异在四舍五入之内，供核对',
      deadlineMetBelowFull:
        '「{name}」年度指标值{target}、实际完成值{actual}，按期完成即达成目标，应得满分{weight}分，表上得分{score}分：请核对得分（时效指标完成时间不晚于指标值，按反向指标得满分）',
      deadlineLateFull:
        '「{name}」年度指标值{target}、实际完成值{actual}，晚于指标值未按期完成，表上却给满分{weight}分：请按完成情况扣分并说明偏差原因',
      qualitativeOutOfBand:
        '「{name}」年度指标值{target}、实际完成值{actual}，按表上所写属“{grade}”，分值{weight}分时得分应在{low}至{high}分之间，表上得分{score}分：请核对得分或评价结果',
      qualitativeMetBelowFull:
        '「{name}」实际完成值{actual}与年度指标值一致，已达成目标，表上得分{score}分、分值{weight}分：在“达成”档{low}至{high}分之内，如有扣分请说明理由，供核对',
    },
    subjects: ['evaluation-document'],
    reference: 'DOMAIN §2.5 R-EVAL-10',
  },
  check({ doc }) {
    if (doc.kind !== 'self-evaluation') return [];
    const decimals = tableDecimals(doc);
    return [...budgetReports(doc, decimals), ...indicatorReports(doc, decimals), ...scaledReports(doc)];
  },
};
