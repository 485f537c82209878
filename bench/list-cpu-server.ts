// A server over DATABASE_URL with its caches off, in a process of its own (for list-cpu.ts, and the server
// bench's uncached server on PostgreSQL): counts the statements its pool sends, and answers its own CPU time,
// by IPC.
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig, testConfig } from '../packages/server/src/config.ts';
import { fromPostgres } from '../packages/server/src/db/client.ts';

const counter = { statements: 0, requests: 0 };
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  counter.statements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

// POOL: the pool's size (by default what a deployment opens, DATABASE_POOL_SIZE's default); LIST_POOL: the
// generic-plan pool's for the prepared list statements (db/client.ts; by default half of POOL; 0: none, every
// statement planned for its values).
const pool = Number(process.env.POOL ?? loadConfig({}).databasePoolSize);
const database = fromPostgres(
  process.env.DATABASE_URL!,
  pool,
  process.env.LIST_POOL === undefined ? undefined : Number(process.env.LIST_POOL),
);
const app = await buildApp({
  config: testConfig({ loginRatePerMinute: 100000, formCacheSeconds: 0 }),
  database,
});
await app.listen({ host: '127.0.0.1', port: 0 });
app.server.on('request', () => counter.requests++);
process.on('message', () => {
  const cpu = process.cpuUsage();
  process.send!({ ...counter, cpuMs: (cpu.user + cpu.system) / 1000 });
});
process.send!({ port: (app.server.address() as { port: number }).port });
process.on('SIGTERM', () => process.exit(0)); // so that --cpu-prof (SERVER_ARGS) is written
