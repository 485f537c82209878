// Pure summaries for the finance dashboard: per department the self-evaluation scores and grades, the
// execution rate (Σ executed ÷ Σ budget, exact), monitoring warnings; the indicators missed most often.
import { Decimal, type NewSelfEvaluation, type SelfEvaluationScore } from '@jixiao/core';
import type { EvaluationDepartmentRow, MissedIndicator } from '@jixiao/core/contracts';
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
  return summariseDepartmentTotals(totalsByOrg(evaluations), entries, orgs);
}

/** The department rows from per-unit self-evaluation totals and the monitoring entries (newest first). */
export function summariseDepartmentTotals(
  evaluations: readonly OrgEvaluationTotals[],
  entries: readonly EntryFact[],
  orgs: ReadonlyMap<string, OrgNode>,
): DepartmentRow[] {
  const rows = new Map<string, DepartmentRow & { scoreSum: Decimal; mAnnual: Decimal; mExecuted: Decimal }>();
  const seenForms = new Set<string>();
  const rowOf = (orgId: string) => {
    const d = departmentOf(orgId, orgs);
    const key = d?.id ?? orgId;
    let r = rows.get(key);
    if (!r) {
      r = {
        departmentId: key,
        department: d?.name ?? '（未知）',
        evaluated: 0,
        averageScore: null,
        grades: { 优: 0, 良: 0, 中: 0, 差: 0 },
        budget: '0',
        executed: '0',
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
    return r;
  };
  for (const t of evaluations) {
    const r = rowOf(t.orgId);
    r.evaluated += t.evaluated;
    r.scoreSum = r.scoreSum.plus(t.scoreSum);
    for (const g of Object.keys(r.grades) as (keyof DepartmentRow['grades'])[]) r.grades[g] += t.grades[g];
    r.budget = new Decimal(r.budget).plus(t.budget).toFixed();
    r.executed = new Decimal(r.executed).plus(t.executed).toFixed();
  }
  // Entries come newest round first: a project counts once, with its latest entry.
  for (const e of entries) {
    if (seenForms.has(e.formId)) continue;
    seenForms.add(e.formId);
    const r = rowOf(e.orgId);
    r.monitored++;
    if (e.status === 'unfilled') {
      r.unfilled++;
      continue;
    }
    if (e.worstLight === 'red') r.red++;
    else if (e.worstLight === 'yellow') r.yellow++;
    r.mAnnual = r.mAnnual.plus(e.annual);
    r.mExecuted = r.mExecuted.plus(e.executedToDate);
  }
  return [...rows.values()]
    .map(({ scoreSum, mAnnual, mExecuted, ...r }) => ({
      ...r,
      monitoringRate: mAnnual.isZero() ? null : mExecuted.div(mAnnual).toFixed(4),
      averageScore: r.evaluated > 0 ? scoreSum.div(r.evaluated).toDecimalPlaces(2).toFixed(2) : null,
      executionRate: new Decimal(r.budget).isZero() ? null : new Decimal(r.executed).div(r.budget).toFixed(4),
    }))
    .sort((a, b) => a.department.localeCompare(b.department, 'zh'));
}

export type { MissedIndicator } from '@jixiao/core/contracts';

/** How the most missed are ordered: most often first, then by name (zh), then by 一级 (none first). */
export function byMissed(a: MissedIndicator, b: MissedIndicator): number {
  return (
    b.missed - a.missed ||
    a.name.localeCompare(b.name, 'zh') ||
    (a.level1 ?? '').localeCompare(b.level1 ?? '', 'zh')
  );
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
      const m = byKey.get(key) ?? { name, level1: ind.level1, missed: 0, evaluated: 0, projects: [] };
      m.evaluated++;
      if (new Decimal(r.value.score).lt(r.value.weight)) {
        m.missed++;
        if (!m.projects.includes(e.projectName)) m.projects.push(e.projectName);
      }
      byKey.set(key, m);
    });
  }
  return [...byKey.values()]
    .filter((m) => m.missed > 0)
    .sort(byMissed)
    .slice(0, limit);
}
