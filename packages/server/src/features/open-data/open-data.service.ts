// Published budgets for everyone: the list, one disclosure by its stable address, and the open data — always
// the latest publication, whatever has been generated since.
import type { Db } from '../../db/client.ts';
import { findOrg } from '../orgs/orgs.repo.ts';
import { disclosureError } from '../disclosures/disclosures.errors.ts';
import { findLatestPublication, listPublished } from '../disclosures/disclosures.repo.ts';
import { type DisclosureContent } from '../disclosures/disclosures.service.ts';
import type { PublishedBudget } from './open-data.build.ts';

export async function publishedBudgets(
  db: Db,
  filter: { year?: number | undefined; orgId?: string | undefined },
): Promise<PublishedBudget[]> {
  const rows = (await listPublished(db, filter.year)).filter(
    (r) => !filter.orgId || r.orgId === filter.orgId,
  );
  return rows.map((r) => {
    const c = r.content as DisclosureContent;
    return {
      orgId: r.orgId,
      year: r.year,
      department: c.budget.department,
      publishedAt: r.publishedAt.toISOString(),
      budget: c.budget,
      forms: c.forms,
    };
  });
}

/** The published document (review findings are for the finance bureau, not part of the publication). */
export async function publishedDisclosure(db: Db, orgId: string, year: number) {
  // The department's region completes the publication's key (the request is anonymous: it names none).
  const org = await findOrg(db, orgId);
  const p = org && (await findLatestPublication(db, org.regionCode, orgId, year));
  if (!p) throw disclosureError('not-published');
  const content = p.content as DisclosureContent;
  return {
    orgId,
    orgName: org.name,
    year,
    status: 'published' as const,
    version: p.version,
    publishedAt: p.publishedAt,
    budgetVersion: p.budgetVersion,
    disclosure: content.disclosure,
    forms: content.forms,
  };
}
