// A published form's public page (GET /api/public/forms/:id) as bytes, rendered when the form is published
// and stored beside it (public_form_pages, migration 0032), so that an anonymous read is one prepared,
// indexed statement — the form's tag and its stored page together — instead of the form, its goals, its
// indicators and its 批复 read and encoded through the contract per request.
// The stored page carries the tag it was rendered under; a read serves it only while the form's current tag
// is that one. A page rendered by nobody (a form published before 0032, by SQL, or restored from a backup)
// or left behind (a department renamed, a form changed by hand) is rendered and stored on its first read.
import { gzipSync } from 'node:zlib';
import { and, desc, eq, sql } from 'drizzle-orm';
import { formWithId } from '../../db/key-join.ts';
import { publicForm } from '@jixiao/core/contracts';
import type { Db, Executor } from '../../db/client.ts';
import { approvals, forms, orgs, publicFormPages } from '../../db/schema.ts';
import { etagOf } from '../../http/etag.ts';
import type { PublicFormTag } from '../../http/public-page-tags.ts';
import { findForm } from '../forms/forms.repo.ts';
import { loadStoredForm } from '../forms/forms.service.ts';
import { latestFormApproval, publicFormTag } from './public.repo.ts';

/** What names a form's page: its version and last change, its department's name and its latest 批复. */
export interface FormPageSource {
  version: number;
  updatedAt: string;
  orgName: string;
  approvedAt: string | null;
}

/** A page's bytes as sent, plain and gzip-compressed. */
export interface FormPageBytes {
  plain: Buffer;
  gzip: Buffer;
}

/** The tags of a form's page, one per representation. */
export function formPageTag(id: string, s: FormPageSource): PublicFormTag {
  const etag = (coding: string) =>
    etagOf(['public-form', id.toLowerCase(), s.version, s.updatedAt, s.orgName, s.approvedAt, coding]);
  return { etag: { identity: etag('identity'), gzip: etag('gzip') } };
}

/**
 * A published form's tag and its stored page, in one statement (one snapshot: a stored page whose tag is
 * the current one is exactly the current page). Prepared once per database; no region in the request, so
 * the form is found by its id (formWithId: its key's region and year first, so its year's partition only)
 * and its page by the form's whole key.
 */
export function publicFormPageQuery(db: Db) {
  const approvedAt = db
    .select({ at: sql<string>`${approvals.createdAt}::text`.as('approved_at') })
    .from(approvals)
    .where(and(eq(approvals.regionCode, forms.regionCode), eq(approvals.formId, forms.id)))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  return db
    .select({
      status: forms.status,
      version: forms.version,
      updatedAt: sql<string>`${forms.updatedAt}::text`,
      orgName: orgs.name,
      approvedAt: sql<string | null>`(${approvedAt})`,
      pageEtag: publicFormPages.etag,
      body: publicFormPages.body,
      gzip: publicFormPages.gzip,
    })
    .from(forms)
    .innerJoin(orgs, eq(orgs.id, forms.orgId))
    .leftJoin(
      publicFormPages,
      and(eq(publicFormPages.regionCode, forms.regionCode), eq(publicFormPages.formId, forms.id)),
    )
    .where(formWithId(sql.placeholder('id')))
    .limit(1)
    .prepare('public_form_page');
}

/** A row of `publicFormPageQuery`: the form's tag, and its stored page when that page is the current one. */
export function storedPage(
  id: string,
  row: Awaited<ReturnType<ReturnType<typeof publicFormPageQuery>['execute']>>[number] | undefined,
): { tag: PublicFormTag; page?: FormPageBytes } | undefined {
  if (!row || row.status !== 'published') return undefined;
  const tag = formPageTag(id, row);
  if (row.pageEtag !== tag.etag.identity || row.body === null || row.gzip === null) return { tag };
  return { tag, page: { plain: Buffer.from(row.body), gzip: Buffer.from(row.gzip) } };
}

/**
 * Renders a published form's page from the form as the route's contract encodes it (the same bytes its
 * serialiser would send). The tag is read first: a change after it leaves the page under an older tag,
 * which a read then finds stale and renders again — never a current tag over older bytes.
 */
export async function renderPublicFormPage(ex: Executor, id: string) {
  const source = await publicFormTag(ex, id);
  if (!source || source.status !== 'published') return undefined;
  const row = await findForm(ex, id);
  if (!row || row.status !== 'published') return undefined;
  const stored = await loadStoredForm(ex, row);
  const approval = await latestFormApproval(ex, id);
  const body = JSON.stringify(publicForm.encode({ ...stored, approval: approval ?? null }));
  const plain = Buffer.from(body);
  return {
    regionCode: row.regionCode,
    tag: formPageTag(id, source),
    body,
    page: { plain, gzip: gzipSync(plain) },
  };
}

/**
 * Renders and stores a form's public page (in the caller's transaction: publishing stores it with the
 * transition), or removes the stored page of a form that is not published. Returns what was stored.
 */
export async function storePublicFormPage(ex: Executor, id: string) {
  const rendered = await renderPublicFormPage(ex, id);
  if (!rendered) {
    await ex.delete(publicFormPages).where(eq(publicFormPages.formId, id));
    return undefined;
  }
  const values = { etag: rendered.tag.etag.identity, body: rendered.body, gzip: rendered.page.gzip };
  await ex
    .insert(publicFormPages)
    .values({ regionCode: rendered.regionCode, formId: id, ...values })
    .onConflictDoUpdate({ target: [publicFormPages.regionCode, publicFormPages.formId], set: values });
  return rendered;
}
