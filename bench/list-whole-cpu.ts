// The whole CPU a request of a round's entries and of the audit log, first page and deep: the server's
// (process.cpuUsage of this process, whose app is asked by `inject`) and its PostgreSQL backends' (the run time
// /proc/PID/schedstat gives, in nanoseconds, of every backend connected to the database but the meter's own) —
// on this machine the client, the server and PostgreSQL share two cores, so what a page costs is their sum.
// The product's routes against the bench's other ways of answering them (list-variants.ts), and the forms
// list's first page (the target: it meets 50 ms p99) beside them, all in one process and interleaved: for each
// list, BLOCK requests of one way then of the next, ROUNDS times, the order turned every round; the answers
// compared as JSON first. Prints each way's server, backend and whole CPU a request, its ratio to the first and
// the median of the rounds' ratios. Usage (a database seeded by list-seed.ts):
//   DATABASE_URL=… [ROUNDS=10] [BLOCK=100] [CONCURRENCY=10] [LISTS=entries.first,…] [WAYS=joined,rows,…]
//     node --import tsx bench/list-whole-cpu.ts
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { benchFinanceLogin, checkoutApp } from './checkout-app.ts';
import { firstRound, listPaths } from './province-lists.ts';
import { variantRoutes } from './list-variants.ts';

const here = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 10);
const block = Number(process.env.BLOCK ?? 100);
const concurrency = Number(process.env.CONCURRENCY ?? 10);

const { admin, password } = await benchFinanceLogin();
const round = await firstRound(admin);
if (!round) throw new Error('no monitoring round: seed the database with bench/list-seed.ts');
const lists = await listPaths(admin, round.id, round.year);
const a = await checkoutApp(here, password, async (app, database) => {
  await app.register(variantRoutes(database.db));
});

/** A way of answering: its label, its paths, whether the administrator asks it. */
interface Way {
  label: string;
  paths: string[];
  admin?: boolean;
}
const entriesPrefix = '/api/monitoring/';
const forms: Way = { label: 'forms.first', paths: ['/api/forms?limit=50'] };
const entryWays = (paths: string[]): Way[] => [
  { label: 'kept', paths },
  { label: 'joined', paths: paths.map((p) => p.replace(entriesPrefix, '/bench/joined/monitoring/')) },
  { label: 'keptRows', paths: paths.map((p) => p.replace(entriesPrefix, '/bench/keptRows/monitoring/')) },
  { label: 'rows', paths: paths.map((p) => p.replace(entriesPrefix, '/bench/rows/monitoring/')) },
  { label: 'items', paths: paths.map((p) => p.replace(entriesPrefix, '/bench/items/monitoring/')) },
  forms,
];
const auditWays = (paths: string[]): Way[] => [
  { label: 'joined', paths, admin: true },
  { label: 'rows', paths: paths.map((p) => p.replace('/api/audit', '/bench/rows/audit')), admin: true },
  forms,
];
const all: Record<string, Way[]> = {
  'entries.first': entryWays(lists['monitoring-entries'].first),
  'entries.deep': entryWays(lists['monitoring-entries'].deep),
  'audit.first': auditWays(lists.audit.first),
  'audit.deep': auditWays(lists.audit.deep),
  health: [{ label: 'health', paths: ['/api/health'] }, forms],
};
const chosen = process.env.LISTS?.split(',') ?? Object.keys(all);
const ways = process.env.WAYS?.split(',');

// The meter: its own connection (its backend is left out of the sum), which names the app's backends.
const meter = new pg.Client(process.env.DATABASE_URL);
await meter.connect();
async function backendPids(): Promise<number[]> {
  const r = await meter.query<{ pid: number }>(
    `select pid from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  return r.rows.map((row) => row.pid);
}
/** Each backend's run time so far, ns (a backend gone since is left out by the caller). */
function runTimes(pids: number[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    try {
      times.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The backend ended: not counted.
    }
  }
  return times;
}

/** Server and backend CPU ms of `count` requests of one way, `concurrency` at a time, over its paths in turn. */
async function cpuOf(way: Way, count: number) {
  const cookie = way.admin ? a.adminCookie : a.cookie;
  const pids = await backendPids();
  const b0 = runTimes(pids);
  const c0 = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const url = way.paths[i % way.paths.length]!;
        const r = await a.app.inject({ method: 'GET', url, headers: { cookie } });
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      }
    }),
  );
  const c = process.cpuUsage(c0);
  const b1 = runTimes(pids);
  let backendNs = 0;
  for (const [pid, t] of b1) backendNs += t - (b0.get(pid) ?? t);
  return { server: (c.user + c.system) / 1000, backend: backendNs / 1e6 };
}

const median = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

for (const name of chosen) {
  const group = all[name]?.filter((w) => !ways || ways.includes(w.label) || w === forms);
  if (!group) throw new Error(`no list ${name}: ${Object.keys(all).join(', ')}`);
  // The same JSON from every way of one list (the forms list is another list).
  const answers = group.filter((w) => w !== forms && w.label !== 'health');
  for (let i = 0; i < (answers[0]?.paths.length ?? 0); i++) {
    const got = await Promise.all(
      answers.map((w) =>
        a.app.inject({
          method: 'GET',
          url: w.paths[i]!,
          headers: { cookie: w.admin ? a.adminCookie : a.cookie },
        }),
      ),
    );
    for (const [k, r] of got.entries())
      if (!isDeepStrictEqual(r.json(), got[0]!.json()))
        throw new Error(`${name}: ${answers[k]!.label} answers otherwise than ${answers[0]!.label}`);
  }
  for (const w of group) await cpuOf(w, block); // warm-up
  const sums = group.map(() => ({ server: 0, backend: 0 }));
  const ratios = group.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    const order = group.map((_, i) => i);
    if (r % 2) order.reverse();
    const whole: number[] = [];
    for (const i of order) {
      const m = await cpuOf(group[i]!, block);
      sums[i]!.server += m.server;
      sums[i]!.backend += m.backend;
      whole[i] = m.server + m.backend;
    }
    group.forEach((_, i) => ratios[i]!.push(whole[i]! / whole[0]!));
  }
  const n = rounds * block;
  const first = (sums[0]!.server + sums[0]!.backend) / n;
  console.log(`${name} | ${rounds}×${block}, ${concurrency} at a time | load ${load()}`);
  group.forEach((w, i) => {
    const server = sums[i]!.server / n;
    const backend = sums[i]!.backend / n;
    console.log(
      `  ${w.label.padEnd(12)} server ${(server * 1000).toFixed(0).padStart(5)} µs  backend ${(backend * 1000).toFixed(0).padStart(5)} µs  whole ${((server + backend) * 1000).toFixed(0).padStart(5)} µs  ${((server + backend) / first).toFixed(3)}× (median of rounds ${median(ratios[i]!).toFixed(3)})`,
    );
  });
}
await meter.end();
await a.app.close();
await a.database.close();
await admin.close();
