// The store of @fastify/rate-limit kept in the database (table rate_limits), so that a limit holds
// across every process of a deployment and survives a restart. One statement per counted request:
// an upsert that starts a new window when the old one is over, and returns the count and the time
// left. Only the login route is rate-limited, so this costs nothing on ordinary requests.
import { lt, sql } from 'drizzle-orm';
import type {
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
  RateLimitPluginOptions,
} from '@fastify/rate-limit';
import { queryRows, type Db } from '../db/client.ts';
import { rateLimits } from '../db/schema.ts';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

/** Counts one request of `key` in a window of `windowMs`; returns the count and the ms left. */
export async function countRequest(
  db: Db,
  key: string,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const rows = await queryRows<{ count: number; ttl: string | number }>(
    db,
    sql`insert into ${rateLimits} (key, window_start, count) values (${key}, now(), 1)
        on conflict (key) do update set
          count = case when ${rateLimits.windowStart} + make_interval(secs => ${windowMs / 1000}) <= now()
                       then 1 else ${rateLimits.count} + 1 end,
          window_start = case when ${rateLimits.windowStart} + make_interval(secs => ${windowMs / 1000}) <= now()
                       then now() else ${rateLimits.windowStart} end
        returning count,
          greatest(0, extract(epoch from (window_start + make_interval(secs => ${windowMs / 1000}) - now())) * 1000) as ttl`,
  );
  const r = rows[0]!;
  return { current: Number(r.count), ttl: Math.ceil(Number(r.ttl)) };
}

/** Forgets windows that ended long ago (called now and then, never on the request's path). */
export async function pruneRateLimits(db: Db, olderThanMs = 24 * 3600_000): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(Date.now() - olderThanMs)));
}

export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options?: RateLimitPluginOptions,
      private readonly prefix = 'rl:',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      countRequest(db, this.prefix + key, timeWindow).then(
        (r) => callback(null, r),
        (e: unknown) => callback(e as Error),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // At run time the plugin passes its merged parameters, with the route in `routeInfo`.
      const route =
        (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo ?? routeOptions;
      return new DatabaseStore(undefined, `${this.prefix}${String(route.method)}${String(route.url)}:`);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}
