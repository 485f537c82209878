// SQL for generated disclosures, their publications (versioned, never touched by a generation) and the
// approved forms published with them.
import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../db/client.ts';
import {
  budgetDisclosures,
  budgetPublicationPages,
  budgetPublications,
  forms,
  orgs,
} from '../../db/schema.ts';
import { renderPublicationPage } from './public-page.ts';
import { copiesForPublication } from './page-copies.ts';

export type DisclosureRow = typeof budgetDisclosures.$inferSelect;
export type PublicationRow = typeof budgetPublications.$inferSelect;

/** A unit's rows of a year by their whole key, region first (see below). */
function ofUnitYear(
  table: { regionCode: AnyPgColumn; orgId: AnyPgColumn; year: AnyPgColumn },
  regionCode: string,
  orgId: string,
  year: number,
) {
  return and(eq(table.regionCode, regionCode), eq(table.orgId, orgId), eq(table.year, year));
}

/**
 * The current generation; `lock` holds it until the transaction ends (publishing reads what it publishes).
 * Disclosures and publications are read by their whole key, region first (`budget_disclosures_org_year`,
 * `budget_publications_version` lead with region_code): by organisation and year alone neither index
 * applies, and on Citus the region routes the read to one node.
 */
export async function findDisclosureRow(
  ex: Executor,
  regionCode: string,
  orgId: string,
  year: number,
  lock = false,
): Promise<DisclosureRow | undefined> {
  const q = ex
    .select()
    .from(budgetDisclosures)
    .where(ofUnitYear(budgetDisclosures, regionCode, orgId, year));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Stores a new generation (the next generation number); the publications are left as they are. */
export async function upsertDisclosure(
  ex: Executor,
  values: Omit<typeof budgetDisclosures.$inferInsert, 'generation'>,
): Promise<DisclosureRow> {
  const [row] = await ex
    .insert(budgetDisclosures)
    .values(values)
    .onConflictDoUpdate({
      target: [budgetDisclosures.regionCode, budgetDisclosures.orgId, budgetDisclosures.year],
      set: { ...values, generation: sql`${budgetDisclosures.generation} + 1` },
    })
    .returning();
  return row!;
}

/** The publication the public sees: the highest version. */
export async function findLatestPublication(
  ex: Executor,
  regionCode: string,
  orgId: string,
  year: number,
): Promise<PublicationRow | undefined> {
  const [row] = await ex
    .select()
    .from(budgetPublications)
    .where(ofUnitYear(budgetPublications, regionCode, orgId, year))
    .orderBy(desc(budgetPublications.version))
    .limit(1);
  return row;
}

/**
 * Publishes a generation as the next version, with its public page rendered (public-page.ts) and compressed
 * (page-copies.ts) in the same transaction: a publication is never seen without its page and its copies.
 * Undefined when that generation is already published or another publication took the version first (both
 * unique): the caller answers 409, nothing is lost.
 */
export async function insertPublication(
  ex: Executor,
  values: Omit<typeof budgetPublications.$inferInsert, 'version'>,
): Promise<PublicationRow | undefined> {
  const next = sql<number>`(select coalesce(max(${budgetPublications.version}), 0) + 1 from ${budgetPublications} where ${budgetPublications.regionCode} = ${values.regionCode} and ${budgetPublications.orgId} = ${values.orgId} and ${budgetPublications.year} = ${values.year})`;
  return ex.transaction(async (tx) => {
    const [row] = await tx
      .insert(budgetPublications)
      .values({ ...values, version: next })
      .onConflictDoNothing()
      .returning();
    if (row) {
      const body = renderPublicationPage(row);
      const copies = await copiesForPublication(tx, row, body);
      await tx
        .insert(budgetPublicationPages)
        .values({ regionCode: row.regionCode, publicationId: row.id, body, ...copies });
    }
    return row;
  });
}

/** A publication's page as stored: its text, and its compressed copies with the name they were made with. */
export interface StoredPublicationPage {
  body: string;
  orgName: string | null;
  gzip: Uint8Array | null;
  br: Uint8Array | null;
}

/**
 * A publication's stored page; rendered from the publication when it has none (one restored from a backup
 * made before pages were stored, or published by an older server), as the same text, without copies.
 */
export async function publicationPage(
  ex: Executor,
  regionCode: string,
  publicationId: string,
): Promise<StoredPublicationPage | undefined> {
  const [page] = await ex
    .select({
      body: budgetPublicationPages.body,
      orgName: budgetPublicationPages.orgName,
      gzip: budgetPublicationPages.gzip,
      br: budgetPublicationPages.br,
    })
    .from(budgetPublicationPages)
    .where(
      and(
        eq(budgetPublicationPages.regionCode, regionCode),
        eq(budgetPublicationPages.publicationId, publicationId),
      ),
    );
  if (page) return page;
  const [p] = await ex
    .select()
    .from(budgetPublications)
    .where(and(eq(budgetPublications.regionCode, regionCode), eq(budgetPublications.id, publicationId)));
  return p && { body: renderPublicationPage(p), orgName: null, gzip: null, br: null };
}

/** The latest publication of every department and year (optionally of one year). */
export async function listPublished(ex: Executor, year?: number): Promise<PublicationRow[]> {
  return ex
    .selectDistinctOn([budgetPublications.year, budgetPublications.orgId])
    .from(budgetPublications)
    .where(year === undefined ? undefined : eq(budgetPublications.year, year))
    .orderBy(asc(budgetPublications.year), asc(budgetPublications.orgId), desc(budgetPublications.version));
}

/** Ids of the approved (or published) project and department forms of an organisation's subtree for a year. */
export async function approvedFormIds(ex: Executor, orgPath: string, year: number): Promise<string[]> {
  const rows = await ex
    .select({ id: forms.id })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .where(
      and(
        like(orgs.path, `${orgPath}%`),
        eq(forms.year, year),
        inArray(forms.status, ['approved', 'published']),
        inArray(forms.kind, ['project', 'department']),
      ),
    )
    .orderBy(asc(forms.kind), asc(forms.createdAt), asc(forms.id));
  return rows.map((r) => r.id);
}

/**
 * What a published disclosure's page is built from, by one indexed read: its latest publication's id and
 * the department's name and region. The request names no region (anonymous): the department's own gives the whole key.
 * Prepared once per database (the public page reads it on every request): no query building or planning
 * per request.
 */
export function latestPublicationTagQuery(db: Db) {
  return db
    .select({
      id: budgetPublications.id,
      orgName: orgs.name,
      regionCode: orgs.regionCode,
    })
    .from(orgs)
    .innerJoin(
      budgetPublications,
      and(eq(budgetPublications.regionCode, orgs.regionCode), eq(budgetPublications.orgId, orgs.id)),
    )
    .where(and(eq(orgs.id, sql.placeholder('orgId')), eq(budgetPublications.year, sql.placeholder('year'))))
    .orderBy(desc(budgetPublications.version))
    .limit(1)
    .prepare('latest_publication_tag');
}
