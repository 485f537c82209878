// Loads the forms a finance officer (all) or a reviewer (its subtree) may see for one year, with their
// department, approved budget, indicator counts and findings, and summarises them.
import { and, asc, count, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { Finding } from '@jixiao/core';
import type { FormChecker } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import { approvals, forms, indicators, orgs } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { loadStoredForm } from '../forms/forms.service.ts';
import { checkStoredForm } from '../checks/stored-findings.ts';
import { summarise, type DashboardForm } from './dashboard-summary.ts';

/** A city has hundreds of forms; beyond this the dashboard would be slow to check every form. */
export const DASHBOARD_LIMIT = 2000;

export interface DashboardQuery {
  year?: number | undefined;
}

/** The department a form counts under: the viewer's direct child on the way to the form's org. */
export function groupOf(viewerPath: string, orgPath: string, names: ReadonlyMap<string, string>): string {
  // Outside the viewer's tree (finance placed beside the city's root): the form's own organisation.
  if (!orgPath.startsWith(viewerPath))
    return names.get(orgPath.split('/').filter(Boolean).at(-1) ?? '') ?? '（未知单位）';
  const rest = orgPath.slice(viewerPath.length).split('/').filter(Boolean);
  const viewerId = viewerPath.split('/').filter(Boolean).at(-1) ?? '';
  const id = rest[0] ?? viewerId;
  return names.get(id) ?? '（未知单位）';
}

export async function dashboard(db: Db, check: FormChecker, actor: Actor, q: DashboardQuery) {
  const scope: SQL | undefined = actor.role === 'finance' ? undefined : like(orgs.path, `${actor.orgPath}%`);
  const where = and(scope, q.year === undefined ? undefined : eq(forms.year, q.year));
  const rows = await db
    .select({ form: forms, orgName: orgs.name, orgPath: orgs.path })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(where)
    .orderBy(asc(orgs.path), asc(forms.name))
    .limit(DASHBOARD_LIMIT + 1);
  const truncated = rows.length > DASHBOARD_LIMIT;
  const shown = rows.slice(0, DASHBOARD_LIMIT);
  const ids = shown.map((r) => r.form.id);
  const [orgRows, counts, approvalRows] = await Promise.all([
    db
      .select({ id: orgs.id, name: orgs.name })
      .from(orgs)
      .where(actor.role === 'finance' ? undefined : like(orgs.path, `${actor.orgPath}%`)),
    ids.length
      ? db
          .select({
            formId: indicators.formId,
            n: count(),
            quantified: sql<number>`count(*) filter (where ${indicators.valueKind} = 'quantitative')`,
          })
          .from(indicators)
          .where(inArray(indicators.formId, ids))
          .groupBy(indicators.formId)
      : Promise.resolve([]),
    ids.length
      ? db
          .select({ formId: approvals.formId, budgetTotal: approvals.budgetTotal })
          .from(approvals)
          .where(inArray(approvals.formId, ids))
          .orderBy(asc(approvals.createdAt))
      : Promise.resolve([]),
  ]);
  const names = new Map(orgRows.map((o) => [o.id, o.name]));
  const byForm = new Map(counts.map((c) => [c.formId, c]));
  const approved = new Map(approvalRows.map((a) => [a.formId, a.budgetTotal])); // the latest wins
  const findings = new Map<string, Finding[]>();
  const items: DashboardForm[] = [];
  for (const r of shown) {
    const stored = await loadStoredForm(db, { ...r.form, orgName: r.orgName, orgPath: r.orgPath });
    const list = checkStoredForm(check, stored.form, r.form.id);
    findings.set(r.form.id, list);
    const c = byForm.get(r.form.id);
    const category = (r.form.rest as { category?: unknown }).category;
    items.push({
      id: r.form.id,
      name: r.form.name,
      orgName: r.orgName,
      group: groupOf(actor.orgPath, r.orgPath, names),
      kind: r.form.kind,
      status: r.form.status,
      category: typeof category === 'string' && category.trim() ? category.trim() : null,
      budgetTotal: r.form.budgetTotal,
      approvedTotal: approved.get(r.form.id) ?? null,
      indicators: Number(c?.n ?? 0),
      quantified: Number(c?.quantified ?? 0),
      rules: list.map((f) => f.rule),
    });
  }
  return { year: q.year ?? null, truncated, ...summarise(items, findings), forms: items };
}
