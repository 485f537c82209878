// SQL for the organisation tree (materialised path) and fiscal years.
import { and, asc, eq, isNull, like, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client.ts';
import { fiscalYears, orgs } from '../../db/schema.ts';

export type OrgRow = typeof orgs.$inferSelect;

export async function findOrg(ex: Executor, id: string): Promise<OrgRow | undefined> {
  const rows = await ex.select().from(orgs).where(eq(orgs.id, id)).limit(1);
  return rows[0];
}

export async function findOrgByName(
  ex: Executor,
  name: string,
  parentId: string | null,
): Promise<OrgRow | undefined> {
  const rows = await ex
    .select()
    .from(orgs)
    .where(and(eq(orgs.name, name), parentId ? eq(orgs.parentId, parentId) : isNull(orgs.parentId)))
    .limit(1);
  return rows[0];
}

export async function findRoots(ex: Executor): Promise<OrgRow[]> {
  return ex.select().from(orgs).where(isNull(orgs.parentId));
}

/** The region of a tree whose root has no six-digit 财政区划代码 as its code. */
export const UNASSIGNED_REGION = '000000';

/** A root organisation's region: its code when that is a 财政区划代码 ('420100'); the whole tree inherits it. */
export function rootRegionCode(code: string | null): string {
  return code !== null && /^\d{6}$/.test(code) ? code : UNASSIGNED_REGION;
}

export async function insertOrg(
  ex: Executor,
  o: { name: string; kind: string; code?: string | null; parent: OrgRow | null },
): Promise<OrgRow> {
  const id = randomUUID();
  const path = `${o.parent ? o.parent.path : '/'}${id}/`;
  const regionCode = o.parent ? o.parent.regionCode : rootRegionCode(o.code ?? null);
  const rows = await ex
    .insert(orgs)
    .values({
      id,
      name: o.name,
      kind: o.kind,
      code: o.code ?? null,
      parentId: o.parent?.id ?? null,
      path,
      regionCode,
    })
    .returning();
  return rows[0]!;
}

/** Organisations under a path prefix (a subtree), or all when the prefix is '/'. */
export async function listOrgsUnder(ex: Executor, pathPrefix: string): Promise<OrgRow[]> {
  return ex
    .select()
    .from(orgs)
    .where(like(orgs.path, `${pathPrefix}%`))
    .orderBy(asc(orgs.path));
}

export async function listOrgsByIds(ex: Executor, ids: string[]): Promise<OrgRow[]> {
  if (ids.length === 0) return [];
  return ex
    .select()
    .from(orgs)
    .where(
      sql`${orgs.id} IN (${sql.join(
        ids.map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    );
}

/** Moves a subtree: every path under `oldPath` now starts with `newPath`. */
export async function rewritePaths(ex: Executor, oldPath: string, newPath: string): Promise<void> {
  await ex
    .update(orgs)
    .set({ path: sql`${newPath} || substr(${orgs.path}, ${oldPath.length + 1})` })
    .where(like(orgs.path, `${oldPath}%`));
}

export async function updateOrgRow(
  ex: Executor,
  id: string,
  set: Partial<Pick<OrgRow, 'name' | 'code' | 'parentId'>>,
): Promise<void> {
  if (Object.keys(set).length > 0) await ex.update(orgs).set(set).where(eq(orgs.id, id));
}

export async function deleteOrgRow(ex: Executor, id: string): Promise<void> {
  await ex.delete(orgs).where(eq(orgs.id, id));
}

export async function hasChildren(ex: Executor, id: string): Promise<boolean> {
  const rows = await ex.select({ id: orgs.id }).from(orgs).where(eq(orgs.parentId, id)).limit(1);
  return rows.length > 0;
}

export async function countOrgs(ex: Executor): Promise<number> {
  const rows = await ex.select({ n: sql<string | number>`count(*)` }).from(orgs);
  return Number(rows[0]?.n ?? 0);
}

export async function listYears(ex: Executor) {
  return ex.select().from(fiscalYears).orderBy(asc(fiscalYears.year));
}

export async function insertYear(ex: Executor, year: number) {
  const rows = await ex.insert(fiscalYears).values({ year }).onConflictDoNothing().returning();
  return rows[0];
}
