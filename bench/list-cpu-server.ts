// A server over DATABASE_URL with its caches off, in a process of its own (for list-cpu.ts, and the server
// bench's uncached server on PostgreSQL): counts the statements its pool sends, and answers its own CPU time,
// by IPC.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig, testConfig } from '../packages/server/src/config.ts';
import { fromPostgres } from '../packages/server/src/db/client.ts';

const counter = { statements: 0, requests: 0 };
// Where a slow request's time went, in this process: its garbage collections (count, total and longest pause)
// and the event loop's delay (a request that waits for the loop waits whatever the database does).
const gc = { count: 0, ms: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count++;
    gc.ms += e.duration;
    gc.maxMs = Math.max(gc.maxMs, e.duration);
  }
}).observe({ entryTypes: ['gc'] });
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
// The time each request spent in the server (from its parse to its answer sent), by the millisecond, and when
// it ended (ms since the run's reset): a tail made in a run's first moments is told from one spread over it.
const inServer: number[] = [];
const endedAt: number[] = [];
let runStart = performance.now();
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
app.addHook('onResponse', async (_request, reply) => {
  inServer.push(reply.elapsedTime);
  endedAt.push(performance.now() - runStart);
});
await app.listen({ host: '127.0.0.1', port: 0 });
app.server.on('request', () => counter.requests++);
process.on('message', (m) => {
  const cpu = process.cpuUsage();
  const times = [...inServer].sort((a, b) => a - b);
  // The in-server p99 and worst of the requests that ended in the run's first `ms`, and of the others.
  const split = (_sorted: number[], ms: number) => {
    const early: number[] = [];
    const late: number[] = [];
    inServer.forEach((t, i) => (endedAt[i]! < ms ? early : late).push(t));
    const p = (xs: number[], q: number) =>
      xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
    return {
      early: { n: early.length, p99: p(early, 0.99), max: p(early, 1) },
      late: { n: late.length, p99: p(late, 0.99), max: p(late, 1) },
    };
  };
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  process.send!({
    ...counter,
    cpuMs: (cpu.user + cpu.system) / 1000,
    gc: { ...gc },
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
    inServerP50Ms: at(0.5),
    inServerP99Ms: at(0.99),
    firstSecond: split(times, 1000),
    // The young generation's size now (MB): V8 shrinks it in a quiet spell, and a run then starts with more
    // scavenges (and more objects promoted) until it has grown again.
    newSpaceMb:
      (getHeapSpaceStatistics().find((x) => x.space_name === 'new_space')?.space_size ?? 0) / 2 ** 20,
  });
  // '?reset': the figures above start again (a run's own).
  if (m === '?reset') {
    gc.count = gc.ms = gc.maxMs = 0;
    loopDelay.reset();
    inServer.length = 0;
    endedAt.length = 0;
    runStart = performance.now();
  }
});
process.send!({ port: (app.server.address() as { port: number }).port });
process.on('SIGTERM', () => process.exit(0)); // so that --cpu-prof (SERVER_ARGS) is written
