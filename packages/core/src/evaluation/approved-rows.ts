// The rows of monitoring and self-evaluation come from the approved (批复) annual indicators by id: drafts,
// R-EVAL-07 / R-MON-06 (rows map one-to-one to the approved indicators) and R-EVAL-09 (stated total), whose
// rules live in checks/.
import type { Finding } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import { parseIndicatorValue } from '../value/parse-indicator-value.ts';
import { runSubjectRules } from '../checks/engine.ts';
import { approvedAnnualIndicators } from '../checks/helpers/approved-rows.ts';
import { rule as rEval07 } from '../checks/evaluation/r-eval-07.ts';
import { rule as rEval09 } from '../checks/evaluation/r-eval-09.ts';
import { rule as rMon06 } from '../checks/monitoring/r-mon-06.ts';
import type { SelfEvaluationGrade } from './dictionaries.ts';
import type { MonitoringIndicator } from './monitoring-model.ts';
import type { SelfEvaluationIndicator } from './self-evaluation-model.ts';

const EMPTY = parseIndicatorValue('');

export { approvedAnnualIndicators };

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

const rowsRule = { 'R-EVAL-07': rEval07, 'R-MON-06': rMon06 } as const;

/**
 * R-EVAL-07 (self-evaluation) / R-MON-06 (monitoring): every approved annual indicator has exactly one row, no
 * row is added, and a row's target equals the approved one (a change needs an approved 绩效目标调整).
 */
export function checkRowsAgainstApproved(
  rows: ReadonlyArray<{ indicatorId: string; name: string | null; target: IndicatorValue }>,
  approved: readonly Indicator[],
  options: { rule: 'R-EVAL-07' | 'R-MON-06'; form: string },
): Finding[] {
  const of = options.rule === 'R-EVAL-07' ? 'self-evaluation' : 'monitoring';
  return runSubjectRules(
    [rowsRule[options.rule]],
    { kind: 'approved-rows', of, rows, approved },
    options.form,
  );
}

/** R-EVAL-09: the total written on the form equals the recomputed total within ± 0.01. */
export function checkStatedTotal(stated: string | null, computed: string | null, form: string): Finding[] {
  return runSubjectRules([rEval09], { kind: 'stated-total', stated, computed }, form);
}
