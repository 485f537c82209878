// A monitoring entry checked with the core rules (R-MON-01…04) and summarised for lists and dashboards:
// the worst light, red/yellow counts, and whether the typed values could be read at all.
import {
  checkMonitoring,
  DEFAULT_MONITORING_THRESHOLDS,
  worstLight,
  type EvalError,
  type Light,
  type MonitoringReport,
  type MonitoringThresholds,
  type NewMonitoringEntry,
} from '@jixiao/core';

export interface MonitoringSummary {
  budgetLight: Light | null;
  worstLight: Light | null;
  redCount: number;
  yellowCount: number;
  executionRate: string | null;
  /** Values that could not be read (not numbers, units that do not convert, execution above budget). */
  inputErrors: EvalError[];
  /** Indicators the unit has not started (未填报): no light, not a warning. */
  unreportedCount: number;
  /**
   * R-MON-04 gaps (a warning without a cause, a likelihood or a measure) or rows still 未填报: the entry is
   * not complete.
   */
  incomplete: boolean;
}

export function thresholdsOf(stored: unknown): MonitoringThresholds {
  return { ...DEFAULT_MONITORING_THRESHOLDS, ...(stored as Partial<MonitoringThresholds>) };
}

const INPUT_CODES = new Set([
  'actual-not-numeric',
  'actual-ambiguous',
  'unit-mismatch',
  'invalid-amount',
  'executed-over-budget',
  'zero-budget',
]);

export function summarise(report: MonitoringReport): MonitoringSummary {
  const lights: Light[] = [];
  const inputErrors: EvalError[] = [];
  if (report.budget.ok) lights.push(report.budget.value.light);
  else inputErrors.push(...report.budget.errors.filter((e) => INPUT_CODES.has(e.code)));
  let unreportedCount = 0;
  for (const i of report.indicators) {
    if (i.result.ok) lights.push(i.result.value.light);
    else if (i.result.errors.some((e) => e.code === 'not-reported')) unreportedCount++;
    else
      inputErrors.push(
        ...i.result.errors
          .filter((e) => INPUT_CODES.has(e.code))
          .map((e) => ({ ...e, path: i.path + (e.path ?? '') })),
      );
  }
  return {
    budgetLight: report.budget.ok ? report.budget.value.light : null,
    worstLight: worstLight(lights),
    redCount: lights.filter((l) => l === 'red').length,
    yellowCount: lights.filter((l) => l === 'yellow').length,
    executionRate: report.budget.ok ? report.budget.value.rate : null,
    inputErrors,
    unreportedCount,
    incomplete:
      unreportedCount > 0 || report.findings.some((f) => f.rule === 'R-MON-04' && f.severity === 'error'),
  };
}

/** The status of an entry the unit has never saved: every light is 未填报. */
export const UNREPORTED = 'unfilled';
/** The status of a submitted entry finance sent back when reopening the round (editable, reason shown). */
export const RETURNED = 'returned';

/** `status` is the entry's: while it is `unfilled` the placeholder 执行数 0 is not a red budget. */
export function reportOf(entry: NewMonitoringEntry, thresholds: MonitoringThresholds, status?: string) {
  const report = checkMonitoring(entry, thresholds, { budgetReported: status !== UNREPORTED });
  return { report, summary: summarise(report) };
}
