// The uncached lists' tails without the request trace (docs/scale.md, h-tails37): one uncached server
// (list-cpu-server.ts) per variant of its Node flags, all started at once, each warmed on every row; then ROUNDS
// rounds in which every row runs on every variant in turn (the variants' order turned each round), 50 connections
// by wrk for SECONDS. For each run: wrk's p99 and req/s, the server's in-server p50/p99, its collector's work
// (heap-work.ts: scavenges, their pauses, bytes allocated, survived and promoted a request), and the machine's CPU a
// request by whom — wrk (its own user+system time), the server, its PostgreSQL backends (/proc) — against the
// two cores' time. Printed per run, then the medians of the rounds by row and variant. Usage (a database seeded by
// list-seed.ts):
//   DATABASE_URL=postgres://…/DB [SECONDS=5] [ROUNDS=3] [ROWS=entries.first,forms.first,…]
//   [VARIANTS='now=;semi16=--max-semi-space-size=16;traced=TRACE'] node --import tsx bench/gc-tail.ts
// A variant is `name=flags` added to the server's own (node-flags.ts); the word TRACE makes that server trace
// every request (request-trace.ts, as BENCH_TAIL=1), to say what the trace costs; NAME=value sets the server's
// environment (LIST_POOL=3, POOL=…: list-cpu-server.ts); CHECKOUT=dir runs that checkout's server (its
// bench/list-cpu-server.ts and the product code beside it) — two branches' servers A/B'd in one run.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { encodeCursor } from '../packages/server/src/http/list-cursor.ts';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';
import { sessionCookie } from './bench-session.ts';
import { wrkPathsRun, wrkPathsScript } from './load-generator.ts';
import type { HeapWork } from './heap-work.ts';
import { firstRound, listPaths, listRows } from './province-lists.ts';

const url = process.env.DATABASE_URL!;
const seconds = Number(process.env.SECONDS ?? 5);
const rounds = Number(process.env.ROUNDS ?? 3);
const password = 'bench-Passw0rd-gc-tail';
const database = fromPostgres(url, 2);
const hash = await hashPassword(password);
for (const u of await queryRows<{ id: string }>(
  database.db,
  sql`select id from users where username = 'bench-finance'`,
))
  await setPasswordHash(database.db, u.id, hash);
const round = (await firstRound(database))!;
const lists = await listPaths(database, round.id, round.year);
// The forms list's deep pages as the server bench asks them: 20 cursors among the last thousand forms, and the
// deepest page by number the API gives (or the last page of a smaller list).
const deepForms = await queryRows<{ at: string; id: string }>(
  database.db,
  sql`select updated_at::text as at, id from forms order by updated_at desc, id
      offset greatest(0, (select count(*) from forms) - 1000) limit 20`,
);
const [{ n: formCount } = { n: 0 }] = await queryRows<{ n: number }>(
  database.db,
  sql`select count(*)::int as n from forms`,
);
await database.close();

const allRows: Record<string, string[]> = {
  'forms.first': ['/api/forms?limit=50&offset=0'],
  'forms.deep': deepForms.map((r) => `/api/forms?limit=50&cursor=${encodeCursor(r)}`),
  'forms.offset': [`/api/forms?limit=50&offset=${Math.min(MAX_LIST_OFFSET, Math.max(0, formCount - 50))}`],
  health: ['/api/health'],
  ...listRows(lists),
};
const rows = (process.env.ROWS?.split(',') ?? Object.keys(allRows)).filter((r) => allRows[r]);
const variants = (process.env.VARIANTS ?? 'now=')
  .split(';')
  .filter(Boolean)
  .map((v) => {
    const cut = v.indexOf('=');
    const name = cut < 0 ? v : v.slice(0, cut);
    const words = (cut < 0 ? '' : v.slice(cut + 1)).split(' ').filter(Boolean);
    // NAME=value words are the server's environment (LIST_POOL=3: its generic-plan pool's size), the rest Node flags.
    const env = Object.fromEntries(words.filter((w) => /^[A-Z_]+=/.test(w)).map((w) => w.split('=', 2)));
    const flags = words.filter((w) => w !== 'TRACE' && !/^[A-Z_]+=/.test(w));
    return { name, trace: words.includes('TRACE'), flags, env: env as Record<string, string> };
  });

interface Figures {
  requests: number;
  cpuMs: number;
  inServerP50Ms: number;
  inServerP99Ms: number;
  gc: { count: number; ms: number; maxMs: number };
  heap: HeapWork;
  pausesInTail: Record<'slowest1pc' | 'median', { pausedShare: number; throughLongPause: number }>;
}
interface Server {
  name: string;
  child: ChildProcess;
  base: string;
  cookie: string;
  ask(reset: boolean): Promise<Figures>;
}

async function startServer(v: (typeof variants)[number]): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, WORKERS: '1' };
  delete env.TRACE;
  Object.assign(env, v.env);
  if (v.trace) env.TRACE = '1';
  // CHECKOUT=dir: that checkout's server (another branch's code, with this one's node_modules linked in it).
  const entry = v.env.CHECKOUT
    ? new URL(`file://${v.env.CHECKOUT}/bench/list-cpu-server.ts`)
    : new URL('./list-cpu-server.ts', import.meta.url);
  const child = fork(entry, [], {
    execArgv: [...SERVER_NODE_FLAGS, ...v.flags, '--import', 'tsx'],
    env,
  });
  const { port } = await new Promise<{ port: number }>((res, rej) => {
    child.once('message', (m) => res(m as never));
    child.once('exit', (code) => rej(new Error(`the server ${v.name} exited (${code}) before listening`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const ask = (reset: boolean) =>
    new Promise<Figures>((res) => {
      child.once('message', (m) => res(m as Figures));
      child.send(reset ? '?reset' : '?');
    });
  return { name: v.name, child, base, cookie: await sessionCookie(base, 'bench-finance', password), ask };
}

/** wrk, 50 connections on `paths` in turn; its p99 and req/s, and its own CPU time (ms, user + system). */
async function wrk(base: string, cookie: string, paths: string[], secs: number) {
  const { dir, script } = wrkPathsScript(paths, cookie);
  const times = join(dir, 'times');
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const c = spawn(
        '/usr/bin/time',
        [
          '-f',
          '%U %S',
          '-o',
          times,
          'wrk',
          '-t1',
          '-c50',
          `-d${secs}s`,
          '--timeout',
          '10s',
          '-s',
          script,
          base,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let text = '';
      c.stdout.on('data', (d: Buffer) => (text += d.toString()));
      c.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}`))));
    });
    const r = wrkPathsRun(out);
    const bad = r.status + r.timeout;
    if (bad > 0) throw new Error(`${paths[0]}: ${bad} bad answers or timeouts`);
    const [user, system] = readFileSync(times, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return { rps: r.requests / (r.us / 1e6), p99: r.p99us / 1000, cpuMs: (user! + system!) * 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The backends' CPU (ms) of this database's connections, and the machine's busy and total CPU time (ms).
const dbName = new URL(url).pathname.slice(1);
const monitor = new pg.Client(url);
await monitor.connect();
async function backendsMs() {
  const { rows: pids } = await monitor.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [dbName],
  );
  let ms = 0;
  for (const { pid } of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ms += (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      /* gone */
    }
  }
  return ms;
}
function machineMs() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0) * 10;
  return { total, busy: total - (f[3]! + f[4]!) * 10 };
}

const servers: Server[] = [];
process.on('exit', () => servers.forEach((s) => s.child.kill('SIGTERM')));
for (const v of variants) servers.push(await startServer(v));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Warm-up: each row's paths a second on each server, twice.
for (let i = 0; i < 2; i++)
  for (const s of servers) for (const r of rows) await wrk(s.base, s.cookie, allRows[r]!, 1);

// The answers compared: every path of every row, each server's bytes against the first server's.
for (const r of rows)
  for (const path of allRows[r]!) {
    const bodies = await Promise.all(
      servers.map(async (s) => {
        const res = await fetch(s.base + path, { headers: { cookie: s.cookie } });
        return Buffer.from(await res.arrayBuffer());
      }),
    );
    const differ = servers.filter((_, i) => !bodies[i]!.equals(bodies[0]!)).map((s) => s.name);
    if (differ.length)
      throw new Error(`${path}: ${differ.join(', ')} answer otherwise than ${servers[0]!.name}`);
  }
if (servers.length > 1) console.log(`answers: the same bytes from every server (${rows.length} rows)`);

interface Run {
  row: string;
  variant: string;
  rps: number;
  p99: number;
  inP50: number;
  inP99: number;
  perReq: Record<string, number>;
}
const runs: Run[] = [];
const f1 = (x: number) => x.toFixed(1);
for (let k = 0; k < rounds; k++) {
  for (const row of rows) {
    const order = servers.map((_, i) => servers[(i + k) % servers.length]!);
    for (const s of order) {
      await sleep(1000);
      // The reply to '?reset' is the figures before it: the process's CPU and requests count from there.
      const f0 = await s.ask(true);
      const b0 = await backendsMs();
      const m0 = machineMs();
      const load = await wrk(s.base, s.cookie, allRows[row]!, seconds);
      const m1 = machineMs();
      const b1 = await backendsMs();
      const f = await s.ask(false);
      const n = Math.max(1, f.requests - f0.requests);
      const cpuMs = f.cpuMs - f0.cpuMs;
      const h = f.heap;
      const perReq = {
        allocKb: (h.allocatedMb * 1024) / n,
        survivedKbAScavenge: (h.survivedMb * 1024) / Math.max(1, h.scavenges),
        promotedKb: (h.promotedMb * 1024) / n,
        scavengesPer1k: (h.scavenges * 1000) / n,
        scavengeMsPerReq: h.scavengeMs / n,
        scavengeMaxMs: h.scavengeMaxMs,
        fullGcMs: h.fullGcMs,
        markCompactsPer1k: (h.markCompacts * 1000) / n,
        externalMarkCompactsPer1k: (h.externalMarkCompacts * 1000) / n,
        externalPeakMb: h.externalPeakMb,
        externalSampledPeakMb: h.externalSampledPeakMb,
        externalAllocKb: (h.externalAllocatedMb * 1024) / n,
        tailPausedPc: f.pausesInTail.slowest1pc.pausedShare * 100,
        tailThroughLongPc: f.pausesInTail.slowest1pc.throughLongPause * 100,
        medianPausedPc: f.pausesInTail.median.pausedShare * 100,
        wrkMs: load.cpuMs / n,
        serverMs: cpuMs / n,
        backendsMs: (b1 - b0) / n,
        machineBusyMs: (m1.busy - m0.busy) / n,
        machineMs: (m1.total - m0.total) / n,
      };
      runs.push({
        row,
        variant: s.name,
        rps: load.rps,
        p99: load.p99,
        inP50: f.inServerP50Ms,
        inP99: f.inServerP99Ms,
        perReq,
      });
      console.log(
        `${row.padEnd(24)} ${s.name.padEnd(10)} ${Math.round(load.rps)} req/s p99 ${f1(load.p99)} | in server p50 ${f1(f.inServerP50Ms)} p99 ${f1(f.inServerP99Ms)} | scavenges ${h.scavenges} ${Math.round(h.scavengeMs)} ms (max ${f1(h.scavengeMaxMs)}), full ${h.fullGcs} ${Math.round(h.fullGcMs)} ms, mark-compacts ${h.markCompacts} (to free external memory ${h.externalMarkCompacts}), external ≤ ${Math.round(h.externalPeakMb)} MB at a GC, ≤ ${Math.round(h.externalSampledPeakMb)} MB at a request's end | ${Math.round(perReq.allocKb)} kB/req (external ${Math.round(perReq.externalAllocKb)} kB), survived ${Math.round(perReq.survivedKbAScavenge)} kB/scavenge, promoted ${f1(perReq.promotedKb)} kB/req | in GC pauses: slowest 1 % ${Math.round(perReq.tailPausedPc)} % of their time (${Math.round(perReq.tailThroughLongPc)} % through one ≥ 10 ms), median ${Math.round(perReq.medianPausedPc)} % | CPU ms/req wrk ${perReq.wrkMs.toFixed(3)} server ${perReq.serverMs.toFixed(3)} backends ${perReq.backendsMs.toFixed(3)} machine busy ${perReq.machineBusyMs.toFixed(3)} of ${perReq.machineMs.toFixed(3)}`,
      );
    }
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(`\nmedians of ${rounds} rounds (${seconds} s runs)`);
for (const row of rows)
  for (const v of variants) {
    const rs = runs.filter((r) => r.row === row && r.variant === v.name);
    const m = (f: (r: Run) => number) => median(rs.map(f));
    const p = (k: string) => m((r) => r.perReq[k]!);
    console.log(
      `${row.padEnd(24)} ${v.name.padEnd(10)} ${Math.round(m((r) => r.rps))} req/s p99 ${f1(m((r) => r.p99))} | in server p50 ${f1(m((r) => r.inP50))} p99 ${f1(m((r) => r.inP99))} | ${Math.round(p('allocKb'))} kB/req (external ${Math.round(p('externalAllocKb'))} kB), survived ${Math.round(p('survivedKbAScavenge'))} kB/scavenge, promoted ${f1(p('promotedKb'))} kB/req, scavenges ${f1(p('scavengesPer1k'))}/1k req ${p('scavengeMsPerReq').toFixed(3)} ms/req (max ${f1(p('scavengeMaxMs'))}), mark-compacts ${p('markCompactsPer1k').toFixed(2)}/1k req (to free external memory ${p('externalMarkCompactsPer1k').toFixed(2)}), external ≤ ${Math.round(p('externalPeakMb'))} MB at a GC, ≤ ${Math.round(p('externalSampledPeakMb'))} MB at a request's end | in GC pauses: slowest 1 % ${Math.round(p('tailPausedPc'))} % (${Math.round(p('tailThroughLongPc'))} % through one ≥ 10 ms), median ${Math.round(p('medianPausedPc'))} % | CPU ms/req wrk ${p('wrkMs').toFixed(3)} server ${p('serverMs').toFixed(3)} backends ${p('backendsMs').toFixed(3)} (busy ${p('machineBusyMs').toFixed(3)} of ${p('machineMs').toFixed(3)})`,
    );
  }
await monitor.end();
process.exit(0);
