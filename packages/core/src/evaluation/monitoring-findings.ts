// A monitoring round checked: the lights of the budget, the indicators and the goals, reported as findings
// R-MON-01…03, and R-MON-04 (a non-green indicator needs a cause, a likelihood and, if hopeless, a measure);
// the rules live in checks/monitoring.
import type { Finding } from '../model/finding.ts';
import { runSubjectRules } from '../checks/engine.ts';
import { monitoringRules } from '../checks/monitoring/index.ts';
import type { MonitoringIndicator, NewMonitoringEntry } from './monitoring-model.ts';
import {
  budgetLight,
  DEFAULT_MONITORING_THRESHOLDS,
  indicatorLight,
  worstLight,
  type BudgetLight,
  type IndicatorLight,
  type Light,
  type MonitoringThresholds,
} from './monitoring-lights.ts';
import { fail, type Result } from './result.ts';
import type { MonitoringSubject } from '../checks/subjects.ts';

export interface GoalLight {
  goal: string;
  light: Light | null;
  /** Indices of the indicators rolled up. */
  indicators: number[];
}

export interface MonitoringReport {
  budget: Result<BudgetLight>;
  indicators: Array<{ indicatorId: string; path: string; result: Result<IndicatorLight> }>;
  goals: GoalLight[];
  findings: Finding[];
}

const NO_GOAL = '（未分目标）';

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * An indicator the unit has not started (未填报): no progress, forecast, grade, cause, likelihood or measure.
 * It gets no light — FASP2's "actual 0 is red" applies to a value typed as 0, not to an empty row.
 */
export function isUnreported(ind: MonitoringIndicator): boolean {
  return (
    ind.actualToDate.kind === 'empty' &&
    ind.expectedFullYear.kind === 'empty' &&
    ind.grade === null &&
    ind.deviationReason === null &&
    blank(ind.reasonText) &&
    ind.likelihood === null &&
    blank(ind.correctiveMeasure)
  );
}

export interface CheckMonitoringOptions {
  /**
   * False while the unit has never saved the entry: the 执行数 is still the placeholder 0, so the budget gets
   * 未填报 instead of a red light.
   */
  budgetReported?: boolean;
}

/** Where a finding sits in the round: the budget first, then each indicator's findings together, goals last. */
function place(f: Finding): number {
  if (f.rule === 'R-MON-03') return Number.MAX_SAFE_INTEGER;
  const row = /^\/indicators\/(\d+)/.exec(f.path);
  return row ? Number(row[1]) + 1 : 0;
}

/** A monitoring round with its lights worked out: what the monitoring rules read. */
export function monitoringSubject(
  entry: NewMonitoringEntry,
  thresholds: MonitoringThresholds = DEFAULT_MONITORING_THRESHOLDS,
  options: CheckMonitoringOptions = {},
): Omit<MonitoringSubject, 'indicators' | 'goals'> & {
  indicators: Array<{
    indicatorId: string;
    path: string;
    unreported: boolean;
    result: Result<IndicatorLight>;
  }>;
  goals: GoalLight[];
} {
  const budget =
    options.budgetReported === false
      ? fail<BudgetLight>('not-reported', `未填报1–${entry.month}月执行数`, '/budget/executedToDate')
      : budgetLight(entry.budget, entry.month, thresholds);

  const rows = entry.indicators.map((ind, i) => {
    const path = `/indicators/${i}`;
    // 未填报 is neither a warning nor an input error: no light, no finding.
    const unreported = isUnreported(ind);
    const result = unreported
      ? fail<IndicatorLight>('not-reported', '未填报')
      : indicatorLight(ind, entry.month, thresholds);
    return { indicatorId: ind.indicatorId, path, unreported, result };
  });

  const goals = new Map<string, number[]>();
  entry.indicators.forEach((ind, i) => {
    const g = ind.goal ?? NO_GOAL;
    goals.set(g, [...(goals.get(g) ?? []), i]);
  });
  const goalLights: GoalLight[] = [...goals].map(([goal, idx]) => ({
    goal,
    light: worstLight(idx.flatMap((i) => (rows[i]!.result.ok ? [rows[i]!.result.value.light] : []))),
    indicators: idx,
  }));

  return { kind: 'monitoring', entry, budget, indicators: rows, goals: goalLights };
}

/** Checks a monitoring entry: works out the lights, then runs the monitoring rules over them. Never throws. */
export function checkMonitoring(
  entry: NewMonitoringEntry,
  thresholds: MonitoringThresholds = DEFAULT_MONITORING_THRESHOLDS,
  options: CheckMonitoringOptions = {},
): MonitoringReport {
  const subject = monitoringSubject(entry, thresholds, options);
  const findings = runSubjectRules(monitoringRules, subject, entry.projectName)
    .map((f, k) => ({ f, k }))
    .sort((a, b) => place(a.f) - place(b.f) || a.k - b.k)
    .map(({ f }) => f);
  const indicators = subject.indicators.map(({ indicatorId, path, result }) => ({
    indicatorId,
    path,
    result,
  }));
  return { budget: subject.budget, indicators, goals: subject.goals, findings };
}
