// Workflow endpoints: one route per transition (each declares its role), history, review comments,
// reason codes, and the 批复 record.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { grades, reasonCodeList, reasonCodes, transitionRules, type Action } from './transitions.ts';
import * as service from './workflow.service.ts';
import { batchRequest } from './workflow-batch.schema.ts';
import { batchTransition } from './workflow-batch.service.ts';

/** 万元, at most six decimals (1 元 = 0.0001 万元; the 分 fit too). */
const amount = /^\d{1,12}(\.\d{1,6})?$/;
const idParams = z.object({ id: z.uuid() });
const commentParams = z.object({ id: z.uuid(), commentId: z.uuid() });
const commentSchema = z
  .object({
    pointer: z.string().max(300).optional(),
    indicatorId: z.uuid().optional(),
    reason: z.enum(reasonCodeList),
    text: z.string().trim().min(1).max(2000),
  })
  .refine((c) => c.pointer !== undefined || c.indicatorId !== undefined, {
    message: '须指明字段（pointer）或指标（indicatorId）',
    path: ['pointer'],
  });
const transitionBody = z.object({
  opinion: z.string().max(5000).optional(),
  grade: z.enum(grades).optional(),
  comments: z.array(commentSchema).max(200).optional(),
  approvedBudget: z
    .object({
      total: z.string().regex(amount, '批复金额须为以万元为单位的数字').optional(),
      current: z.string().regex(amount, '批复金额须为以万元为单位的数字').optional(),
      /** The sources as approved, when the approved total differs from the one asked. */
      sources: z
        .array(
          z.object({
            name: z.string().trim().min(1).max(200),
            amount: z.string().regex(amount, '批复金额须为以万元为单位的数字').nullable(),
          }),
        )
        .max(50)
        .optional(),
    })
    .optional(),
});
const commentsBody = z.object({ comments: z.array(commentSchema).min(1).max(200) });
const commentsQuery = z.object({ open: z.enum(['true', 'false']).optional() });

const routes: Record<Action, string> = {
  submit: '/api/forms/:id/submit',
  'review-return': '/api/forms/:id/review/return',
  'review-pass': '/api/forms/:id/review/pass',
  'finance-return': '/api/forms/:id/finance/return',
  approve: '/api/forms/:id/approve',
  publish: '/api/forms/:id/publish',
};

const readers = ['filler', 'reviewer', 'finance'] as const;

export function workflowRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    for (const [action, url] of Object.entries(routes) as [Action, string][]) {
      const rule = transitionRules[action];
      app.post(
        url,
        {
          config: { access: [rule.role] },
          schema: {
            tags: ['workflow'],
            summary: `${rule.label}（${rule.from.join('/')} → ${rule.to}）`,
            params: idParams,
            body: transitionBody.nullish(),
          },
        },
        async (request) => {
          const { id } = request.params as z.output<typeof idParams>;
          const body = (request.body ?? {}) as z.output<typeof transitionBody>;
          return service.transition(db, deps.checkForm, actorOf(request), request.ip, id, action, body);
        },
      );
    }

    app.post(
      '/api/workflow/batch',
      {
        config: { access: ['reviewer', 'finance'] },
        schema: {
          tags: ['workflow'],
          summary: '批量审核 / 退回 / 批复 / 公开（逐表检查与记录，有错误的表单跳过）',
          body: batchRequest,
        },
      },
      async (request) =>
        batchTransition(
          db,
          deps.checkForm,
          actorOf(request),
          request.ip,
          request.body as z.output<typeof batchRequest>,
        ),
    );

    app.get(
      '/api/forms/:id/history',
      { config: { access: readers }, schema: { tags: ['workflow'], summary: '流转记录', params: idParams } },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        return { items: await service.history(db, actorOf(request), id) };
      },
    );

    app.get(
      '/api/forms/:id/comments',
      {
        config: { access: readers },
        schema: { tags: ['workflow'], summary: '审核意见', params: idParams, querystring: commentsQuery },
      },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        const { open } = request.query as z.output<typeof commentsQuery>;
        return { items: await service.comments(db, actorOf(request), id, open === 'true') };
      },
    );

    app.post(
      '/api/forms/:id/comments',
      {
        config: { access: ['reviewer', 'finance'] },
        schema: { tags: ['workflow'], summary: '添加审核意见', params: idParams, body: commentsBody },
      },
      async (request, reply) => {
        const { id } = request.params as z.output<typeof idParams>;
        const { comments } = request.body as z.output<typeof commentsBody>;
        return reply
          .status(201)
          .send({ items: await service.addComments(db, actorOf(request), request.ip, id, comments) });
      },
    );

    app.post(
      '/api/forms/:id/comments/:commentId/resolve',
      {
        config: { access: ['filler'] },
        schema: { tags: ['workflow'], summary: '标记审核意见已处理', params: commentParams },
      },
      async (request) => {
        const { id, commentId } = request.params as z.output<typeof commentParams>;
        return service.resolveComment(db, actorOf(request), request.ip, id, commentId);
      },
    );

    app.get(
      '/api/forms/:id/approval',
      { config: { access: readers }, schema: { tags: ['workflow'], summary: '批复', params: idParams } },
      async (request) => {
        const { id } = request.params as z.output<typeof idParams>;
        return service.approval(db, actorOf(request), id);
      },
    );

    app.get(
      '/api/review-reasons',
      { config: { access: 'authenticated' }, schema: { tags: ['workflow'], summary: '审核意见原因代码' } },
      async () => ({
        items: Object.entries(reasonCodes).map(([code, label]) => ({ code, label })),
        grades,
      }),
    );
  };
}
