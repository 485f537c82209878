// Loads the forms a finance officer (all) or a reviewer (its subtree) may see for one year, with their
// department, approved budget, indicator counts and findings, and summarises them.
import { like, sql, type SQL } from 'drizzle-orm';
import type { FormChecker } from '../../app-deps.ts';
import { queryRows, type Db } from '../../db/client.ts';
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

interface DashboardRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  budgetTotal: string | null;
  category: string | null;
  orgName: string;
  orgPath: string;
  indicators: number | null;
  quantified: number | null;
  findings: SummaryFinding[] | null;
  /** The latest 批复's total. */
  approvedTotal: string | null;
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
  const year = q.year === undefined ? sql`` : sql`and ${forms.year} = ${q.year}`;
  // The organisations in path order, and each one's forms through its index (forms_org_year): the first
  // DASHBOARD_LIMIT forms are found by walking the tree, without reading and sorting every form of the
  // province (an incremental sort orders each organisation's forms by name).
  const read = () =>
    queryRows<DashboardRow>(
      db,
      sql`select f.id, f.name, f.kind, f.status, f.budget_total as "budgetTotal",
            f.rest->>'category' as category, o.name as "orgName", o.path as "orgPath",
            ff.indicators, ff.quantified, ff.findings,
            (select ${approvals.budgetTotal} from ${approvals}
              where ${approvals.regionCode} = f.region_code and ${approvals.formId} = f.id
              order by ${approvals.createdAt} desc limit 1) as "approvedTotal"
          from (select ${orgs.id}, ${orgs.name}, ${orgs.path} from ${orgs} where ${scope ?? sql`true`}
                order by ${orgs.path}) o
          cross join lateral (
            select ${forms.id}, ${forms.regionCode}, ${forms.version}, ${forms.name}, ${forms.kind},
              ${forms.status}, ${forms.budgetTotal}, ${forms.rest}
            from ${forms} where ${forms.orgId} = o.id ${year}) f
          left join ${formFindings} ff on ff.region_code = f.region_code and ff.form_id = f.id
            and ff.version = f.version and ff.checker = ${checker}
          order by o.path, f.name
          limit ${DASHBOARD_LIMIT + 1}`,
    );
  // The organisations' names (for the groups) are read beside the forms.
  const orgNames = db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(actor.role === 'finance' ? undefined : like(orgs.path, `${actor.orgPath}%`));
  const [firstRead, orgRows] = await Promise.all([read(), orgNames]);
  let rows = firstRead;
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
  const names = new Map(orgRows.map((o) => [o.id, o.name]));
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
      approvedTotal: r.approvedTotal,
      indicators: r.indicators ?? 0,
      quantified: r.quantified ?? 0,
      rules: list.map((f) => f.rule),
    };
  });
  return { year: q.year ?? null, truncated, ...summarise(items, findings), forms: items };
}
