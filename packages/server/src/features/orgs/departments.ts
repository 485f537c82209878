// Which department (主管部门) an organisation counts under: what the monitoring progress and the
// evaluation dashboard group by. The organisation tree is read once per answer into a map.
import { sql } from 'drizzle-orm';
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
 * `departmentOf` in SQL, as a relation `(id, dept)` over every organisation: the deepest organisation of kind
 * department on its path (the path is the ids from the root to itself), else the organisation itself. For
 * summing per department in the database rather than per unit in the server (a province has thousands of
 * units, a hundred departments).
 */
export const departmentsOfOrgs = sql`(select u.id, coalesce((
    select d.id from unnest(string_to_array(trim(both '/' from u.path), '/')) with ordinality as p(id, n)
    join ${orgs} d on d.id = p.id::uuid and d.kind = 'department'
    order by p.n desc limit 1), u.id) as dept
  from ${orgs} u)`;

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
