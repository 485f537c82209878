// Where the CPU goes under load on one route at a time (docs/scale.md, h-cluster33): wrk at 50 connections on
// the uncached server (list-cpu-server.ts, in a process of its own, or its processes: WORKERS=N), and for each
// run the CPU of the server's processes (their main threads apart from V8's and libuv's helper threads), of its
// PostgreSQL backends, of wrk, and of the whole machine, from /proc — CPU accounting, which a loaded machine does
// not falsify as it does wall times. Also each server main thread's time waiting for a CPU (schedstat): a main
// thread that is on a CPU or waiting for one nearly all the run never waited for the database — it is the bound.
// Usage (a database seeded by bench/list-seed.ts; by detail-seed.ts, the routes health, forms.first, detail):
//   DATABASE_URL=postgres://…/DB [WORKERS=1] [SECONDS=8] [SERVER=…/list-cpu-server.ts of another checkout]
//     node --import tsx bench/cpu-split.ts [route…]
import { fork, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { firstRound, listPaths, listRows } from './province-lists.ts';
import { sessionCookie } from './bench-session.ts';
import { wrkPathsRun, wrkPathsScript } from './load-generator.ts';

const url = process.env.DATABASE_URL!;
const seconds = Number(process.env.SECONDS ?? 8);
const workers = Number(process.env.WORKERS ?? 1);
const only = process.argv.slice(2);
const TICK_MS = 10; // CLK_TCK 100

const database = fromPostgres(url, 2);
const password = 'bench-Passw0rd-cpu-split';
const hash = await hashPassword(password);
const [finance] = await queryRows<{ id: string }>(
  database.db,
  sql`select id from users where username = 'bench-finance'`,
);
await setPasswordHash(database.db, finance!.id, hash);
const round = await firstRound(database);
const lists = round && (await listPaths(database, round.id, round.year));
const detailIds = await queryRows<{ id: string }>(
  database.db,
  sql`select id from forms order by id limit 1000`,
);
const routes: Record<string, string[]> = {
  health: ['/api/health'],
  'forms.first': ['/api/forms?limit=50'],
  detail: detailIds.map((r) => `/api/forms/${r.id}`),
  ...(lists && listRows(lists)),
};

const child = fork(process.env.SERVER ?? new URL('./list-cpu-server.ts', import.meta.url), [], {
  execArgv: [...SERVER_NODE_FLAGS, '--import', 'tsx'],
  env: { ...process.env, WORKERS: String(workers) },
});
const ready = await new Promise<{ port: number; pids?: number[] }>((res) =>
  child.once('message', (m) => res(m as never)),
);
const serverPids = ready.pids ?? [child.pid!];
// The processes that serve: with workers, all but the first (their primary, which only hands connections out).
const servingPids = workers > 1 ? serverPids.slice(1) : serverPids;
const base = `http://127.0.0.1:${ready.port}`;
const cookie = await sessionCookie(base, 'bench-finance', password);

/** utime + stime of a process (all its threads) or of one thread, in ms. */
function cpuMs(statPath: string): number {
  try {
    const f = readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0; // gone
  }
}
/** A thread's time on a CPU and waiting for one (ns), from schedstat. */
function sched(pid: number): { run: number; wait: number } {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { run: run!, wait: wait! };
  } catch {
    return { run: 0, wait: 0 };
  }
}
/** The machine's busy and total jiffies over every CPU. */
function machine(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = f[3]! + f[4]!; // idle + iowait
  return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
}
const monitor = new pg.Client(url);
await monitor.connect();
const dbName = new URL(url).pathname.slice(1);
async function backendPids(): Promise<number[]> {
  const r = await monitor.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
    [dbName],
  );
  return r.rows.map((x) => x.pid);
}

interface Snapshot {
  server: number;
  serverMain: number;
  mainSched: { run: number; wait: number };
  backends: Map<number, number>;
  wrk: number;
  machine: { busy: number; total: number };
  at: number;
}
async function snapshot(wrkPid: number | undefined): Promise<Snapshot> {
  const backends = new Map<number, number>();
  for (const pid of await backendPids()) backends.set(pid, cpuMs(`/proc/${pid}/stat`));
  const mainSched = servingPids.map(sched).reduce((a, b) => ({ run: a.run + b.run, wait: a.wait + b.wait }));
  return {
    server: serverPids.reduce((s, p) => s + cpuMs(`/proc/${p}/stat`), 0),
    serverMain: servingPids.reduce((s, p) => s + cpuMs(`/proc/${p}/task/${p}/stat`), 0),
    mainSched,
    backends,
    wrk: wrkPid ? cpuMs(`/proc/${wrkPid}/stat`) : 0,
    machine: machine(),
    at: performance.now(),
  };
}

async function run(name: string, paths: string[], secs: number) {
  const { dir, script } = wrkPathsScript(paths, cookie);
  const w = spawn('wrk', ['-t1', '-c50', `-d${secs}s`, '--timeout', '10s', '-s', script, base], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  w.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((r) => setTimeout(r, 300)); // past wrk's connecting
  const a = await snapshot(w.pid);
  await new Promise((r) => setTimeout(r, (secs - 0.8) * 1000));
  const b = await snapshot(w.pid);
  await new Promise((r) => w.on('close', r));
  rmSync(dir, { recursive: true, force: true });
  const run = wrkPathsRun(out);
  const r = { ...run, bad: run.status + run.connect + run.read + run.timeout };
  const wall = b.at - a.at;
  const rps = r.requests / (r.us / 1e6);
  const n = rps * (wall / 1000); // requests in the sampled window
  let backends = 0;
  for (const [pid, ms] of b.backends) if (a.backends.has(pid)) backends += ms - a.backends.get(pid)!;
  const cores = (ms: number) => (ms / wall).toFixed(2);
  const perReq = (ms: number) => (ms / n).toFixed(3);
  const server = b.server - a.server;
  const main = b.serverMain - a.serverMain;
  const wrkMs = b.wrk - a.wrk;
  const busy = b.machine.busy - a.machine.busy;
  const total = b.machine.total - a.machine.total;
  const others = busy - server - backends - wrkMs;
  const mainRunnable = (b.mainSched.run - a.mainSched.run + b.mainSched.wait - a.mainSched.wait) / 1e6;
  const mainWait = (b.mainSched.wait - a.mainSched.wait) / 1e6;
  console.log(
    `${name.padEnd(24)} ${workers} worker${workers > 1 ? 's' : ''} | ${Math.round(rps)} req/s p99 ${(r.p99us / 1000).toFixed(1)} ms${r.bad ? ` bad ${r.bad}` : ''}` +
      ` | cores: server ${cores(server)} (main thread${workers > 1 ? 's' : ''} ${cores(main)}), backends ${cores(backends)}, wrk ${cores(wrkMs)}, rest of machine ${cores(others)}, idle ${cores(total - busy)}` +
      ` | ms/req: server ${perReq(server)} (main ${perReq(main)}), backends ${perReq(backends)}, wrk ${perReq(wrkMs)}` +
      ` | main thread${workers > 1 ? 's' : ''} runnable ${((mainRunnable / wall / workers) * 100).toFixed(0)} % of the run (waiting for a CPU ${((mainWait / wall / workers) * 100).toFixed(0)} %)` +
      ` | load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
  );
}

for (const [name, paths] of Object.entries(routes)) {
  if (only.length && !only.includes(name)) continue;
  const probe = await fetch(base + paths[0], { headers: { cookie } });
  if (!probe.ok) throw new Error(`${name}: ${probe.status} ${await probe.text()}`);
  await run(`${name} (warm-up)`, paths, 2);
  await run(name, paths, seconds);
}
// Threads of the server processes at the end (the main thread's share above is one of them).
for (const p of serverPids) {
  const threads = readdirSync(`/proc/${p}/task`).map((t) => {
    const comm = readFileSync(`/proc/${p}/task/${t}/comm`, 'utf8').trim();
    return `${comm}:${cpuMs(`/proc/${p}/task/${t}/stat`)}`;
  });
  console.log(`server ${p} threads (ms so far): ${threads.join(' ')}`);
}
await monitor.end();
child.kill();
await database.close();
process.exit(0);
