// The uncached server (caches off, as the server bench's on PostgreSQL) with every request traced
// (request-trace.ts), for bench/tail-probe.ts: answers '?trace' with the trace since the last '?reset'.
import pg from 'pg';
import { installTrace } from './request-trace.ts';
import { benchPoolSize, buildUncachedApp } from './uncached-app.ts';

// The list pool (its sessions force generic plans), found by its options as it is first used: '?ping-start' runs
// `select 1` on each of its connections every 100 ms until '?ping-stop' (a pause that leaves its backends busy).
const listPools = new Set<pg.Pool>();
const poolQuery = pg.Pool.prototype.query;
pg.Pool.prototype.query = function (this: pg.Pool, ...args: unknown[]) {
  const options = (this as unknown as { options: { options?: string } }).options;
  if (/force_generic_plan/.test(options.options ?? '')) listPools.add(this);
  return (poolQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof poolQuery;
let pinging: NodeJS.Timeout | undefined;
const pingAll = async () => {
  for (const p of listPools) {
    const clients = await Promise.all(Array.from({ length: p.totalCount }, () => p.connect()));
    await Promise.all(clients.map((c) => c.query('select 1')));
    for (const c of clients) c.release();
  }
};

const app = await buildUncachedApp(benchPoolSize());
const trace = installTrace(app);
await app.listen({ host: '127.0.0.1', port: 0 });
// '?spin-start': the event loop kept busy without the database (5 ms of work every 10 ms) until '?spin-stop'.
let spinning: NodeJS.Timeout | undefined;
const spin = () => {
  const until = performance.now() + 5;
  while (performance.now() < until);
};
process.on('message', (m) => {
  if (m === '?spin-start') spinning = setInterval(spin, 10);
  if (m === '?spin-stop') clearInterval(spinning);
  if (m === '?spin-start' || m === '?spin-stop') process.send!('spin');
  if (m === '?ping-start') pinging = setInterval(() => void pingAll(), 100);
  if (m === '?ping-stop') clearInterval(pinging);
  if (m === '?ping-start' || m === '?ping-stop') process.send!('ping');
  if (m === '?trace') process.send!(trace.read());
  if (m === '?reset') {
    trace.reset();
    process.send!('reset');
  }
});
process.on('SIGTERM', () => process.exit(0));
process.send!({ port: (app.server.address() as { port: number }).port });
