// The figures of a dashboard from one row per form: forms by status per department, budget by department
// and by category, indicator quality (share quantified, findings per rule, the most frequent defects).
// Pure, so that the numbers are tested without a database.
import { registry, sumDecimals, type Finding } from '@jixiao/core';
import type { DashboardDefect as Defect, DashboardForm } from '@jixiao/core/contracts';

export type { DashboardForm } from '@jixiao/core/contracts';

/** What the summary reads of a finding. */
export type SummaryFinding = Pick<Finding, 'rule' | 'messageId' | 'severity' | 'message'>;

const STATUSES = ['draft', 'submitted', 'returned', 'passed', 'approved', 'published'] as const;
const APPROVED = new Set(['approved', 'published']);
const NO_CATEGORY = '未分类';

/** What each rule checks, from the one registry (every id a finding can carry). */
const descriptions = new Map(registry.map((r) => [r.meta.id, r.meta.description]));

function sum(values: (string | null)[]): string {
  return sumDecimals(values).toString();
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

export function summarise(
  forms: readonly DashboardForm[],
  findings: ReadonlyMap<string, readonly SummaryFinding[]>,
) {
  const groups = [...groupBy(forms, (f) => f.group)].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
  const byStatus = groups.map(([group, list]) => ({
    group,
    counts: Object.fromEntries(STATUSES.map((s) => [s, list.filter((f) => f.status === s).length])),
    total: list.length,
  }));
  const projects = forms.filter((f) => f.kind === 'project');
  const budgetByGroup = [...groupBy(projects, (f) => f.group)]
    .map(([group, list]) => ({
      group,
      declared: sum(list.map((f) => f.budgetTotal)),
      approved: sum(list.filter((f) => APPROVED.has(f.status)).map((f) => f.approvedTotal ?? f.budgetTotal)),
      forms: list.length,
    }))
    .sort((a, b) => Number(b.declared) - Number(a.declared));
  const budgetByCategory = [...groupBy(projects, (f) => f.category || NO_CATEGORY)]
    .map(([category, list]) => ({
      category,
      declared: sum(list.map((f) => f.budgetTotal)),
      forms: list.length,
    }))
    .sort((a, b) => Number(b.declared) - Number(a.declared));

  const indicators = forms.reduce((n, f) => n + f.indicators, 0);
  const quantified = forms.reduce((n, f) => n + f.quantified, 0);
  const ruleCounts = new Map<string, { count: number; forms: number; severity: string }>();
  const defectCounts = new Map<string, Defect>();
  for (const f of forms) {
    const list = findings.get(f.id) ?? [];
    for (const [rule, hits] of groupBy(list, (x) => x.rule)) {
      const r = ruleCounts.get(rule) ?? { count: 0, forms: 0, severity: hits[0]!.severity };
      ruleCounts.set(rule, { ...r, count: r.count + hits.length, forms: r.forms + 1 });
    }
    for (const x of list) {
      const key = `${x.rule}:${x.messageId ?? ''}`;
      const d = defectCounts.get(key);
      if (d) d.count++;
      else
        defectCounts.set(key, {
          rule: x.rule,
          messageId: x.messageId ?? '',
          severity: x.severity,
          description: descriptions.get(x.rule) ?? x.rule,
          example: x.message,
          count: 1,
        });
    }
  }
  const findingsByRule = [...ruleCounts]
    .map(([rule, r]) => ({ rule, description: descriptions.get(rule) ?? rule, ...r }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
  const defects = [...defectCounts.values()].sort((a, b) => b.count - a.count).slice(0, 10);
  return {
    statuses: STATUSES,
    byStatus,
    budgetByGroup,
    budgetByCategory,
    quality: {
      indicators,
      quantified,
      /** 0..1, or null with no indicators. */
      share: indicators === 0 ? null : quantified / indicators,
      findingsByRule,
      defects,
    },
  };
}
