// The rows of monitoring and self-evaluation come from the approved (批复) annual indicators by id: drafts,
// R-EVAL-07 / R-MON-06 (rows map one-to-one to the approved indicators) and R-EVAL-09 (stated total).
import type { Finding } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import { Decimal } from '../money/decimal.ts';
import { parseIndicatorValue } from '../value/parse-indicator-value.ts';
import type { SelfEvaluationGrade } from './dictionaries.ts';
import { decimalOf, show } from './format.ts';
import type { MonitoringIndicator } from './monitoring-model.ts';
import { readPair } from './quantities.ts';
import type { SelfEvaluationIndicator } from './self-evaluation-model.ts';

const EMPTY = parseIndicatorValue('');

/** The approved annual (年度) indicators that carry an id: what monitoring and self-evaluation measure. */
export function approvedAnnualIndicators(approved: readonly Indicator[]): Indicator[] {
  return approved.filter((i) => i.term === 'annual' && i.id !== undefined && i.id !== '');
}

/** Empty monitoring rows for the approved annual indicators. */
export function draftMonitoringIndicators(approved: readonly Indicator[]): MonitoringIndicator[] {
  return approvedAnnualIndicators(approved).map((i) => ({
    indicatorId: i.id!,
    goal: i.goal,
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    target: i.target,
    actualToDate: EMPTY,
    grade: null,
    expectedFullYear: EMPTY,
    deviationReason: null,
    reasonText: null,
    likelihood: null,
    correctiveMeasure: null,
  }));
}

const GRADE_FROM_MONITORING: Record<string, SelfEvaluationGrade> = {
  达成目标: '达成年度指标',
  部分达成目标并具有一定效果: '部分达成年度指标并具有一定效果',
  未达成目标且效果较差: '未达成年度指标且效果较差',
};

/**
 * Self-evaluation rows for the approved annual indicators. With a monitoring round, its full-year forecast
 * (or its grade) is the starting point of the actual (R-MON-06); weights are left to the weight scheme.
 */
export function draftSelfEvaluationIndicators(
  approved: readonly Indicator[],
  monitoring?: { indicators: readonly MonitoringIndicator[] },
): SelfEvaluationIndicator[] {
  const byId = new Map((monitoring?.indicators ?? []).map((m) => [m.indicatorId, m]));
  return approvedAnnualIndicators(approved).map((i) => {
    const m = byId.get(i.id!);
    return {
      indicatorId: i.id!,
      goal: i.goal,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.target,
      weight: null,
      actual: m?.expectedFullYear ?? EMPTY,
      grade: m?.grade ? GRADE_FROM_MONITORING[m.grade]! : null,
      override: null,
      deviationAnalysis: null,
    };
  });
}

function sameTarget(a: IndicatorValue, b: IndicatorValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'empty') return true;
  if (a.kind === 'qualitative')
    return (a.text ?? a.raw).replace(/\s+/g, '') === (b.text ?? b.raw).replace(/\s+/g, '');
  if (a.op !== b.op) return false;
  const p = readPair(a, b, '目标值');
  return p.ok && p.value.actual.eq(p.value.target);
}

/**
 * R-EVAL-07 (self-evaluation) / R-MON-06 (monitoring): every approved annual indicator has exactly one row, no
 * row is added, and a row's target equals the approved one (a change needs an approved 绩效目标调整).
 */
export function checkRowsAgainstApproved(
  rows: ReadonlyArray<{ indicatorId: string; name: string | null; target: IndicatorValue }>,
  approved: readonly Indicator[],
  options: { rule: 'R-EVAL-07' | 'R-MON-06'; form: string },
): Finding[] {
  const { rule, form } = options;
  const findings: Finding[] = [];
  const approvedById = new Map(approvedAnnualIndicators(approved).map((i) => [i.id!, i]));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const a = approvedById.get(row.indicatorId);
    const name = row.name ?? row.indicatorId;
    if (seen.has(row.indicatorId)) {
      findings.push({
        rule,
        severity: 'error',
        message: `「${name}」重复出现：每个批复指标只能有一行`,
        path: `/indicators/${i}`,
        form,
      });
      return;
    }
    seen.add(row.indicatorId);
    if (!a) {
      findings.push({
        rule,
        severity: 'error',
        message: `「${name}」不是批复的年度绩效指标：自评与监控只能使用批复的指标，不得新增`,
        path: `/indicators/${i}`,
        form,
      });
      return;
    }
    if (!sameTarget(row.target, a.target))
      findings.push({
        rule,
        severity: 'warning',
        message: `「${name}」的年度指标值「${row.target.raw}」与批复值「${a.target.raw}」不一致：须有经批准的绩效目标调整记录，否则按批复值评价`,
        path: `/indicators/${i}/target`,
        form,
      });
  });
  for (const [id, a] of approvedById)
    if (!seen.has(id))
      findings.push({
        rule,
        severity: 'error',
        message: `批复指标「${a.name ?? id}」缺少对应行：请补充该指标的${rule === 'R-EVAL-07' ? '自评' : '监控'}情况`,
        path: '/indicators',
        form,
      });
  return findings;
}

/** R-EVAL-09: the total written on the form equals the recomputed total within ± 0.01. */
export function checkStatedTotal(stated: string | null, computed: string | null, form: string): Finding[] {
  const s = decimalOf(stated);
  const c = decimalOf(computed);
  if (s === null || c === null || s.minus(c).abs().lte(new Decimal('0.01'))) return [];
  return [
    {
      rule: 'R-EVAL-09',
      severity: 'error',
      message: `表上总分 ${show(s)} 与按各项得分重新计算的 ${c.toFixed(2)} 不一致（相差 ${show(s.minus(c).abs())}）：请核对各项得分与总分`,
      path: '/total',
      form,
    },
  ];
}
