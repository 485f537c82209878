// Published budgets for everyone: the list, one disclosure by its stable address, and the open data.
import type { Db } from '../../db/client.ts';
import { findOrg } from '../orgs/orgs.repo.ts';
import { disclosureError } from '../disclosures/disclosures.errors.ts';
import { findDisclosureRow, listPublished } from '../disclosures/disclosures.repo.ts';
import { presentDisclosure, type DisclosureContent } from '../disclosures/disclosures.service.ts';
import type { PublishedBudget } from './open-data.build.ts';

export async function publishedBudgets(db: Db, filter: { year?: number | undefined; orgId?: string | undefined }): Promise<PublishedBudget[]> {
  const rows = (await listPublished(db, filter.year)).filter((r) => !filter.orgId || r.orgId === filter.orgId);
  return rows.map((r) => {
    const c = r.content as DisclosureContent;
    return { orgId: r.orgId, year: r.year, department: c.budget.department, publishedAt: r.publishedAt!.toISOString(), budget: c.budget, forms: c.forms };
  });
}

export async function publishedDisclosure(db: Db, orgId: string, year: number) {
  const row = await findDisclosureRow(db, orgId, year);
  if (!row || row.status !== 'published') throw disclosureError('not-published');
  const org = await findOrg(db, orgId);
  const { findings: _internal, ...rest } = presentDisclosure(row, org?.name ?? '');
  void _internal; // review findings are for the finance bureau, not part of the publication
  return rest;
}
