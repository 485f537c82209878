// Results into next year (issue 6): this year's targets against last year's approved indicators, actuals and
// scores — R-HIST-01 target no more ambitious than last year's actual, R-HIST-02 target unchanged while the
// budget moved by more than a share, R-HIST-03 a missed indicator of last year dropped.
import type { Finding } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import { Decimal } from '../money/decimal.ts';
import { gradeLevel, type SelfEvaluationGrade } from './dictionaries.ts';
import { decimalOf, show, showPercent } from './format.ts';
import { readPair } from './quantities.ts';

export interface LastYearIndicator {
  indicatorId: string;
  name: string | null;
  target: IndicatorValue; // 上年批复指标值
  actual: IndicatorValue; // 上年实际完成值 (kind `empty` when unknown)
  grade: SelfEvaluationGrade | null; // 上年定性评价结果
  weight: string | null; // 上年分值
  score: string | null; // 上年得分
}

export interface HistoryInput {
  /** This year's project name (the `form` of findings). */
  form: string;
  lastYear: { budget: string | null; indicators: readonly LastYearIndicator[] };
  /** This year's indicators; rows without `id` are not compared. Paths are /indicators/<index>. */
  thisYear: { budget: string | null; indicators: readonly Indicator[] };
}

export interface HistoryOptions {
  /** R-HIST-02: a budget change above this share (of last year's budget) expects the target to move. */
  budgetChangeShare: string;
  /** R-HIST-02 also for rates in %, which seldom scale with money (off by default). */
  includeRates: boolean;
}

export const defaultHistoryOptions: HistoryOptions = { budgetChangeShare: '0.3', includeRates: false };

function label(name: string | null, id: string): string {
  return `「${name ?? id}」`;
}

function byId(input: HistoryInput): Map<string, LastYearIndicator> {
  return new Map(input.lastYear.indicators.map((l) => [l.indicatorId, l]));
}

/** R-HIST-01: this year's target is no more ambitious than what was actually achieved last year. */
export function checkTargetsTooEasy(input: HistoryInput): Finding[] {
  const last = byId(input);
  const findings: Finding[] = [];
  input.thisYear.indicators.forEach((ind, i) => {
    const prev = ind.id === undefined ? undefined : last.get(ind.id);
    if (!prev || prev.actual.kind !== 'quantitative' || ind.target.kind !== 'quantitative') return;
    const pair = readPair(ind.target, prev.actual, '上年实际值');
    if (!pair.ok) return;
    const { op, target: t, actual: a } = pair.value;
    if (t.isZero()) return;
    // Which way is better follows from the operator: a floor (≥ >) should rise above last year's actual,
    // a ceiling (≤ <, a cost cap, a complaint rate) should come down to it. An exact value (=33人, 100%) is a
    // plan, not a bound: last year's actual says nothing about whether it is ambitious.
    const ceiling = op === '≤' || op === '<';
    const floor = op === '≥' || op === '>';
    if (!ceiling && !floor) return;
    const easy = op === '≤' ? t.gte(a) : op === '<' ? t.gt(a) : op === '>' ? t.lt(a) : t.lte(a);
    if (!easy) return;
    const advice = ceiling
      ? `上限不低于上年实际完成值「${prev.actual.raw}」：上限可能偏宽，请参考上年实际水平降低上限，或说明理由`
      : `不高于上年实际完成值「${prev.actual.raw}」：目标可能偏低，请参考上年实际水平提高目标，或说明理由`;
    findings.push({
      rule: 'R-HIST-01',
      severity: 'warning',
      message: `${label(ind.name, ind.id!)}今年目标「${ind.target.raw}」${advice}`,
      path: `/indicators/${i}/target`,
      form: input.form,
    });
  });
  return findings;
}

function sameTarget(a: IndicatorValue, b: IndicatorValue): boolean {
  if (a.kind !== 'quantitative' || b.kind !== 'quantitative' || a.op !== b.op) return false;
  const p = readPair(a, b, '上年目标值');
  return p.ok && p.value.actual.eq(p.value.target);
}

/** R-HIST-02: the target is the same as last year's while the budget changed by more than the share. */
export function checkUnchangedTargets(
  input: HistoryInput,
  options: HistoryOptions = defaultHistoryOptions,
): Finding[] {
  const b0 = decimalOf(input.lastYear.budget);
  const b1 = decimalOf(input.thisYear.budget);
  const share = decimalOf(options.budgetChangeShare) ?? new Decimal('0.3');
  if (b0 === null || b1 === null || b0.isNegative() || b1.isNegative()) return [];
  if (b0.isZero() ? b1.isZero() : b1.minus(b0).abs().div(b0).lte(share)) return [];
  const change = b0.isZero()
    ? ''
    : `，${b1.gte(b0) ? '增加' : '减少'} ${showPercent(b1.minus(b0).abs().div(b0), 2)}`;
  const last = byId(input);
  const findings: Finding[] = [];
  input.thisYear.indicators.forEach((ind, i) => {
    const prev = ind.id === undefined ? undefined : last.get(ind.id);
    if (!prev || !sameTarget(ind.target, prev.target)) return;
    if (!options.includeRates && ind.target.unit === '%') return;
    findings.push({
      rule: 'R-HIST-02',
      severity: 'info',
      message: `${label(ind.name, ind.id!)}今年目标「${ind.target.raw}」与上年相同，但预算由 ${show(b0)} 万元变为 ${show(b1)} 万元${change}（超过 ${showPercent(share, 2)}）：请核对目标是否与资金相匹配`,
      path: `/indicators/${i}/target`,
      form: input.form,
    });
  });
  return findings;
}

/** Whether last year's indicator missed its target: by score, else by grade, else by actual; null if unknown. */
export function missedTarget(prev: LastYearIndicator): boolean | null {
  const score = decimalOf(prev.score);
  const weight = decimalOf(prev.weight);
  if (score !== null && weight !== null) return score.lt(weight);
  if (prev.target.kind === 'qualitative')
    return prev.grade === null ? null : gradeLevel(prev.grade) !== 'met';
  if (prev.actual.kind === 'empty') return null;
  const p = readPair(prev.target, prev.actual, '上年实际值');
  if (!p.ok) return null;
  const { op, target: t, actual: a } = p.value;
  if (t.isZero()) return a.gt(0);
  if (op === '≤') return a.gt(t);
  if (op === '<') return a.gte(t);
  return a.lt(t);
}

/** R-HIST-03: an indicator that missed its target last year does not appear this year. */
export function checkDroppedMissedIndicators(input: HistoryInput): Finding[] {
  const ids = new Set(input.thisYear.indicators.flatMap((i) => (i.id === undefined ? [] : [i.id])));
  return input.lastYear.indicators
    .filter((prev) => !ids.has(prev.indicatorId) && missedTarget(prev) === true)
    .map((prev) => ({
      rule: 'R-HIST-03',
      severity: 'warning' as const,
      message: `上年指标${label(prev.name, prev.indicatorId)}未达成目标（目标「${prev.target.raw}」，实际「${prev.actual.raw || prev.grade || '未填'}」${prev.score !== null ? `，得分 ${prev.score}` : ''}），今年未再设置：请保留该指标并提出改进措施，或说明取消理由`,
      path: '/indicators',
      form: input.form,
    }));
}

/** R-HIST-01…03 together. */
export function checkHistory(
  input: HistoryInput,
  options: HistoryOptions = defaultHistoryOptions,
): Finding[] {
  return [
    ...checkTargetsTooEasy(input),
    ...checkUnchangedTargets(input, options),
    ...checkDroppedMissedIndicators(input),
  ];
}
