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

export function publicRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
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
      async (request) => {
        const q = request.query;
        const page = await listForms(db, { kind: 'all' }, { ...q, status: 'published' });
        return { ...page, items: await withApprovedBudgets(db, page.items) };
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
      async (request) => {
        const { id } = request.params;
        const row = await findForm(db, id);
        if (!row || row.status !== 'published') throw formError('form-not-found');
        const stored = await loadStoredForm(db, row);
        const approval = await latestApproval(db, id);
        return { ...stored, approval: approval ?? null };
      },
    );
  };
}
