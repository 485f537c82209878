// Which department (主管部门) an organisation counts under: what the monitoring progress and the
// evaluation dashboard group by. The organisation tree is read once per answer into a map.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import { orgs } from '../../db/schema.ts';

export interface OrgNode {
  id: string;
  name: string;
  kind: string;
  path: string;
}

/** The department an organisation belongs to: its nearest ancestor (or itself) of kind department. */
export function departmentOf(orgId: string, orgMap: ReadonlyMap<string, OrgNode>): OrgNode | null {
  const org = orgMap.get(orgId);
  if (!org) return null;
  const chain = org.path.split('/').filter(Boolean).reverse();
  for (const id of chain) {
    const o = orgMap.get(id);
    if (o?.kind === 'department') return o;
  }
  return org;
}

/**
 * Each organisation's department (`departmentOf`, or the organisation itself when it has none) as a relation
 * `(id, dept)` for a statement: two uuid arrays from the organisation map already read, unnested. For summing
 * per department in the database rather than per unit in the server (a province has thousands of units and a
 * hundred departments). Working the rule out in SQL from the paths cost 20–30 ms a statement at 2,000 units.
 */
export function departmentsOfOrgs(orgMap: ReadonlyMap<string, OrgNode>): SQL {
  const ids: string[] = [];
  const depts: string[] = [];
  for (const id of orgMap.keys()) {
    ids.push(id);
    depts.push(departmentOf(id, orgMap)?.id ?? id);
  }
  return sql`unnest(${sql.param(ids)}::uuid[], ${sql.param(depts)}::uuid[])`;
}

/** Every organisation by id. */
export async function orgMapOf(ex: Executor): Promise<Map<string, OrgNode>> {
  // The driver's rows as they come (four text columns): a province's thousands of organisations through
  // Drizzle's per-field row mapping cost a dashboard request milliseconds of CPU.
  const rows = await queryRows<OrgNode>(
    ex,
    sql`select ${orgs.id}::text as id, ${orgs.name} as name, ${orgs.kind} as kind, ${orgs.path} as path from ${orgs}`,
  );
  return new Map<string, OrgNode>(rows.map((o) => [o.id, o]));
}
