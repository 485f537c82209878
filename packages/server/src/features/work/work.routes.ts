// /api/work/waiting: 待我处理 for the signed-in role; /api/reminders: 催报 sent by finance or a 主管部门 and
// marked read by the unit.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { markReminderRead, sendReminders } from './reminders.service.ts';
import { waitingWork } from './waiting.repo.ts';

/** Without a year: every year's waiting work (the 工作台 set to 全部年度). */
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const idParams = z.object({ id: z.uuid() });
const reminderBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    kind: z.enum(['monitoring', 'self-evaluation']),
    roundId: z.uuid().optional(),
    orgIds: z.array(z.uuid()).min(1).max(5000).optional(),
    message: z.string().trim().max(500, '催报说明不超过 500 字').optional(),
  })
  .strict();

export function workRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/work/waiting',
      {
        config: { access: ['filler', 'reviewer', 'finance'] },
        schema: {
          tags: ['work'],
          summary: '待我处理：表单、监控表、自评表、未提交的监控轮次和催报通知',
          querystring: yearQuery,
        },
      },
      async (request) => {
        const { year } = request.query as z.output<typeof yearQuery>;
        return { items: await waitingWork(db, actorOf(request), year) };
      },
    );
    app.post(
      '/api/reminders',
      {
        config: { access: ['finance', 'reviewer'] },
        schema: { tags: ['work'], summary: '催报：提醒尚未提交监控表或自评表的单位', body: reminderBody },
      },
      async (request, reply) => {
        const body = request.body as z.output<typeof reminderBody>;
        return reply
          .status(201)
          .send(await sendReminders(db, deps.mailer, actorOf(request), request.ip, body));
      },
    );
    app.post(
      '/api/reminders/:id/read',
      {
        config: { access: ['filler'] },
        schema: { tags: ['work'], summary: '本单位已知悉催报通知', params: idParams },
      },
      async (request) =>
        markReminderRead(db, actorOf(request), (request.params as z.output<typeof idParams>).id),
    );
  };
}
