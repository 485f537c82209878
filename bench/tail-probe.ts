// Where the uncached lists' first-second tail is spent (docs/scale.md, thirty-sixth session): the server bench's
// uncached server (tail-probe-server.ts, every request traced by request-trace.ts) warmed as the bench warms it,
// then the bench's uncached list runs (50 connections, wrk, SECONDS each, a 2 s pause after each) — or the runs
// SCHEDULE names — and for each run the requests that started in its first second against the rest: in-server
// p50/p99, requests in hand, and where a request's time went (before its first statement, waiting for a pool
// connection, in PostgreSQL, after its last statement), statements parsed anew on their connection, GCs, the
// event loop's utilisation. Usage (a database seeded by list-seed.ts):
//   DATABASE_URL=postgres://…/DB [SECONDS=5] [PAUSE=2] [SCHEDULE=forms.first,entries.first,…] [SERVER_ARGS=…]
//   node --import tsx bench/tail-probe.ts
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';
import { encodeCursor } from '../packages/server/src/http/list-cursor.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { sessionCookie } from './bench-session.ts';
import { firstRound, listPaths } from './province-lists.ts';
import { cannon } from './load-generator.ts';
import type { Trace, TracedRequest } from './request-trace.ts';

const url = process.env.DATABASE_URL!;
const seconds = Number(process.env.SECONDS ?? 5);
const pause = Number(process.env.PAUSE ?? 2);
const database = fromPostgres(url, 2);
const password = 'bench-Passw0rd-tail-probe';
const hash = await hashPassword(password);
const users = await queryRows<{ id: string }>(
  database.db,
  sql`select id from users where username in ('bench-finance', 'bench-admin')`,
);
for (const u of users) await setPasswordHash(database.db, u.id, hash);
const round = (await firstRound(database))!;
const lists = await listPaths(database, round.id, round.year);
const formCount = (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from forms`))[0]!
  .n;
const deepForms = await queryRows<{ at: string; id: string }>(
  database.db,
  sql`select updated_at::text as at, id from forms order by updated_at desc, id
      offset greatest(0, ${formCount} - 1000) limit 20`,
);
await database.close();

// The rows as the server bench runs them, in its order (its uncached list rows).
const rows: Record<string, { paths: string[]; admin?: boolean }> = {
  'forms.first': { paths: ['/api/forms?limit=50&offset=0'] },
  'forms.deep': { paths: deepForms.map((r) => `/api/forms?limit=50&cursor=${encodeCursor(r)}`) },
  'forms.offset': {
    paths: [`/api/forms?limit=50&offset=${Math.min(MAX_LIST_OFFSET, Math.max(0, formCount - 50))}`],
  },
  search: {
    paths: Array.from(
      { length: 20 },
      (_, i) =>
        `/api/forms?limit=50&q=${encodeURIComponent(`项目${Math.floor(((i + 1) * formCount) / 23)}`)}`,
    ),
  },
  health: { paths: ['/api/health'] },
  'self-evaluations.first': { paths: lists['self-evaluations'].first },
  'self-evaluations.deep': { paths: lists['self-evaluations'].deep },
  'entries.first': { paths: lists['monitoring-entries'].first },
  'entries.deep': { paths: lists['monitoring-entries'].deep },
  'budgets.first': { paths: lists.budgets.first },
  'budgets.deep': { paths: lists.budgets.deep },
  'batches.first': { paths: lists['check-batches'].first },
  'batches.deep': { paths: lists['check-batches'].deep },
  'audit.first': { paths: lists.audit.first, admin: true },
  'audit.deep': { paths: lists.audit.deep, admin: true },
  rounds: { paths: ['/api/monitoring/rounds'] },
};
const benchOrder = Object.keys(rows).filter((n) => n !== 'health');
const schedule = process.env.SCHEDULE ? process.env.SCHEDULE.split(',') : benchOrder;

const child = fork(new URL('./tail-probe-server.ts', import.meta.url), [], {
  execArgv: [
    ...SERVER_NODE_FLAGS,
    '--import',
    'tsx',
    ...(process.env.SERVER_ARGS?.split(' ').filter(Boolean) ?? []),
  ],
  env: process.env,
  // The server's standard output (V8's --trace-* lines when SERVER_ARGS asks for them), each line timed here.
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const v8Lines: { t: number; line: string }[] = [];
let partial = '';
child.stdout!.on('data', (d: Buffer) => {
  const t = performance.now();
  const lines = (partial + d.toString()).split('\n');
  partial = lines.pop()!;
  for (const line of lines) v8Lines.push({ t, line });
});
/** V8's trace lines of a run (SERVER_ARGS=--trace-opt --trace-deopt --trace-flush-bytecode): in its first second and after. */
function v8Counts(from: number, end: number) {
  const kinds: Record<string, RegExp> = {
    flushed: /flush/i,
    optimized: /completed (optimizing|compiling)/,
    deopts: /bailout|deoptimiz/i,
  };
  const count = (a: number, b: number) =>
    Object.entries(kinds)
      .map(([k, re]) => `${k} ${v8Lines.filter((l) => l.t >= a && l.t < b && re.test(l.line)).length}`)
      .join(', ');
  return `first second: ${count(from, from + 1000)} | after: ${count(from + 1000, end)}`;
}
const ready = await new Promise<{ port: number }>((res) => child.once('message', (m) => res(m as never)));
const base = `http://127.0.0.1:${ready.port}`;
const ask = <T>(m: string) =>
  new Promise<T>((res) => {
    child.once('message', (x) => res(x as T));
    child.send(m);
  });
const finance = await sessionCookie(base, 'bench-finance', password);
const admin = await sessionCookie(base, 'bench-admin', password);
const cookieOf = (name: string) => ({ cookie: rows[name]!.admin ? admin : finance });
const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

// The bench's warm-up of the uncached server (server-api.bench.ts): a second of each list row's own paths at 50
// connections (WARMUP=s: longer); WARM=mixed: as it was before the thirty-sixth session (forms page 1, deep and
// search mixed in one second, then each other list's first and deep pages mixed; no offset or rounds paths).
const warmup = Number(process.env.WARMUP ?? 1);
if (process.env.WARM === 'mixed') {
  await cannon(base, warmup, cookieOf('forms.first'), [
    ...rows['forms.first']!.paths,
    ...rows['forms.deep']!.paths,
    ...rows.search!.paths,
  ]);
  for (const name of ['self-evaluations', 'entries', 'budgets', 'batches', 'audit'])
    await cannon(base, warmup, cookieOf(`${name}.first`), [
      ...rows[`${name}.first`]!.paths,
      ...rows[`${name}.deep`]!.paths,
    ]);
} else for (const name of benchOrder) await cannon(base, warmup, cookieOf(name), rows[name]!.paths);
await sleep(pause);

// The database's and the processes' counters by 250 ms through a run: buffers read into shared_buffers (from the
// OS) and found there, the CPU of the database's backends and of the server process (ms, from /proc).
const monitor = new pg.Client(url);
await monitor.connect();
const dbName = new URL(url).pathname.slice(1);
const statOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return undefined;
  }
};
const cpuMsOf = (pid: number) => {
  const f = statOf(pid);
  return f ? (Number(f[11]) + Number(f[12])) * 10 : 0;
};
/** The process's minor page faults so far (a page touched for the first time since it was given back). */
const faultsOf = (pid: number) => Number(statOf(pid)?.[7] ?? 0);
interface Sample {
  t: number;
  read: number;
  hit: number;
  backendsMs: number;
  serverMs: number;
}
async function sample(t0: number): Promise<Sample> {
  const [stat] = (
    await monitor.query<{ read: string; hit: string }>(
      'select blks_read as read, blks_hit as hit from pg_stat_database where datname = $1',
      [dbName],
    )
  ).rows;
  const pids = (
    await monitor.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [dbName],
    )
  ).rows;
  return {
    t: performance.now() - t0,
    read: Number(stat!.read),
    hit: Number(stat!.hit),
    backendsMs: pids.reduce((a, p) => a + cpuMsOf(p.pid), 0),
    serverMs: cpuMsOf(child.pid!),
  };
}
function timeline(trace: Trace, samples: Sample[]) {
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1]!, samples[i]!];
    const ended = trace.requests.filter((r) => r.end >= a.t && r.end < b.t);
    const n = Math.max(1, ended.length);
    const list = ended.flatMap((r) => r.statements.filter((x) => x.listPool).map((x) => x.done - x.got));
    console.log(
      `    ${f1(a.t).padStart(7)}–${f1(b.t).padStart(7)} ms: ${String(ended.length).padStart(4)} answered, in-server p99 ${f1(
        q(
          ended.map((r) => r.end - r.start),
          0.99,
        ),
      )} | list stmt mean ${f1(mean(list))} | a request: blocks read ${f1((b.read - a.read) / n)} hit ${f1(
        (b.hit - a.hit) / n,
      )}, backends ${f1((b.backendsMs - a.backendsMs) / n)} ms, server ${f1((b.serverMs - a.serverMs) / n)} ms`,
    );
  }
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f1 = (x: number) => x.toFixed(1);

/** Requests the server had in hand (parsed, not answered) at `t`. */
function inHandAt(all: TracedRequest[], t: number) {
  let n = 0;
  for (const r of all) if (r.start < t && r.end > t) n++;
  return n;
}

/** Where a request's time went, in ms: before its first statement, waiting for connections, in PostgreSQL, after. */
function parts(r: TracedRequest) {
  const s = r.statements;
  if (!s.length) return { pre: r.end - r.start, wait: 0, db: 0, post: 0 };
  return {
    pre: s[0]!.asked - r.start,
    wait: s.reduce((a, x) => a + (x.got - x.asked), 0),
    db: s.reduce((a, x) => a + (x.done - x.got), 0),
    post: r.end - Math.max(...s.map((x) => x.done)),
  };
}

function describe(label: string, rs: TracedRequest[], trace: Trace, from: number, to: number) {
  const times = rs.map((r) => r.end - r.start);
  const p99 = q(times, 0.99);
  const slow = rs.filter((r) => r.end - r.start >= q(times, 0.95));
  const avg = (set: TracedRequest[], k: 'pre' | 'wait' | 'db' | 'post') =>
    f1(mean(set.map((r) => parts(r)[k])));
  const first = rs.flatMap((r) => r.statements).filter((s) => s.firstOnConnection);
  const gcs = trace.gcs.filter((g) => g.start >= from && g.start < to);
  const elu = trace.elu.slice(Math.floor(from / 100), Math.ceil(to / 100));
  const listDb = rs.flatMap((r) => r.statements.filter((s) => s.listPool).map((s) => s.done - s.got));
  return (
    `  ${label.padEnd(6)} n ${String(rs.length).padStart(5)} (${Math.round(rs.length / ((to - from) / 1000))}/s)` +
    ` in-server p50 ${f1(q(times, 0.5))} p99 ${f1(p99)} | in hand p50 ${q(
      rs.map((r) => inHandAt(trace.requests, r.start)),
      0.5,
    )} | all: pre ${avg(rs, 'pre')} wait ${avg(rs, 'wait')} db ${avg(rs, 'db')} post ${avg(rs, 'post')}` +
    ` | slowest 5%: pre ${avg(slow, 'pre')} wait ${avg(slow, 'wait')} db ${avg(slow, 'db')} post ${avg(slow, 'post')}` +
    ` | list-pool stmt p50 ${f1(q(listDb, 0.5))} p99 ${f1(q(listDb, 0.99))}` +
    ` | parsed anew ${first.length}${first.length ? ` (db ${f1(mean(first.map((s) => s.done - s.got)))} ms)` : ''}` +
    ` | gc ${gcs.length}× ${f1(gcs.reduce((a, g) => a + g.ms, 0))} ms (max ${f1(Math.max(0, ...gcs.map((g) => g.ms)))}; major ${gcs.filter((g) => g.kind !== 1).length})` +
    ` | young ${trace.young[Math.floor(from / 100)] ?? '?'}→${trace.young[Math.max(0, Math.ceil(to / 100) - 1)] ?? '?'} MB` +
    ` | elu ${f1(mean(elu) * 100)}%`
  );
}

// AB=row: that row run again and again, each run after one of CONDITIONS (in a shuffled order each of REPS rounds):
// pause0 (at once), pause2 (2 s idle, as the bench), pause2-ping (2 s in which the server runs `select 1` on every
// list-pool connection every 100 ms), pause2-health (2 s of /api/health one at a time: the server busy, the list pool
// idle), pause2-spin (2 s in which the server's event loop works 5 ms in every 10 without the database). For each
// run the mean and p99 in-server time of the requests begun in its first second and after.
if (process.env.AB) {
  const name = process.env.AB;
  const row = rows[name]!;
  const conditions = (process.env.CONDITIONS ?? 'pause0,pause2,pause2-ping,pause2-health').split(',');
  const out: Record<
    string,
    {
      em: number;
      ep: number;
      lm: number;
      lp: number;
      wrk: number;
      ef: number;
      lf: number;
      eg: number;
      lg: number;
    }[]
  > = {};
  for (let rep = 0; rep < Number(process.env.REPS ?? 6); rep++) {
    const order = [...conditions].sort(() => Math.random() - 0.5);
    for (const c of order) {
      if (c === 'pause2') await sleep(2);
      if (c === 'pause2-ping') {
        await ask('?ping-start');
        await sleep(2);
        await ask('?ping-stop');
      }
      if (c === 'pause2-spin') {
        await ask('?spin-start');
        await sleep(2);
        await ask('?spin-stop');
      }
      if (c === 'pause2-health') {
        const until = performance.now() + 2000;
        while (performance.now() < until) await fetch(base + '/api/health').then((r) => r.arrayBuffer());
      }
      await ask('?reset');
      const f0 = faultsOf(child.pid!);
      let f1s = f0;
      const at1s = setTimeout(() => (f1s = faultsOf(child.pid!)), 1000);
      const load = await cannon(base, seconds, cookieOf(name), row.paths);
      clearTimeout(at1s);
      const fEnd = faultsOf(child.pid!);
      await sleep(0.3);
      const trace = await ask<Trace>('?trace');
      const t0 = Math.min(...trace.requests.map((r) => r.start));
      const el = (r: TracedRequest) => r.end - r.start;
      const early = trace.requests.filter((r) => r.start - t0 < 1000).map(el);
      const late = trace.requests.filter((r) => r.start - t0 >= 1000).map(el);
      if (process.env.DUMP) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${process.env.DUMP}-${c}-${rep}.json`, JSON.stringify({ t0, trace }));
      }
      const gcs = trace.gcs.map((g) => ({ ...g, start: g.start - t0 }));
      const gcMs = (a: number, b: number) =>
        gcs.filter((g) => g.start >= a && g.start < b).reduce((x, g) => x + g.ms, 0);
      (out[c] ??= []).push({
        em: mean(early),
        ep: q(early, 0.99),
        lm: mean(late),
        lp: q(late, 0.99),
        wrk: load.p99,
        ef: (f1s - f0) / Math.max(1, early.length),
        lf: (fEnd - f1s) / Math.max(1, late.length),
        eg: gcMs(-1e9, 1000),
        lg: gcMs(1000, 1e9) / Math.max(1, (seconds * 1000 - 1000) / 1000),
      });
    }
  }
  const med = (xs: number[]) => q(xs, 0.5);
  console.log(
    `${name}: medians over ${process.env.REPS ?? 6} runs each (ms): first second mean / p99 | after mean / p99 | ratio of means | wrk p99`,
  );
  for (const [c, rs] of Object.entries(out))
    console.log(
      `  ${c.padEnd(14)} ${f1(med(rs.map((r) => r.em)))} / ${f1(med(rs.map((r) => r.ep)))} | ${f1(med(rs.map((r) => r.lm)))} / ${f1(
        med(rs.map((r) => r.lp)),
      )} | ${med(rs.map((r) => r.em / r.lm)).toFixed(2)} | ${f1(med(rs.map((r) => r.wrk)))} | page faults a request ${f1(med(rs.map((r) => r.ef)))} / ${f1(med(rs.map((r) => r.lf)))} | GC ms a second ${f1(med(rs.map((r) => r.eg)))} / ${f1(med(rs.map((r) => r.lg)))}   [ratios ${rs.map((r) => (r.em / r.lm).toFixed(2)).join(' ')}]`,
    );
  await monitor.end();
  child.kill();
  process.exit(0);
}

for (const name of schedule) {
  const row = rows[name.replace(/\+$/, '')];
  if (!row) throw new Error(`no row ${name}`);
  await ask('?reset');
  const t0run = performance.now();
  const samples = [await sample(t0run)];
  const sampler = setInterval(() => void sample(t0run).then((x) => samples.push(x)), 250);
  const load = await cannon(base, seconds, cookieOf(name.replace(/\+$/, '')), row.paths);
  clearInterval(sampler);
  // A name ending in + is run again at once (no pause): fresh wrk connections on a server just busy with it.
  await sleep(name.endsWith('+') ? 0.3 : pause);
  const trace = await ask<Trace>('?trace');
  const t0 = Math.min(...trace.requests.map((r) => r.start));
  const end = Math.max(...trace.requests.map((r) => r.end));
  const early = trace.requests.filter((r) => r.start - t0 < 1000);
  const late = trace.requests.filter((r) => r.start - t0 >= 1000);
  const accepted = trace.accepted.map((t) => t - t0);
  console.log(
    `${name}: wrk ${Math.round(load.rps)} req/s p99 ${load.p99} ms | connections accepted ${accepted.length} (within ${f1(
      Math.max(0, ...accepted) - Math.min(0, ...accepted),
    )} ms) | first 50 requests' in-server mean ${f1(
      mean(
        trace.requests
          .slice()
          .sort((a, b) => a.start - b.start)
          .slice(0, 50)
          .map((r) => r.end - r.start),
      ),
    )} ms`,
  );
  console.log(describe('first', early, trace, t0, t0 + 1000));
  console.log(describe('after', late, trace, t0 + 1000, end));
  if (v8Lines.length) console.log(`  V8 ${v8Counts(t0run, t0run + (end - t0) + 100)}`);
  v8Lines.push({ t: t0run, line: `=== run ${name} starts` });
  if (process.env.TIMELINE === '1')
    timeline(
      trace,
      samples.sort((a, b) => a.t - b.t),
    );
  if (process.env.DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.DUMP}-${name}.json`, JSON.stringify({ t0, trace }));
  }
}
if (process.env.V8_LOG) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.V8_LOG, v8Lines.map((l) => `${Math.round(l.t)} ${l.line}`).join('\n'));
}
await monitor.end();
child.kill();
process.exit(0);
