// GET /api/audit: the audit log, newest first, for administrators.
import { auditQuery } from '@jixiao/core/contracts';
import type { RoutePlugin } from '../../http/route-plugin.ts';
import { listAudit } from './audit.repo.ts';
import type { AppDeps } from '../../app-deps.ts';

export function auditRoutes(deps: AppDeps): RoutePlugin {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: ['admin'] },
        schema: { tags: ['audit'], summary: '审计日志（管理员）', querystring: auditQuery },
      },
      async (request) => {
        const q = request.query;
        const items = await listAudit(deps.db, q);
        return { items };
      },
    );
  };
}
