// /api/dashboards: the figures of the 财政 (all) and 主管部门 (its subtree) dashboards for one year.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../http/access.ts';
import { dashboard } from './dashboards.service.ts';

const query = z.object({
  year: z.coerce
    .number({ message: '年度须为数字' })
    .int('年度须为整数')
    .min(2000, '年度须在 2000 至 2100 之间')
    .max(2100, '年度须在 2000 至 2100 之间')
    .optional(),
});

export function dashboardRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/api/dashboards',
      {
        config: { access: ['finance', 'reviewer'] },
        schema: {
          tags: ['dashboards'],
          summary: '统计看板（财政：全部；主管部门：本部门及下属单位）',
          querystring: query,
        },
      },
      async (request) => {
        const q = request.query as z.output<typeof query>;
        return dashboard(deps.db, deps.checkForm, actorOf(request), q);
      },
    );
  };
}
