// Loads the forms a finance officer (all) or a reviewer (its subtree) may see for one year, with their
// department, approved budget, indicator counts and findings, and summarises them.
import { and, asc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { FormChecker } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import { approvals, formFindings, forms, orgs } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { summarise, type DashboardForm, type SummaryFinding } from './dashboard-summary.ts';
import { fillFormFindings } from './form-findings.ts';

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

/**
 * One query for the forms with their kept counts and findings (form_findings, by version and checker);
 * only forms without a row for their current version are checked, once, and stored.
 */
export async function dashboard(
  db: Db,
  check: FormChecker,
  checker: string,
  actor: Actor,
  q: DashboardQuery,
) {
  const scope: SQL | undefined = actor.role === 'finance' ? undefined : like(orgs.path, `${actor.orgPath}%`);
  const where = and(scope, q.year === undefined ? undefined : eq(forms.year, q.year));
  const read = () =>
    db
      .select({
        id: forms.id,
        name: forms.name,
        kind: forms.kind,
        status: forms.status,
        budgetTotal: forms.budgetTotal,
        category: sql<string | null>`${forms.rest}->>'category'`,
        orgName: orgs.name,
        orgPath: orgs.path,
        indicators: formFindings.indicators,
        quantified: formFindings.quantified,
        findings: formFindings.findings,
      })
      .from(forms)
      .innerJoin(orgs, eq(orgs.id, forms.orgId))
      .leftJoin(
        formFindings,
        and(
          eq(formFindings.regionCode, forms.regionCode),
          eq(formFindings.formId, forms.id),
          eq(formFindings.version, forms.version),
          eq(formFindings.checker, checker),
        ),
      )
      .where(where)
      .orderBy(asc(orgs.path), asc(forms.name))
      .limit(DASHBOARD_LIMIT + 1);
  let rows = await read();
  const missing = rows.slice(0, DASHBOARD_LIMIT).filter((r) => r.findings === null);
  if (missing.length > 0) {
    await fillFormFindings(
      db,
      check,
      checker,
      missing.map((r) => r.id),
    );
    rows = await read();
  }
  const truncated = rows.length > DASHBOARD_LIMIT;
  const shown = rows.slice(0, DASHBOARD_LIMIT);
  const ids = shown.map((r) => r.id);
  const [orgRows, approvalRows] = await Promise.all([
    db
      .select({ id: orgs.id, name: orgs.name })
      .from(orgs)
      .where(actor.role === 'finance' ? undefined : like(orgs.path, `${actor.orgPath}%`)),
    ids.length
      ? db
          .select({ formId: approvals.formId, budgetTotal: approvals.budgetTotal })
          .from(approvals)
          .where(inArray(approvals.formId, ids))
          .orderBy(asc(approvals.createdAt))
      : Promise.resolve([]),
  ]);
  const names = new Map(orgRows.map((o) => [o.id, o.name]));
  const approved = new Map(approvalRows.map((a) => [a.formId, a.budgetTotal])); // the latest wins
  const findings = new Map<string, SummaryFinding[]>();
  const items: DashboardForm[] = shown.map((r) => {
    // A form saved between the two reads has no row for its new version: counted as it was checked.
    const list = r.findings ?? [];
    findings.set(r.id, list);
    return {
      id: r.id,
      name: r.name,
      orgName: r.orgName,
      group: groupOf(actor.orgPath, r.orgPath, names),
      kind: r.kind,
      status: r.status,
      category: r.category?.trim() ? r.category.trim() : null,
      budgetTotal: r.budgetTotal,
      approvedTotal: approved.get(r.id) ?? null,
      indicators: r.indicators ?? 0,
      quantified: r.quantified ?? 0,
      rules: list.map((f) => f.rule),
    };
  });
  return { year: q.year ?? null, truncated, ...summarise(items, findings), forms: items };
}
