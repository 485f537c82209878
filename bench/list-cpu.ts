// CPU a request of each paged list, uncached (docs/scale.md): the server in a process of its own
// (list-cpu-server.ts), autocannon here; the server's CPU from the process itself, its PostgreSQL backends'
// from /proc; statements a request counted over one request alone; the dashboards one request at a time;
// POOL= the server's pool (a deployment's by default), LIST_POOL= its generic-plan pool for the list statements (half of it; 0: none). Usage (a copy of bench60k):
//   [SERVER=…] DATABASE_URL=postgres://postgres@127.0.0.1:5432/COPY node --import tsx bench/list-cpu.ts [name…]
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';
import { firstRound, listPaths } from './province-lists.ts';
import { sessionCookie } from './bench-session.ts';
import type { ServerFigures } from './list-cpu-server.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';

const url = process.env.DATABASE_URL!;
const seconds = Number(process.env.SECONDS ?? 4);
const only = process.argv.slice(2);
const database = fromPostgres(url, 2);
const password = 'bench-Passw0rd-list-cpu';
const hash = await hashPassword(password);
// FINANCE_USER: the finance account to sign in as (bench-finance by default).
const financeUser = process.env.FINANCE_USER ?? 'bench-finance';
const users = await queryRows<{ id: string; username: string }>(
  database.db,
  sql`select id, username from users where username in (${financeUser}, 'bench-admin')`,
);
for (const u of users) await setPasswordHash(database.db, u.id, hash);
// A database without the other lists (no monitoring round yet): the forms' routes alone, for year 2025.
const round = (await firstRound(database)) ?? { id: '', year: 2025 };
const lists = round.id ? await listPaths(database, round.id, round.year) : undefined;
const listRoutes = (name: string, l: { first: string[]; deep: string[] } | undefined, admin?: boolean) =>
  l ? { [`${name}.first`]: { paths: l.first, admin }, [`${name}.deep`]: { paths: l.deep, admin } } : {};
const deepForms = await queryRows<{ at: string; id: string }>(
  database.db,
  sql`select updated_at::text as at, id from forms order by updated_at desc, id
      offset greatest(0, (select count(*) from forms) - 1000) limit 20`,
);
const { encodeCursor } = await import('../packages/server/src/http/list-cursor.ts');
// The form detail (uncached): 1,000 forms in turn, as the server bench reads them.
const detailIds = await queryRows<{ id: string }>(
  database.db,
  sql`select id from forms order by id limit 1000`,
);
const formCount = Number(
  (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from forms`))[0]!.n,
);
// connections: a route timed one request at a time (a dashboard), instead of CONNECTIONS.
const routes: Record<string, { paths: string[]; admin?: boolean; connections?: number }> = {
  ...listRoutes('self-evaluations', lists?.['self-evaluations']),
  ...listRoutes('entries', lists?.['monitoring-entries']),
  ...(lists ? { rounds: { paths: ['/api/monitoring/rounds'] } } : {}),
  'forms.first': { paths: ['/api/forms?limit=50'] },
  // What the web app asks (the workbench: its year, 200 forms a page).
  'forms.ui': { paths: [`/api/forms?limit=200&year=${round.year}`] },
  'forms.deep': { paths: deepForms.map((r) => `/api/forms?limit=50&cursor=${encodeCursor(r)}`) },
  // One trivial statement, no session: what any route that reads the database costs at least.
  health: { paths: ['/api/health'] },
  detail: { paths: detailIds.map((r) => `/api/forms/${r.id}`) },
  // The deepest page by number the API gives (deeper pages are asked by cursor). OFFSET_CAP: another
  // checkout's cap (its server started by SERVER=), to compare the deepest page each gives.
  'forms.offset': {
    paths: [
      `/api/forms?limit=50&offset=${Math.min(Number(process.env.OFFSET_CAP ?? MAX_LIST_OFFSET), Math.max(0, formCount - 50))}`,
    ],
  },
  search: {
    paths: Array.from(
      { length: 20 },
      (_, i) => `/api/forms?limit=50&q=${encodeURIComponent(`项目${i * 2999 + 7}`)}`,
    ),
  },
  ...listRoutes('budgets', lists?.budgets),
  ...listRoutes('batches', lists?.['check-batches']),
  ...listRoutes('audit', lists?.audit, true),
  ...(lists
    ? {
        'evaluation-dashboard': { paths: [`/api/evaluation/dashboard?year=${round.year}`], connections: 1 },
        'finance-dashboard': { paths: [`/api/dashboards?year=${round.year}`], connections: 1 },
      }
    : {}),
};

// SERVER: another server script (e.g. one importing an older checkout), to compare.
const child = fork(process.env.SERVER ?? new URL('./list-cpu-server.ts', import.meta.url), [], {
  // The server's Node flags, as `npm start` passes them (NODE_FLAGS=none: without them, to compare).
  execArgv: [
    ...(process.env.NODE_FLAGS === 'none' ? [] : SERVER_NODE_FLAGS),
    '--import',
    'tsx',
    ...(process.env.SERVER_ARGS?.split(' ').filter(Boolean) ?? []),
  ],
  env: process.env,
});
/** The server's figures; `reset`: its GC, loop delay and in-server times start again after answering. */
const ask = (reset = false) =>
  new Promise<ServerFigures>((res) => {
    child.once('message', (m) => res(m as never));
    child.send(reset ? '?reset' : '?');
  });
const ready = await new Promise<{ port: number }>((res) => child.once('message', (m) => res(m as never)));
const base = `http://127.0.0.1:${ready.port}`;
const login = (username: string) => sessionCookie(base, username, password);
const cookies = {
  finance: await login(financeUser),
  admin: users.some((u) => u.username === 'bench-admin') ? await login('bench-admin') : '',
};
const dbName = new URL(url).pathname.slice(1);
const monitor = new pg.Client(url);
await monitor.connect();
const backendsMs = async () => {
  const pids = (
    await monitor.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
      [dbName],
    )
  ).rows.map((r) => r.pid);
  let ms = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ms += (Number(f[11]) + Number(f[12])) * 10; // ticks of 10 ms (CLK_TCK 100)
    } catch {
      /* gone */
    }
  }
  return { ms, pids: pids.join(',') };
};
/** Waits until the server has answered what a run left queued (its statement count stands still). */
const settle = async () => {
  let last = -1;
  for (;;) {
    const { statements } = await ask();
    if (statements === last) return;
    last = statements;
    await new Promise((r) => setTimeout(r, 300));
  }
};
const cannon = (paths: string[], cookie: string, duration: number, connections?: number) =>
  new Promise<autocannon.Result>((res, rej) => {
    let i = 0;
    autocannon(
      {
        url: base,
        connections: connections ?? Number(process.env.CONNECTIONS ?? 50),
        duration,
        headers: { cookie },
        requests: [{ setupRequest: (r) => ({ ...r, path: paths[i++ % paths.length] }) }],
      },
      (err, result) => (err ? rej(err) : res(result)),
    );
  });
// HASH=1: the status and sha1 of the body of each route's first paths instead of timing (to compare two
// servers' answers byte for byte: run once with each, diff the outputs).
if (process.env.HASH === '1') {
  const one = await queryRows<{ form: string; entry: string; evaluation: string }>(
    database.db,
    sql`select (select id from forms order by id limit 1) as form,
               (select id from monitoring_entries order by id limit 1) as entry,
               (select id from self_evaluations order by id limit 1) as evaluation`,
  );
  const other: Record<string, { paths: string[]; admin?: boolean }> = {
    'other pages': {
      paths: [
        `/api/monitoring/rounds/${round.id}`,
        `/api/evaluation/dashboard?year=${round.year}`,
        `/api/dashboards?year=${round.year}`,
        `/api/evaluation/dashboard/evaluations?year=${round.year}&limit=30`,
        `/api/self-evaluations/behind?year=${round.year}`,
        `/api/work/waiting`,
        `/api/forms/${one[0]!.form}/versions`,
        `/api/monitoring/entries/${one[0]!.entry}`,
        `/api/self-evaluations/${one[0]!.evaluation}`,
        `/api/monitoring/rounds/${round.id}/entries?limit=7&status=submitted`,
        `/api/orgs`,
        `/api/auth/me`,
      ],
    },
    'admin pages': { paths: ['/api/users', '/api/audit?limit=3&entity=form'], admin: true },
  };
  for (const [name, r] of Object.entries({ ...routes, ...other })) {
    if (only.length && !only.includes(name)) continue;
    const cookie = r.admin ? cookies.admin : cookies.finance;
    for (const path of r.paths.slice(0, name.endsWith('pages') ? undefined : 5)) {
      const res = await fetch(base + path, { headers: { cookie } });
      const body = Buffer.from(await res.arrayBuffer());
      console.log(
        `${name} ${res.status} ${createHash('sha1').update(body).digest('hex')} ${body.length} ${path}`,
      );
    }
  }
}
for (const [name, r] of Object.entries(routes)) {
  if (process.env.HASH === '1') break;
  if (only.length && !only.includes(name)) continue;
  const cookie = r.admin ? cookies.admin : cookies.finance;
  await settle();
  const probe = await fetch(base + r.paths[0], { headers: { cookie } });
  if (!probe.ok) throw new Error(`${name}: ${probe.status} ${await probe.text()}`);
  const a = await ask();
  await fetch(base + r.paths[0], { headers: { cookie } }).then((x) => x.arrayBuffer());
  const b = await ask();
  await cannon(r.paths, cookie, 1, r.connections);
  await settle();
  // IDLE=seconds: the server left idle that long after its warm-up, as the server bench's uncached server sits
  // through the bare and cached runs before its first list (its heap shrunk by V8's memory reducer meanwhile).
  if (process.env.IDLE) await new Promise((r) => setTimeout(r, Number(process.env.IDLE) * 1000));
  const s0 = await ask(true);
  const youngAtStart = s0.newSpaceMb;
  const d0 = await backendsMs();
  const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const res = await cannon(r.paths, cookie, seconds, r.connections);
  await settle();
  const s1 = await ask();
  const d1 = await backendsMs();
  const n = s1.requests - s0.requests; // answered by the server, with what was queued at the end
  const non2xx = res.non2xx;
  // Where the tail went (TAIL=1): the server's own time a request (p50/p99), its GC and its event loop's delay.
  const tail =
    process.env.TAIL === '1'
      ? ` | in server p50 ${s1.inServerP50Ms.toFixed(1)} p99 ${s1.inServerP99Ms.toFixed(1)} ms | gc ${s1.gc.count}× ${s1.gc.ms.toFixed(0)} ms (max ${s1.gc.maxMs.toFixed(1)}) | loop delay p99 ${s1.loopDelayP99Ms.toFixed(1)} max ${s1.loopDelayMaxMs.toFixed(1)} ms | first second: ${s1.firstSecond.early.n} p99 ${s1.firstSecond.early.p99.toFixed(1)} max ${s1.firstSecond.early.max.toFixed(1)}, after: ${s1.firstSecond.late.n} p99 ${s1.firstSecond.late.p99.toFixed(1)} max ${s1.firstSecond.late.max.toFixed(1)} ms | young generation ${youngAtStart.toFixed(1)} → ${s1.newSpaceMb.toFixed(1)} MB`
      : '';
  console.log(
    `${name.padEnd(24)} stmts ${(b.statements - a.statements).toString().padStart(2)} | server ${((s1.cpuMs - s0.cpuMs) / n).toFixed(2)} ms/req | backends ${((d1.ms - d0.ms) / n).toFixed(2)} ms/req | ${Math.round(res.requests.average)} req/s p50 ${res.latency.p50} p99 ${res.latency.p99} ms | n ${n}${non2xx ? ` non2xx ${non2xx}` : ''} | load ${load0}${d0.pids === d1.pids ? '' : ' (backends changed)'}${tail}`,
  );
}
await monitor.end();
child.kill();
await database.close?.();
process.exit(0);
