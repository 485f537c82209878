// Builders of self-evaluations and monitoring entries for the tests (values as typed, read with the grammar).
import { parseIndicatorValue } from '../value/parse-indicator-value.ts';
import type { MonitoringGrade, SelfEvaluationGrade } from './dictionaries.ts';
import type { MonitoringIndicator, NewMonitoringEntry } from './monitoring-model.ts';
import type { NewSelfEvaluation, ScoreOverride, SelfEvaluationIndicator } from './self-evaluation-model.ts';

export interface RowSpec {
  level1: string;
  level2?: string;
  name: string;
  target: string;
  weight: string | null;
  actual?: string;
  grade?: SelfEvaluationGrade;
  override?: ScoreOverride;
  deviation?: string;
}

export function evalRow(spec: RowSpec, i: number): SelfEvaluationIndicator {
  return {
    indicatorId: `ind-${i + 1}`,
    goal: '年度绩效目标1',
    level1: spec.level1,
    level2: spec.level2 ?? null,
    name: spec.name,
    target: parseIndicatorValue(spec.target),
    weight: spec.weight,
    actual: parseIndicatorValue(spec.actual ?? ''),
    grade: spec.grade ?? null,
    override: spec.override ?? null,
    deviationAnalysis: spec.deviation ?? null,
  };
}

export function makeSelfEvaluation(
  budget: { initial?: string; annual: string; executed: string },
  rows: RowSpec[],
): NewSelfEvaluation {
  return {
    projectId: null,
    projectName: '测试项目',
    year: 2022,
    supervisor: null,
    executor: null,
    budget: { initial: budget.initial ?? null, annual: budget.annual, executed: budget.executed },
    goals: [],
    indicators: rows.map(evalRow),
    conclusions: { problems: null, improvements: null },
  };
}

export interface MonitorSpec {
  goal?: string;
  name: string;
  target: string;
  actualToDate?: string;
  expected?: string;
  grade?: MonitoringGrade;
  extra?: Partial<MonitoringIndicator>;
}

export function monitorRow(spec: MonitorSpec, i = 0): MonitoringIndicator {
  return {
    indicatorId: `ind-${i + 1}`,
    goal: spec.goal ?? '年度绩效目标1',
    level1: '产出指标',
    level2: '数量指标',
    name: spec.name,
    target: parseIndicatorValue(spec.target),
    actualToDate: parseIndicatorValue(spec.actualToDate ?? ''),
    grade: spec.grade ?? null,
    expectedFullYear: parseIndicatorValue(spec.expected ?? ''),
    deviationReason: null,
    reasonText: null,
    likelihood: null,
    correctiveMeasure: null,
    ...spec.extra,
  };
}

export function makeMonitoringEntry(
  month: number,
  budget: { annual: string; executedToDate: string; plannedShareToDate?: string | null },
  rows: MonitorSpec[],
): NewMonitoringEntry {
  return {
    projectId: null,
    projectName: '测试项目',
    year: 2024,
    month,
    budget,
    indicators: rows.map(monitorRow),
  };
}
