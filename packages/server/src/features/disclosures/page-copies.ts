// A published disclosure's public page compressed once — gzip and brotli — when what the page shows changes:
// its publication (published in the same transaction: insertPublication) or its department's name (renamed
// in the same transaction: updateOrg), the two things its entity tag names. The copies are stored beside the
// page (budget_publication_pages) with the name they were made with, so every server process serves the same
// bytes, a restarted one too, and a copy made under another name (a rename no server saw: SQL by hand, a
// restore) is never sent — the route makes and stores fresh copies after answering (gzip made on the request
// meanwhile, as before).
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { budgetPublicationPages, budgetPublications, orgs } from '../../db/schema.ts';
import { publicPageBytes, renderPublicationPage } from './public-page.ts';
import { compressCopies } from '../../http/compressed-copies.ts';

/**
 * Brotli's quality for a page. Measured (bench/page-compression.ts, CPU a compression): the demo's real page
 * (87.5 KB) is 14,581 bytes gzip-9 (0.9 ms), 11,888 at brotli 8 (2.1 ms), 11,263 at 10 (22 ms) and 10,900 at
 * 11 (110 ms) — the server bench's generated page 2,244 / 1,599 / 1,556 / 1,407 bytes (11: 103 ms). A page is
 * compressed once a publication and read by every visitor, so 110 ms once (in the thread pool, not the event
 * loop) buys every download 3–9 % fewer bytes than quality 8–10 would.
 */
export const PAGE_BROTLI_QUALITY = 11;

/** A page's compressed copies and the department's name they were made with (the answer begins with it). */
export interface PageCopies {
  orgName: string;
  gzip: Buffer;
  br: Buffer;
}

/** Both copies of the page `orgName` and `body` make, compressed in the thread pool (not the event loop). */
export async function compressPage(orgName: string, body: string): Promise<PageCopies> {
  return { orgName, ...(await compressCopies(publicPageBytes(orgName, body), PAGE_BROTLI_QUALITY)) };
}

/** A department's current name (its pages are named by it). */
async function orgNameOf(ex: Executor, regionCode: string, orgId: string): Promise<string | undefined> {
  const [org] = await ex
    .select({ name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.regionCode, regionCode), eq(orgs.id, orgId)));
  return org?.name;
}

/** The copies of a page just rendered for `publication` (publishing), under its department's name. */
export async function copiesForPublication(
  ex: Executor,
  publication: { regionCode: string; orgId: string },
  body: string,
): Promise<PageCopies | undefined> {
  const name = await orgNameOf(ex, publication.regionCode, publication.orgId);
  return name === undefined ? undefined : compressPage(name, body);
}

/**
 * Makes and stores a publication's copies under its department's current name (and its page, when it has
 * none stored: a publication from before pages were stored). Compressed outside any lock, then written only
 * if the department still has the name compressed and the publication still exists, both rows held (FOR
 * SHARE) until the write commits: a rename or a withdrawal committed meanwhile wins — copies made under an
 * older name never overwrite a newer rename's. Undefined when nothing was written.
 */
export async function storePageCopies(
  ex: Executor,
  regionCode: string,
  publicationId: string,
): Promise<PageCopies | undefined> {
  const [p] = await ex
    .select({ publication: budgetPublications, body: budgetPublicationPages.body, name: orgs.name })
    .from(budgetPublications)
    .innerJoin(
      orgs,
      and(eq(orgs.regionCode, budgetPublications.regionCode), eq(orgs.id, budgetPublications.orgId)),
    )
    .leftJoin(
      budgetPublicationPages,
      and(
        eq(budgetPublicationPages.regionCode, budgetPublications.regionCode),
        eq(budgetPublicationPages.publicationId, budgetPublications.id),
      ),
    )
    .where(and(eq(budgetPublications.regionCode, regionCode), eq(budgetPublications.id, publicationId)));
  if (!p) return undefined;
  const body = p.body ?? renderPublicationPage(p.publication);
  const copies = await compressPage(p.name, body);
  return ex.transaction(async (tx) => {
    const [still] = await tx
      .select({ name: orgs.name })
      .from(budgetPublications)
      .innerJoin(
        orgs,
        and(eq(orgs.regionCode, budgetPublications.regionCode), eq(orgs.id, budgetPublications.orgId)),
      )
      .where(and(eq(budgetPublications.regionCode, regionCode), eq(budgetPublications.id, publicationId)))
      .for('share');
    if (still?.name !== copies.orgName) return undefined;
    await tx
      .insert(budgetPublicationPages)
      .values({ regionCode, publicationId, body, ...copies })
      .onConflictDoUpdate({
        target: [budgetPublicationPages.regionCode, budgetPublicationPages.publicationId],
        set: copies,
      });
    return copies;
  });
}

/**
 * A department renamed: the copies of the page the public sees for each of its years (its latest
 * publication's) made again under its new name, in the renaming transaction.
 */
export async function storeDepartmentPageCopies(
  ex: Executor,
  regionCode: string,
  orgId: string,
): Promise<void> {
  const latest = await ex
    .selectDistinctOn([budgetPublications.year], { id: budgetPublications.id })
    .from(budgetPublications)
    .where(and(eq(budgetPublications.regionCode, regionCode), eq(budgetPublications.orgId, orgId)))
    .orderBy(budgetPublications.year, desc(budgetPublications.version));
  for (const { id } of latest) await storePageCopies(ex, regionCode, id);
}
