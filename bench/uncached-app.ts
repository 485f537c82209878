// The server the benches measure uncached (list-cpu-server.ts, tail-probe-server.ts): built over DATABASE_URL with
// its caches off and a login rate no bench reaches, its pool as POOL / LIST_POOL say (else as a deployment opens it).
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig, testConfig } from '../packages/server/src/config.ts';
import { fromPostgres } from '../packages/server/src/db/client.ts';

/** POOL: the pool's size; by default what a deployment opens (DATABASE_POOL_SIZE's default). */
export const benchPoolSize = () => Number(process.env.POOL ?? loadConfig({}).databasePoolSize);

/**
 * Builds the uncached server on a pool of `poolSize` connections; LIST_POOL: the generic-plan pool's size for the
 * prepared list statements (db/client.ts; by default half of the pool; 0: none, every statement planned for its
 * values). `scheduledCleanup`: as buildApp's (a cluster's workers leave it to the primary).
 */
export async function buildUncachedApp(poolSize: number, scheduledCleanup?: boolean) {
  const database = fromPostgres(
    process.env.DATABASE_URL!,
    poolSize,
    process.env.LIST_POOL === undefined ? undefined : Number(process.env.LIST_POOL),
  );
  return buildApp({
    config: testConfig({ loginRatePerMinute: 100000, formCacheSeconds: 0 }),
    database,
    scheduledCleanup,
  });
}
