// What the public pages are built from, read cheaply for their entity tags (http/etag.ts).
import { desc, eq, sql } from 'drizzle-orm';
import { formWithId } from '../../db/key-join.ts';
import type { Executor } from '../../db/client.ts';
import { approvals, forms, orgs } from '../../db/schema.ts';

/** A form's public page: its status, version, last change, organisation name and latest 批复. */
export async function publicFormTag(ex: Executor, id: string) {
  const latestApproval = ex
    .select({ at: sql<string>`${approvals.createdAt}::text`.as('approved_at') })
    .from(approvals)
    .where(eq(approvals.formId, forms.id))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  const [row] = await ex
    .select({
      status: forms.status,
      version: forms.version,
      updatedAt: sql<string>`${forms.updatedAt}::text`,
      orgName: orgs.name,
      approvedAt: sql<string | null>`(${latestApproval})`,
    })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(formWithId(id))
    .limit(1);
  return row;
}

/** A form's latest 批复 as its public page shows it (the workflow writes them; read here, not imported). */
export async function latestFormApproval(ex: Executor, formId: string) {
  const [row] = await ex
    .select()
    .from(approvals)
    .where(eq(approvals.formId, formId))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  return row;
}
