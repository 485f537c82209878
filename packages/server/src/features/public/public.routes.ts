// /api/public: what the public (no account) may read — published forms and their 批复 only.
import { idParams, publicListQuery as listQuery } from '@jixiao/core/contracts';
import type { RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { formError } from '../forms/forms.errors.ts';
import { findForm, listForms } from '../forms/forms.repo.ts';
import { loadStoredForm } from '../forms/forms.service.ts';
import { latestApproval } from '../workflow/workflow.repo.ts';
import { approvalsOf } from '../evaluation-common/approved-project.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { etagOf, PagesByTag, sendNotModified } from '../../http/etag.ts';
import { publicFormTag, publicListTag } from './public.repo.ts';

export function publicRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  const pages = new PagesByTag();
  return async (app) => {
    app.get(
      '/api/public/forms',
      {
        config: { access: 'public' },
        schema: { tags: ['public'], summary: '已公开的表单', querystring: listQuery },
      },
      async (request, reply) => {
        const { cursor, ...q } = request.query;
        const after = cursor === undefined ? undefined : decodeCursor(cursor);
        const tagState = await publicListTag(db);
        const etag = etagOf(['public-forms', request.url, tagState]);
        if (sendNotModified(request, reply, etag)) return reply;
        const kept = pages.get(etag);
        if (kept) return reply.type('application/json; charset=utf-8').send(kept);
        const page = await listForms(db, { kind: 'all' }, { ...q, after, status: 'published' });
        // The public reads one figure per meaning: the budget finance approved (批复), as the detail shows.
        const approved = new Map<
          string,
          { budgetTotal: string | null; budgetCurrent: string | null; at: Date }
        >();
        for (const a of await approvalsOf(
          db,
          page.items.map((i) => i.id),
        )) {
          const seen = approved.get(a.formId);
          if (!seen || seen.at < a.createdAt)
            approved.set(a.formId, {
              budgetTotal: a.budgetTotal,
              budgetCurrent: a.budgetCurrent,
              at: a.createdAt,
            });
        }
        const body = Buffer.from(
          JSON.stringify({
            ...page,
            items: page.items.map((i) => {
              const a = approved.get(i.id);
              return a
                ? { ...i, budgetTotal: a.budgetTotal, budgetCurrent: a.budgetCurrent, budgetApproved: true }
                : i;
            }),
          }),
        );
        // Kept only when nothing was written while it was built (the tag would no longer name it).
        if ((await publicListTag(db)) === tagState) pages.keep(etag, body);
        return reply.type('application/json; charset=utf-8').send(body);
      },
    );
    app.get(
      '/api/public/forms/:id',
      {
        config: { access: 'public' },
        schema: { tags: ['public'], summary: '已公开的表单详情', params: idParams },
      },
      async (request, reply) => {
        const { id } = request.params;
        const tag = await publicFormTag(db, id);
        if (!tag || tag.status !== 'published') throw formError('form-not-found');
        const etag = etagOf(['public-form', id, tag.version, tag.updatedAt, tag.orgName, tag.approvedAt]);
        if (sendNotModified(request, reply, etag)) return reply;
        const kept = pages.get(etag);
        if (kept) return reply.type('application/json; charset=utf-8').send(kept);
        const row = await findForm(db, id);
        if (!row || row.status !== 'published') throw formError('form-not-found');
        const stored = await loadStoredForm(db, row);
        const approval = await latestApproval(db, id);
        const body = Buffer.from(JSON.stringify({ ...stored, approval: approval ?? null }));
        const now = await publicFormTag(db, id);
        if (now && etagOf(['public-form', id, now.version, now.updatedAt, now.orgName, now.approvedAt]) === etag)
          pages.keep(etag, body);
        return reply.type('application/json; charset=utf-8').send(body);
      },
    );
  };
}
