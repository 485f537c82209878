// SQL for generated disclosures and for the approved forms published with them.
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { budgetDisclosures, forms, orgs } from '../../db/schema.ts';

export type DisclosureRow = typeof budgetDisclosures.$inferSelect;

export async function findDisclosureRow(ex: Executor, orgId: string, year: number): Promise<DisclosureRow | undefined> {
  const [row] = await ex.select().from(budgetDisclosures).where(and(eq(budgetDisclosures.orgId, orgId), eq(budgetDisclosures.year, year)));
  return row;
}

export async function upsertDisclosure(ex: Executor, values: typeof budgetDisclosures.$inferInsert): Promise<DisclosureRow> {
  const [row] = await ex
    .insert(budgetDisclosures)
    .values(values)
    .onConflictDoUpdate({
      target: [budgetDisclosures.orgId, budgetDisclosures.year],
      // A new generation replaces the draft; what the public sees changes only on publish.
      set: { ...values, status: 'generated', publishedAt: null, publishedBy: null },
    })
    .returning();
  return row!;
}

export async function markPublished(ex: Executor, id: string, userId: string | null, at: Date): Promise<DisclosureRow> {
  const [row] = await ex.update(budgetDisclosures).set({ status: 'published', publishedBy: userId, publishedAt: at }).where(eq(budgetDisclosures.id, id)).returning();
  return row!;
}

export async function updateContent(ex: Executor, id: string, content: unknown, findings: unknown): Promise<void> {
  await ex.update(budgetDisclosures).set({ content, findings }).where(eq(budgetDisclosures.id, id));
}

export async function listPublished(ex: Executor, year?: number): Promise<DisclosureRow[]> {
  const where = [eq(budgetDisclosures.status, 'published')];
  if (year !== undefined) where.push(eq(budgetDisclosures.year, year));
  return ex.select().from(budgetDisclosures).where(and(...where)).orderBy(asc(budgetDisclosures.year), asc(budgetDisclosures.orgId));
}

/** Ids of the approved (or published) project and department forms of an organisation's subtree for a year. */
export async function approvedFormIds(ex: Executor, orgPath: string, year: number): Promise<string[]> {
  const rows = await ex
    .select({ id: forms.id })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(and(like(orgs.path, `${orgPath}%`), eq(forms.year, year), inArray(forms.status, ['approved', 'published']), inArray(forms.kind, ['project', 'department'])))
    .orderBy(asc(forms.kind), asc(forms.createdAt), asc(forms.id));
  return rows.map((r) => r.id);
}
