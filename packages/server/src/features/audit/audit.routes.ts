// GET /api/audit: the audit log, newest first, for administrators; a page ends with nextCursor (keyset on id).
import { auditQuery } from '@jixiao/core/contracts';
import type { RoutePlugin } from '../../http/route-plugin.ts';
import { listAudit } from './audit.repo.ts';
import { decodeIdCursor } from '../../http/list-cursor.ts';
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
        const { cursor, ...q } = request.query;
        // A cursor stands for the last entry of the page before: the entries before it come next.
        return listAudit(deps.db, cursor === undefined ? q : { ...q, beforeId: decodeIdCursor(cursor) });
      },
    );
  };
}
