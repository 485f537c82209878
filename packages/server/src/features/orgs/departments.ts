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
