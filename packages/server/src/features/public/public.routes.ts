// /api/public: what the public (no account) may read — published forms and their 批复 only.
import { idParams, publicForm, publicFormList, publicListQuery as listQuery } from '@jixiao/core/contracts';
import type { RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/client.ts';
import { formError } from '../forms/forms.errors.ts';
import { findForm, listForms } from '../forms/forms.repo.ts';
import { loadStoredForm } from '../forms/forms.service.ts';
import { latestApproval } from '../workflow/workflow.repo.ts';
import { approvalsOf } from '../evaluation-common/approved-project.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { etagOf, PagesByTag, sendJsonBytes, sendNotModified } from '../../http/etag.ts';
import { formPageKey, listPageKey } from '../../http/public-page-tags.ts';
import { createHash } from 'node:crypto';
import { publicFormTag } from './public.repo.ts';

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

/** A public form as answered (and kept under its tag). */
function publicFormPage(
  stored: Awaited<ReturnType<typeof loadStoredForm>>,
  approval: Awaited<ReturnType<typeof latestApproval>>,
) {
  return { ...stored, approval: approval ?? null };
}

export function publicRoutes(deps: AppDeps): RoutePlugin {
  const { db, publicForms, publicLists } = deps;
  const formPages = new PagesByTag<Buffer>();
  return async (app) => {
    app.get(
      '/api/public/forms',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '已公开的表单',
          querystring: listQuery,
          response: { 200: publicFormList },
        },
      },
      async (request, reply) => {
        const { cursor, ...q } = request.query;
        const after = cursor === undefined ? undefined : decodeCursor(cursor);
        // Built once per address, encoded once, and kept until a published form, a 批复 or a department
        // changes (announced by the database, migration 0029); its tag is the hash of its bytes.
        const listed = await publicLists.load(listPageKey(request.url), async () => {
          const page = await listForms(db, { kind: 'all' }, { ...q, after, status: 'published' });
          const bytes = Buffer.from(JSON.stringify(publicFormList.encode(await publicListPage(db, page))));
          return {
            etag: etagOf(['public-forms', createHash('sha256').update(bytes).digest('base64url')]),
            bytes,
          };
        });
        if (!listed) throw new Error('a public list page is always built');
        if (sendNotModified(request, reply, listed.etag)) return reply;
        return sendJsonBytes(reply, listed.bytes);
      },
    );
    app.get(
      '/api/public/forms/:id',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '已公开的表单详情',
          params: idParams,
          response: { 200: publicForm },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        // The tag is read once, then kept until a change of the form, its 批复 or its department is
        // announced (migration 0029); the page is kept as bytes under its tag.
        const tag = await publicForms.load(formPageKey(id), async () => {
          const t = await publicFormTag(db, id);
          if (!t || t.status !== 'published') return undefined;
          return { etag: etagOf(['public-form', id, t.version, t.updatedAt, t.orgName, t.approvedAt]) };
        });
        if (!tag) throw formError('form-not-found');
        if (sendNotModified(request, reply, tag.etag)) return reply;
        const kept = formPages.get(tag.etag);
        if (kept) return sendJsonBytes(reply, kept);
        const mark = publicForms.begin();
        const row = await findForm(db, id);
        if (!row || row.status !== 'published') throw formError('form-not-found');
        const stored = await loadStoredForm(db, row);
        const approval = await latestApproval(db, id);
        // Encoded through the route's contract once, as its serialiser would, and sent as bytes.
        const bytes = Buffer.from(JSON.stringify(publicForm.encode(publicFormPage(stored, approval))));
        // Kept only when nothing was announced while it was built (the tag would no longer name it).
        if (publicForms.unchangedSince(mark)) formPages.keep(tag.etag, bytes);
        return sendJsonBytes(reply, bytes);
      },
    );
  };
}
