// GET /api/audit: the audit log of the administrator's region, newest first; a page ends with nextCursor (keyset on id).
import { auditQuery } from '@jixiao/core/contracts';
import { featureRoutes, type RoutePlugin } from '../../http/route-plugin.ts';
import { listAuditJson } from './audit.repo.ts';
import { decodeIdCursor } from '../../http/list-cursor.ts';
import { actorOf } from '../../http/access.ts';
import type { AppDeps } from '../../app-deps.ts';

const route = featureRoutes('audit');

export function auditRoutes(deps: AppDeps): RoutePlugin {
  return async (app) => {
    app.get(
      '/api/audit',
      route(['admin'], '审计日志（管理员）', { querystring: auditQuery }),
      async (request, reply) => {
        const { cursor, ...q } = request.query;
        // A cursor stands for the last entry of the page before: the entries before it come next.
        const query = cursor === undefined ? q : { ...q, beforeId: decodeIdCursor(cursor) };
        // The page's text as its statement wrote it (audit.repo.ts), sent as it is.
        const json = await listAuditJson(deps.db, actorOf(request).regionCode, query);
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );
  };
}
