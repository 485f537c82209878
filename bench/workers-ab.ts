// The uncached server as one process against the same server as B processes sharing its port (SERVER_WORKERS,
// node:cluster), in turn in the same run (docs/scale.md, h-cluster33): both started at once over one database
// (list-cpu-server.ts, each with a deployment's pool shared among its processes), and the bare route likewise as
// one process and as B; then, route by route, ROUNDS rounds of wrk at 50 connections on each, the order swapped
// every round. Printed: each side's req/s and p99 (wrk) and the server's CPU a request (every process of it, from
// the server itself), and B/A of each round's pair — on a loaded machine the ratios of neighbouring runs, not the
// absolute figures, are what can be read. Usage (a database seeded by bench/list-seed.ts):
//   DATABASE_URL=postgres://…/DB [B=2] [ROUNDS=3] [SECONDS=5] node --import tsx bench/workers-ab.ts [route…]
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { firstRound, listPaths } from './province-lists.ts';
import { sessionCookie } from './bench-session.ts';
import { cannon } from './load-generator.ts';

const url = process.env.DATABASE_URL!;
const b = Number(process.env.B ?? 2);
const rounds = Number(process.env.ROUNDS ?? 3);
const seconds = Number(process.env.SECONDS ?? 5);
const only = process.argv.slice(2);

const database = fromPostgres(url, 2);
const password = 'bench-Passw0rd-workers-ab';
const hash = await hashPassword(password);
for (const u of await queryRows<{ id: string }>(
  database.db,
  sql`select id from users where username in ('bench-finance', 'bench-admin')`,
))
  await setPasswordHash(database.db, u.id, hash);
const round = (await firstRound(database))!;
const lists = await listPaths(database, round.id, round.year);
await database.close();

interface Side {
  name: string;
  base: string;
  bare: string;
  cookie: string;
  admin: string;
  server: ChildProcess;
}
const children: ChildProcess[] = [];
function start(
  module: string,
  workers: number,
  first?: object,
): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(new URL(module, import.meta.url), [], {
    execArgv: [...SERVER_NODE_FLAGS, '--import', 'tsx'],
    env: { ...process.env, WORKERS: String(workers) },
  });
  children.push(child);
  const ready = new Promise<{ port: number }>((res, rej) => {
    child.once('message', (m) => res(m as { port: number }));
    child.once('exit', (code) => rej(new Error(`${module} (${workers}) exited ${code} before listening`)));
  });
  if (first) child.send(first);
  return ready.then(({ port }) => ({ child, base: `http://127.0.0.1:${port}` }));
}
const login = (base: string, username: string) => sessionCookie(base, username, password);
async function side(workers: number): Promise<Side> {
  const [server, bare] = await Promise.all([
    start('./list-cpu-server.ts', workers),
    start('./bare-server.ts', workers, { page: Buffer.from('{}').toString('base64') }),
  ]);
  return {
    name: `${workers} process${workers > 1 ? 'es' : ''}`,
    base: server.base,
    bare: bare.base,
    cookie: await login(server.base, 'bench-finance'),
    admin: await login(server.base, 'bench-admin'),
    server: server.child,
  };
}
const sides = [await side(1), await side(b)];

/** The server's own figures (all its processes): CPU ms so far, requests answered, in-server p99 since reset. */
const figures = (s: Side, reset: boolean) =>
  new Promise<{ cpuMs: number; requests: number; inServerP99Ms: number }>((res) => {
    s.server.once('message', (m) => res(m as never));
    s.server.send(reset ? '?reset' : '?');
  });

const routes: Record<string, { paths: string[]; admin?: boolean; bare?: boolean }> = {
  bare: { paths: ['/json'], bare: true },
  health: { paths: ['/api/health'] },
  'forms.first': { paths: ['/api/forms?limit=50'] },
  'self-evaluations.first': { paths: lists['self-evaluations'].first },
  'self-evaluations.deep': { paths: lists['self-evaluations'].deep },
  'entries.first': { paths: lists['monitoring-entries'].first },
  'entries.deep': { paths: lists['monitoring-entries'].deep },
  'budgets.first': { paths: lists.budgets.first },
  'batches.first': { paths: lists['check-batches'].first },
  'audit.first': { paths: lists.audit.first, admin: true },
};

interface Run {
  rps: number;
  p99: number;
  cpuMsPerReq: number;
  inServerP99: number;
}
async function measure(s: Side, r: (typeof routes)[string], secs: number): Promise<Run> {
  const base = r.bare ? s.bare : s.base;
  const headers: Record<string, string> = r.bare ? {} : { cookie: r.admin ? s.admin : s.cookie };
  const f0 = r.bare ? undefined : await figures(s, true);
  const load = await cannon(base, secs, headers, r.paths);
  await new Promise((res) => setTimeout(res, 1000)); // what was still in hand answered
  const f1 = r.bare ? undefined : await figures(s, false);
  return {
    rps: load.rps,
    p99: load.p99,
    cpuMsPerReq: f0 && f1 ? (f1.cpuMs - f0.cpuMs) / Math.max(1, f1.requests - f0.requests) : NaN,
    inServerP99: f1?.inServerP99Ms ?? NaN,
  };
}
const median = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const fmt = (r: Run) =>
  `${Math.round(r.rps)} req/s p99 ${r.p99.toFixed(1)}${Number.isNaN(r.inServerP99) ? '' : ` (in server ${r.inServerP99.toFixed(1)})`} ms${Number.isNaN(r.cpuMsPerReq) ? '' : ` cpu ${r.cpuMsPerReq.toFixed(3)} ms/req`}`;

console.log(
  `A: ${sides[0]!.name}, B: ${sides[1]!.name}; ${rounds} rounds of ${seconds} s, 50 connections, in turn`,
);
for (const [name, r] of Object.entries(routes)) {
  if (only.length && !only.includes(name)) continue;
  // Warm-up: each side's code compiled and pools opened on this route.
  for (const s of sides) await measure(s, r, 1);
  const rpsRatio: number[] = [];
  const p99Ratio: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    const got: Run[] = [];
    for (const k of order) got[k] = await measure(sides[k]!, r, seconds);
    const [a, bb] = got as [Run, Run];
    rpsRatio.push(bb.rps / a.rps);
    p99Ratio.push(bb.p99 / a.p99);
    console.log(
      `${name.padEnd(24)} round ${i + 1} | A ${fmt(a)} | B ${fmt(bb)} | B/A req/s ${(bb.rps / a.rps).toFixed(2)} p99 ${(bb.p99 / a.p99).toFixed(2)} | load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
    );
  }
  console.log(
    `${name.padEnd(24)} B/A over the rounds (median, geometric mean): req/s ${median(rpsRatio).toFixed(2)}, ${geomean(rpsRatio).toFixed(2)}; p99 ${median(p99Ratio).toFixed(2)}, ${geomean(p99Ratio).toFixed(2)}`,
  );
}
for (const c of children) c.kill('SIGTERM');
process.exit(0);
