// GET /api/health: the server is up and its database answers.
import type { RoutePlugin } from '../../http/route-plugin.ts';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../app-deps.ts';

export function healthRoutes(deps: AppDeps & { driver: string }): RoutePlugin {
  return async (app) => {
    app.get(
      '/api/health',
      { config: { access: 'public' }, schema: { tags: ['health'], summary: '健康检查' } },
      async () => {
        await deps.db.execute(sql`select 1`);
        return { ok: true, database: deps.driver };
      },
    );
  };
}
