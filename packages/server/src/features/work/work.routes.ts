// /api/work/waiting: 待我处理 for the signed-in role; /api/reminders: 催报 sent by finance or a 主管部门 and
// marked read by the unit.
import {
  idParams,
  reminderBody,
  reminderReadResponse,
  reminderResult,
  waitingQuery as yearQuery,
  waitingResponse,
} from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { markReminderRead, sendReminders } from './reminders.service.ts';
import { waitingWork } from './waiting.repo.ts';

const route = featureRoutes('work');

export function workRoutes(deps: AppDeps): RoutePlugin {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/work/waiting',
      route(['filler', 'reviewer', 'finance'], '待我处理：表单、监控表、自评表、未提交的监控轮次和催报通知', {
        querystring: yearQuery,
        response: { 200: waitingResponse },
      }),
      async (request) => {
        const { year } = request.query;
        return { items: await waitingWork(db, actorOf(request), year) };
      },
    );
    app.post(
      '/api/reminders',
      route(['finance', 'reviewer'], '催报：提醒尚未提交监控表或自评表的单位', {
        body: reminderBody,
        response: { 201: reminderResult },
      }),
      async (request, reply) => {
        const body = request.body;
        return reply
          .status(201)
          .send(await sendReminders(db, deps.mailer, actorOf(request), request.ip, body));
      },
    );
    app.post(
      '/api/reminders/:id/read',
      route(['filler'], '本单位已知悉催报通知', {
        params: idParams,
        response: { 200: reminderReadResponse },
      }),
      async (request) => markReminderRead(db, actorOf(request), request.params.id),
    );
  };
}
