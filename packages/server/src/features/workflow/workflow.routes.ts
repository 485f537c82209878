// Workflow endpoints: one route per transition (each declares its role), history, review comments,
// reason codes, and the 批复 record.
import {
  approvalResponse,
  commentParams,
  commentsBody,
  commentsQuery,
  grades,
  historyResponse,
  idParams,
  reasonCodeList,
  reasonCodes,
  reviewCommentsResponse,
  reviewReasonsResponse,
  transitionBody,
  batchRequest,
  batchResponse,
  formActions,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { ALL_PAGES, formPageKey } from '../../http/public-page-tags.ts';
import { actorOf } from '../../http/access.ts';
import { formRules, type Action } from '../forms/form-transitions.ts';
import * as service from './workflow.service.ts';
import { batchTransition } from './workflow-batch.service.ts';

const routes: Record<Action, string> = {
  submit: '/api/forms/:id/submit',
  'review-return': '/api/forms/:id/review/return',
  'review-pass': '/api/forms/:id/review/pass',
  'finance-return': '/api/forms/:id/finance/return',
  approve: '/api/forms/:id/approve',
  publish: '/api/forms/:id/publish',
};

const readers = ['filler', 'reviewer', 'finance'] as const;

/**
 * A transition may publish a form or add its 批复: this process's public pages follow at once (other
 * processes hear it from the database, migration 0029).
 */
function forgetPublicForm(deps: AppDeps, id: string): void {
  deps.publicForms.forget(formPageKey(id));
  deps.publicLists.forget(ALL_PAGES);
}

const route = featureRoutes('workflow');

export function workflowRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    for (const action of formActions) {
      const rule = formRules[action];
      app.post(
        routes[action],
        route([rule.role], `${rule.label}（${rule.from.join('/')} → ${rule.to}）`, {
          params: idParams,
          body: transitionBody.nullish(),
        }),
        async (request) => {
          const { id } = request.params;
          const body = request.body ?? {};
          const done = await service.transition(
            db,
            deps.checkForm,
            actorOf(request),
            request.ip,
            id,
            action,
            body,
          );
          forgetPublicForm(deps, id);
          return done;
        },
      );
    }

    app.post(
      '/api/workflow/batch',
      route(['reviewer', 'finance'], '批量审核 / 退回 / 批复 / 公开（逐表检查与记录，有错误的表单跳过）', {
        body: batchRequest,
        response: { 200: batchResponse },
      }),
      async (request) => {
        const done = await batchTransition(db, deps.checkForm, actorOf(request), request.ip, request.body);
        for (const id of request.body.formIds) forgetPublicForm(deps, id);
        return done;
      },
    );

    app.get(
      '/api/forms/:id/history',
      route(readers, '流转记录', { params: idParams, response: { 200: historyResponse } }),
      async (request) => {
        const { id } = request.params;
        return { items: await service.history(db, actorOf(request), id) };
      },
    );

    app.get(
      '/api/forms/:id/comments',
      route(readers, '审核意见', {
        params: idParams,
        querystring: commentsQuery,
        response: { 200: reviewCommentsResponse },
      }),
      async (request) => {
        const { id } = request.params;
        const { open } = request.query;
        return { items: await service.comments(db, actorOf(request), id, open === 'true') };
      },
    );

    app.post(
      '/api/forms/:id/comments',
      route(['reviewer', 'finance'], '添加审核意见', {
        params: idParams,
        body: commentsBody,
        response: { 201: reviewCommentsResponse },
      }),
      async (request, reply) => {
        const { id } = request.params;
        const { comments } = request.body;
        return reply
          .status(201)
          .send({ items: await service.addComments(db, actorOf(request), request.ip, id, comments) });
      },
    );

    app.post(
      '/api/forms/:id/comments/:commentId/resolve',
      route(['filler'], '标记审核意见已处理', { params: commentParams }),
      async (request) => {
        const { id, commentId } = request.params;
        return service.resolveComment(db, actorOf(request), request.ip, id, commentId);
      },
    );

    app.get(
      '/api/forms/:id/approval',
      route(readers, '批复', { params: idParams, response: { 200: approvalResponse } }),
      async (request) => {
        const { id } = request.params;
        return service.approval(db, actorOf(request), id);
      },
    );

    app.get(
      '/api/review-reasons',
      route('authenticated', '审核意见原因代码', { response: { 200: reviewReasonsResponse } }),
      async () => ({
        items: reasonCodeList.map((code) => ({ code, label: reasonCodes[code] })),
        grades,
      }),
    );
  };
}
