// A monitoring round checked: the lights of the budget, the indicators and the goals, reported as findings
// R-MON-01…03, and R-MON-04 (a non-green indicator needs a cause, a likelihood and, if hopeless, a measure).
import type { Finding, Severity } from '../model/finding.ts';
import { isOtherReason } from './dictionaries.ts';
import type { MonitoringIndicator, NewMonitoringEntry } from './monitoring-model.ts';
import {
  budgetLight,
  DEFAULT_MONITORING_THRESHOLDS,
  indicatorLight,
  LIGHT_LABEL,
  worstLight,
  type BudgetLight,
  type IndicatorLight,
  type Light,
  type MonitoringThresholds,
} from './monitoring-lights.ts';
import { fail, type Result } from './result.ts';

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

function nameOf(ind: MonitoringIndicator): string {
  return ind.name ?? ind.indicatorId;
}

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

/** Checks a monitoring entry. Never throws. */
export function checkMonitoring(
  entry: NewMonitoringEntry,
  thresholds: MonitoringThresholds = DEFAULT_MONITORING_THRESHOLDS,
  options: CheckMonitoringOptions = {},
): MonitoringReport {
  const form = entry.projectName;
  const findings: Finding[] = [];
  const add = (rule: string, severity: Severity, message: string, path: string) =>
    findings.push({ rule, severity, message, path, form });

  const budget =
    options.budgetReported === false
      ? fail<BudgetLight>('not-reported', `未填报1–${entry.month}月执行数`, '/budget/executedToDate')
      : budgetLight(entry.budget, entry.month, thresholds);
  // 未填报 is neither a warning nor an input error: no finding.
  if (!budget.ok) {
    for (const e of budget.errors)
      if (e.code !== 'not-reported') add('R-MON-01', 'error', e.message, e.path ?? '/budget');
  } else if (budget.value.light !== 'green')
    add(
      'R-MON-01',
      budget.value.light === 'red' ? 'warning' : 'info',
      `预算执行进度${LIGHT_LABEL[budget.value.light]}：${budget.value.working}。请分析支出滞后的原因并加快执行`,
      '/budget/executedToDate',
    );

  const indicators = entry.indicators.map((ind, i) => {
    const path = `/indicators/${i}`;
    if (isUnreported(ind)) {
      const result = fail<IndicatorLight>('not-reported', '未填报');
      return { indicatorId: ind.indicatorId, path, result };
    }
    const result = indicatorLight(ind, entry.month, thresholds);
    if (!result.ok) {
      for (const e of result.errors)
        add('R-MON-02', 'error', `「${nameOf(ind)}」${e.message}`, path + (e.path ?? ''));
      return { indicatorId: ind.indicatorId, path, result };
    }
    const { light, working } = result.value;
    if (light === 'red' || light === 'yellow')
      add(
        'R-MON-02',
        light === 'red' ? 'warning' : 'info',
        `「${nameOf(ind)}」${LIGHT_LABEL[light]}：${working}`,
        path,
      );
    if (light === 'blue')
      add('R-MON-02', 'info', `「${nameOf(ind)}」蓝灯：${working}。目标可能定得偏低，请说明`, path);
    if (light !== 'green')
      requireExplanation(ind, light, path, (sev, msg, p) => add('R-MON-04', sev, msg, p));
    return { indicatorId: ind.indicatorId, path, result };
  });

  const goals = new Map<string, number[]>();
  entry.indicators.forEach((ind, i) => {
    const g = ind.goal ?? NO_GOAL;
    goals.set(g, [...(goals.get(g) ?? []), i]);
  });
  const goalLights: GoalLight[] = [...goals].map(([goal, idx]) => {
    const lights = idx.flatMap((i) => {
      const r = indicators[i]!.result;
      return r.ok ? [r.value.light] : [];
    });
    const light = worstLight(lights);
    if (light === 'red' || light === 'yellow') {
      const which = idx.filter((i) => {
        const r = indicators[i]!.result;
        return r.ok && r.value.light === light;
      });
      add(
        'R-MON-03',
        light === 'red' ? 'warning' : 'info',
        `目标「${goal}」${LIGHT_LABEL[light]}：${which.map((i) => `「${nameOf(entry.indicators[i]!)}」`).join('、')}为${LIGHT_LABEL[light]}`,
        `/indicators/${which[0]}`,
      );
    }
    return { goal, light, indicators: idx };
  });

  return { budget, indicators, goals: goalLights, findings };
}

function requireExplanation(
  ind: MonitoringIndicator,
  light: Light,
  path: string,
  add: (severity: Severity, message: string, path: string) => void,
): void {
  const who = `「${nameOf(ind)}」为${LIGHT_LABEL[light]}`;
  if (ind.deviationReason === null) add('error', `${who}，须从字典中选择偏差原因`, `${path}/deviationReason`);
  else if (isOtherReason(ind.deviationReason) && blank(ind.reasonText))
    add('error', `${who}，偏差原因为「${ind.deviationReason}」，须写明具体原因`, `${path}/reasonText`);
  if (ind.likelihood === null)
    add('error', `${who}，须选择完成目标可能性（确定能 / 有可能 / 完全不可能）`, `${path}/likelihood`);
  else if (ind.likelihood === '完全不可能' && blank(ind.correctiveMeasure))
    add(
      'error',
      `${who}且完成目标可能性为「完全不可能」，须填写纠偏措施或申请调整绩效目标`,
      `${path}/correctiveMeasure`,
    );
}
