// Pure summaries for the finance dashboard: per department the self-evaluation scores and grades, the
// execution rate (Σ executed ÷ Σ budget, exact), monitoring warnings; the indicators missed most often.
import { Decimal, type NewSelfEvaluation, type SelfEvaluationScore } from '@jixiao/core';
import {
  MISSED_PROJECTS_SHOWN,
  type EvaluationDepartmentRow,
  type MissedIndicator,
} from '@jixiao/core/contracts';
import { departmentOf, type OrgNode } from '../orgs/departments.ts';

export interface EvaluationFact {
  orgId: string;
  projectName: string;
  total: string | null;
  grade: string | null;
  data: NewSelfEvaluation;
  result: SelfEvaluationScore | null;
}

export interface EntryFact {
  orgId: string;
  formId: string;
  /** 全年预算数 and 1—m月执行数 of the entry (万元). */
  annual: string;
  executedToDate: string;
  projectName: string;
  roundTitle: string;
  worstLight: string | null;
  budgetLight: string | null;
  redCount: number;
  yellowCount: number;
  executionRate: string | null;
  entryId: string;
  /** The entry's status: `unfilled` (未填报) entries count apart and stay out of the execution rate. */
  status: string;
}

export type DepartmentRow = EvaluationDepartmentRow;

/** One unit's scored (total set) confirmed self-evaluations, summed: what the database aggregates. */
export interface OrgEvaluationTotals {
  orgId: string;
  evaluated: number;
  scoreSum: string;
  grades: DepartmentRow['grades'];
  /** Σ 全年预算数 and Σ 全年执行数 of those self-evaluations (万元, exact decimals). */
  budget: string;
  executed: string;
}

/** One unit's monitoring: its projects by their latest entry of the year, summed (what the database sums). */
export interface OrgMonitoringTotals {
  orgId: string;
  monitored: number;
  unfilled: number;
  red: number;
  yellow: number;
  /** Σ 全年预算数 and Σ 1—m月执行数 of the filled latest entries (万元, exact decimals). */
  annual: string;
  executedToDate: string;
}

/**
 * The per-unit monitoring totals worked out row by row from the entries (newest round first): a project
 * counts once, with its latest entry; 未填报 ones count apart and stay out of the sums. The reference of the
 * SQL aggregate (monitoringTotalsByOrg).
 */
export function monitoringTotals(entries: readonly EntryFact[]): OrgMonitoringTotals[] {
  const byOrg = new Map<string, OrgMonitoringTotals>();
  const seenForms = new Set<string>();
  for (const e of entries) {
    if (seenForms.has(e.formId)) continue;
    seenForms.add(e.formId);
    const t = byOrg.get(e.orgId) ?? {
      orgId: e.orgId,
      monitored: 0,
      unfilled: 0,
      red: 0,
      yellow: 0,
      annual: '0',
      executedToDate: '0',
    };
    byOrg.set(e.orgId, t);
    t.monitored++;
    if (e.status === 'unfilled') {
      t.unfilled++;
      continue;
    }
    if (e.worstLight === 'red') t.red++;
    else if (e.worstLight === 'yellow') t.yellow++;
    t.annual = new Decimal(t.annual).plus(e.annual).toFixed();
    t.executedToDate = new Decimal(t.executedToDate).plus(e.executedToDate).toFixed();
  }
  return [...byOrg.values()];
}

/** The per-unit totals worked out row by row: the reference the SQL aggregate must equal. */
export function totalsByOrg(evaluations: readonly EvaluationFact[]): OrgEvaluationTotals[] {
  const byOrg = new Map<string, OrgEvaluationTotals>();
  for (const e of evaluations) {
    // A unit with only unscored confirmed evaluations still has its (empty) row, as every unit listed.
    const t = byOrg.get(e.orgId) ?? {
      orgId: e.orgId,
      evaluated: 0,
      scoreSum: '0',
      grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
      budget: '0',
      executed: '0',
    };
    byOrg.set(e.orgId, t);
    if (e.total === null) continue;
    t.evaluated++;
    t.scoreSum = new Decimal(t.scoreSum).plus(e.total).toFixed();
    if (e.grade && e.grade in t.grades) t.grades[e.grade as keyof DepartmentRow['grades']]++;
    t.budget = new Decimal(t.budget).plus(e.data.budget.annual).toFixed();
    t.executed = new Decimal(t.executed).plus(e.data.budget.executed).toFixed();
  }
  return [...byOrg.values()];
}

export function summariseDepartments(
  evaluations: readonly EvaluationFact[],
  entries: readonly EntryFact[],
  orgs: ReadonlyMap<string, OrgNode>,
): DepartmentRow[] {
  return summariseDepartmentTotals(totalsByOrg(evaluations), monitoringTotals(entries), orgs);
}

// One collator for every comparison: `localeCompare(b, 'zh')` looks one up on each call (the same order).
const zh = new Intl.Collator('zh');

/** The department rows from per-unit self-evaluation totals and per-unit monitoring totals. */
export function summariseDepartmentTotals(
  evaluations: readonly OrgEvaluationTotals[],
  monitoring: readonly OrgMonitoringTotals[],
  orgs: ReadonlyMap<string, OrgNode>,
): DepartmentRow[] {
  // Per department its sums as Decimals, written once at the end: a province's thousands of units each
  // parsed and re-wrote every running sum before (the same exact sums, Decimal's precision either way).
  type Sums = Omit<DepartmentRow, 'budget' | 'executed'> &
    Record<'scoreSum' | 'budget' | 'executed' | 'mAnnual' | 'mExecuted', Decimal>;
  const rows = new Map<string, Sums>();
  // A unit's department, looked up once per unit (each unit comes in both lists).
  const rowOfUnit = new Map<string, Sums>();
  const rowOf = (orgId: string) => {
    let r = rowOfUnit.get(orgId);
    if (r) return r;
    const d = departmentOf(orgId, orgs);
    const key = d?.id ?? orgId;
    r = rows.get(key);
    if (!r) {
      r = {
        departmentId: key,
        department: d?.name ?? '（未知）',
        evaluated: 0,
        averageScore: null,
        grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
        budget: new Decimal(0),
        executed: new Decimal(0),
        executionRate: null,
        monitored: 0,
        unfilled: 0,
        red: 0,
        yellow: 0,
        monitoringRate: null,
        scoreSum: new Decimal(0),
        mAnnual: new Decimal(0),
        mExecuted: new Decimal(0),
      };
      rows.set(key, r);
    }
    rowOfUnit.set(orgId, r);
    return r;
  };
  for (const t of evaluations) {
    const r = rowOf(t.orgId);
    r.evaluated += t.evaluated;
    r.scoreSum = r.scoreSum.plus(t.scoreSum);
    for (const g of Object.keys(r.grades) as (keyof DepartmentRow['grades'])[]) r.grades[g] += t.grades[g];
    r.budget = r.budget.plus(t.budget);
    r.executed = r.executed.plus(t.executed);
  }
  for (const m of monitoring) {
    const r = rowOf(m.orgId);
    r.monitored += m.monitored;
    r.unfilled += m.unfilled;
    r.red += m.red;
    r.yellow += m.yellow;
    r.mAnnual = r.mAnnual.plus(m.annual);
    r.mExecuted = r.mExecuted.plus(m.executedToDate);
  }
  return [...rows.values()]
    .map(({ scoreSum, mAnnual, mExecuted, budget, executed, ...r }) => ({
      ...r,
      budget: budget.toFixed(),
      executed: executed.toFixed(),
      monitoringRate: mAnnual.isZero() ? null : mExecuted.div(mAnnual).toFixed(4),
      averageScore: r.evaluated > 0 ? scoreSum.div(r.evaluated).toDecimalPlaces(2).toFixed(2) : null,
      executionRate: budget.isZero() ? null : executed.div(budget).toFixed(4),
    }))
    .sort((a, b) => zh.compare(a.department, b.department));
}

export type { MissedIndicator } from '@jixiao/core/contracts';

/** How the most missed are ordered: most often first, then by name (zh), then by 一级 (none first). */
export function byMissed(a: MissedIndicator, b: MissedIndicator): number {
  return b.missed - a.missed || zh.compare(a.name, b.name) || zh.compare(a.level1 ?? '', b.level1 ?? '');
}

/**
 * Indicators (by 三级 name under their 一级: the same name under two 一级 are two indicators) scored below
 * their weight, most often first. Worked out row by row: the reference of the database's counts
 * (self_evaluation_indicator_counts), fed confirmed evaluations ordered by unit and project name.
 */
export function mostMissed(evaluations: readonly EvaluationFact[], limit = 10): MissedIndicator[] {
  const byKey = new Map<string, MissedIndicator>();
  for (const e of evaluations) {
    if (!e.result) continue;
    e.data.indicators.forEach((ind, i) => {
      const r = e.result!.indicators[i]?.result;
      if (!r?.ok) return;
      const name = ind.name ?? ind.indicatorId;
      const key = JSON.stringify([name, ind.level1]);
      const m = byKey.get(key) ?? {
        name,
        level1: ind.level1,
        missed: 0,
        evaluated: 0,
        projects: [],
        projectCount: 0,
      };
      m.evaluated++;
      if (new Decimal(r.value.score).lt(r.value.weight)) {
        m.missed++;
        if (!m.projects.includes(e.projectName)) m.projects.push(e.projectName);
      }
      byKey.set(key, m);
    });
  }
  // Every project is counted; only the first few are named (the list of a province runs to thousands).
  return [...byKey.values()]
    .filter((m) => m.missed > 0)
    .sort(byMissed)
    .slice(0, limit)
    .map((m) => ({
      ...m,
      projects: m.projects.slice(0, MISSED_PROJECTS_SHOWN),
      projectCount: m.projects.length,
    }));
}
