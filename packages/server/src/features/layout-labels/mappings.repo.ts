// SQL for layout mappings (labels an organisation taught for its templates).
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { layoutMappings } from '../../db/schema.ts';

export async function listMappings(ex: Executor, orgId: string) {
  return ex
    .select()
    .from(layoutMappings)
    .where(eq(layoutMappings.orgId, orgId))
    .orderBy(asc(layoutMappings.label));
}

/** Adds the mapping, or points an already taught label at the new field. */
export async function upsertMapping(
  ex: Executor,
  m: {
    regionCode: string;
    orgId: string;
    label: string;
    field: string;
    taughtOn: string | null;
    createdBy: string | null;
  },
) {
  const [row] = await ex
    .insert(layoutMappings)
    .values(m)
    .onConflictDoUpdate({
      target: [layoutMappings.regionCode, layoutMappings.orgId, layoutMappings.label],
      set: { field: m.field, taughtOn: m.taughtOn, createdBy: m.createdBy, createdAt: new Date() },
    })
    .returning();
  return row!;
}

export async function findMapping(ex: Executor, id: string) {
  const rows = await ex.select().from(layoutMappings).where(eq(layoutMappings.id, id)).limit(1);
  return rows[0];
}

export async function deleteMapping(ex: Executor, id: string, orgId: string) {
  const rows = await ex
    .delete(layoutMappings)
    .where(and(eq(layoutMappings.id, id), eq(layoutMappings.orgId, orgId)))
    .returning();
  return rows[0];
}
