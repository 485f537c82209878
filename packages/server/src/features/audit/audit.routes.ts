// GET /api/audit: the audit log, newest first, for administrators.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { listAudit } from './audit.repo.ts';
import type { AppDeps } from '../../app-deps.ts';

const query = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function auditRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: ['admin'] },
        schema: { tags: ['audit'], summary: '审计日志（管理员）', querystring: query },
      },
      async (request) => {
        const q = request.query as z.output<typeof query>;
        const items = await listAudit(deps.db, q);
        return { items };
      },
    );
  };
}
