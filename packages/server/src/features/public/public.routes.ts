// /api/public: what the public (no account) may read — published forms and their 批复 only.
import { idParams, publicForm, publicFormList, publicListQuery as listQuery } from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import { formError } from '../forms/forms.errors.ts';
import { listForms } from '../forms/forms.repo.ts';
import { approvalsOf } from '../evaluation-common/approved-project.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { acceptsGzip, etagOf, PagesByTag, sendJsonBytes, sendNotModified } from '../../http/etag.ts';
import { formPageKey, listPageKey } from '../../http/public-page-tags.ts';
import { preferredCoding, type ContentCoding } from '../../http/content-coding.ts';
import { compressCopies } from '../../http/compressed-copies.ts';
import { createHash } from 'node:crypto';
import {
  publicFormPageQuery,
  storedPage,
  storePublicFormPage,
  type FormPageBytes,
} from './public-form-page.ts';

type ListedForm = Awaited<ReturnType<typeof listForms>>['items'][number];

/**
 * The public reads one figure per meaning: the budget finance approved (批复), as the detail shows — the
 * latest 批复's budget replaces the declared one, marked `budgetApproved`.
 */
async function withApprovedBudgets(db: Db, items: ListedForm[]) {
  const approved = new Map<string, { budgetTotal: string | null; budgetCurrent: string | null; at: Date }>();
  for (const a of await approvalsOf(
    db,
    items.map((i) => i.id),
  )) {
    const seen = approved.get(a.formId);
    if (!seen || seen.at < a.createdAt)
      approved.set(a.formId, { budgetTotal: a.budgetTotal, budgetCurrent: a.budgetCurrent, at: a.createdAt });
  }
  return items.map((i) => {
    const a = approved.get(i.id);
    return a ? { ...i, budgetTotal: a.budgetTotal, budgetCurrent: a.budgetCurrent, budgetApproved: true } : i;
  });
}

/** A page of the public list as answered (and kept under its tag). */
async function publicListPage(db: Db, page: Awaited<ReturnType<typeof listForms>>) {
  return { ...page, items: await withApprovedBudgets(db, page.items) };
}

const route = featureRoutes('public');

/**
 * Brotli's quality for a page of the public list: it is compressed when it is built, on the request that
 * finds it not kept, so a quality whose CPU stays under a millisecond (bench/page-compression.ts: 5 is 1.2 ms
 * for an 87 KB page, within 2 % of 8's bytes; 11 is ~100 times that).
 */
const LIST_BROTLI_QUALITY = 5;

export function publicRoutes(deps: AppDeps): RoutePlugin {
  const { db, publicForms, publicLists } = deps;
  const formPages = new PagesByTag<FormPageBytes>();
  const pageQuery = publicFormPageQuery(db);
  return async (app) => {
    app.get(
      '/api/public/forms',
      route('public', '已公开的表单', { querystring: listQuery, response: { 200: publicFormList } }),
      async (request, reply) => {
        const { cursor, ...q } = request.query;
        const after = cursor === undefined ? undefined : decodeCursor(cursor);
        // Built once per address, encoded and compressed once, and kept until a published form, a 批复 or a
        // department changes (announced by the database, migration 0029); its tags are the hash of its bytes.
        const listed = await publicLists.load(listPageKey(request.url), async () => {
          const page = await listForms(db, { kind: 'all' }, { ...q, after, status: 'published' });
          const bytes = Buffer.from(JSON.stringify(publicFormList.encode(await publicListPage(db, page))));
          const hash = createHash('sha256').update(bytes).digest('base64url');
          const tag = (coding: ContentCoding) =>
            etagOf(coding === 'identity' ? ['public-forms', hash] : ['public-forms', hash, coding]);
          return {
            etag: { identity: tag('identity'), gzip: tag('gzip'), br: tag('br') },
            bytes,
            ...(await compressCopies(bytes, LIST_BROTLI_QUALITY)),
          };
        });
        if (!listed) throw new Error('a public list page is always built');
        const coding = preferredCoding(request.headers['accept-encoding']);
        reply.header('vary', 'accept-encoding');
        if (sendNotModified(request, reply, listed.etag[coding])) return reply;
        if (coding === 'identity') return sendJsonBytes(reply, listed.bytes);
        return sendJsonBytes(reply.header('content-encoding', coding), listed[coding]);
      },
    );
    app.get(
      '/api/public/forms/:id',
      route('public', '已公开的表单详情', { params: idParams, response: { 200: publicForm } }),
      async (request, reply) => {
        const { id } = request.params;
        // The tag is read once with the stored page (one prepared statement), then kept until a change of
        // the form, its 批复 or its department is announced (migration 0029); the page is kept as bytes.
        const tag = await publicForms.load(formPageKey(id), async () => {
          const found = storedPage(id, (await pageQuery.execute({ id }))[0]);
          // Read in the tag's own snapshot: the bytes are exactly what the tag names.
          if (found?.page) formPages.keep(found.tag.etag.identity, found.page);
          return found && found.tag;
        });
        if (!tag) throw formError('form-not-found');
        const gzip = acceptsGzip(request);
        reply.header('vary', 'accept-encoding');
        if (sendNotModified(request, reply, gzip ? tag.etag.gzip : tag.etag.identity)) return reply;
        let page = formPages.get(tag.etag.identity);
        if (!page) {
          // Not kept here (or no stored page is current): the stored page, or rendered and stored now.
          const mark = publicForms.begin();
          const found = storedPage(id, (await pageQuery.execute({ id }))[0]);
          if (!found) throw formError('form-not-found'); // unpublished since its tag was read
          let built = found.page && { tag: found.tag, page: found.page };
          if (!built) {
            const rendered = await storePublicFormPage(db, id);
            if (!rendered) throw formError('form-not-found');
            built = rendered;
            // Kept only when nothing was announced while it was rendered (its tag may be older than its bytes).
            if (publicForms.unchangedSince(mark)) formPages.keep(built.tag.etag.identity, built.page);
          } else formPages.keep(built.tag.etag.identity, built.page);
          page = built.page;
          // The tag of the bytes sent (the form may have changed since the kept tag was read).
          reply.header('etag', gzip ? built.tag.etag.gzip : built.tag.etag.identity);
        }
        if (!gzip) return sendJsonBytes(reply, page.plain);
        return sendJsonBytes(reply.header('content-encoding', 'gzip'), page.gzip);
      },
    );
  };
}
