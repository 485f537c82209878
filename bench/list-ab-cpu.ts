// The uncached lists' CPU in the server, two checkouts in one process (as detail-ab-cpu.ts does for the detail:
// on a loaded machine two runs one after the other differ by more than a change does). Each checkout's app over
// DATABASE_URL with its caches off, asked by `inject`; for each list, BLOCK requests of one app, then of the
// other, ROUNDS times, the order turned every round; the answers compared byte for byte first. Prints each
// list's CPU a request in A and B and their ratio — the server's (this process) and, with BACKENDS=1, its PostgreSQL
// backends' too (the run time /proc/PID/schedstat gives of every client backend of the database but the meter's:
// within a block only one app asks, so its backends' CPU is that block's) and their sum, the whole. LISTS: the lists to run (comma-separated; all by default);
// SAME_JSON, MAY_DIFFER: lists whose answers may differ in bytes (the same JSON) or at all (printed).
//   DATABASE_URL=… CHECKOUT_A=/other/worktree [CHECKOUT_B=this one] node --import tsx bench/list-ab-cpu.ts
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { queryRows } from '../packages/server/src/db/client.ts';
import { encodeCursor } from '../packages/server/src/http/list-cursor.ts';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';
import { benchFinanceLogin, checkoutApp } from './checkout-app.ts';
import { firstRound, listPaths } from './province-lists.ts';

const here = new URL('..', import.meta.url).pathname;
const checkouts = [process.env.CHECKOUT_A ?? here, process.env.CHECKOUT_B ?? here];
const rounds = Number(process.env.ROUNDS ?? 10);
const block = Number(process.env.BLOCK ?? 100);
const concurrency = Number(process.env.CONCURRENCY ?? 10);
const sameJson = process.env.SAME_JSON?.split(',') ?? [];
const mayDiffer = process.env.MAY_DIFFER?.split(',') ?? [];

const { admin, password } = await benchFinanceLogin();
const round = await firstRound(admin);
const others = round ? await listPaths(admin, round.id, round.year) : undefined;
const deepForms = await queryRows<{ at: string; id: string }>(
  admin.db,
  sql`select updated_at::text as at, id from forms order by updated_at desc, id
      offset greatest(0, (select count(*) from forms) - 1000) limit 20`,
);
const [{ n: formCount } = { n: 0 }] = await queryRows<{ n: number }>(
  admin.db,
  sql`select count(*)::int as n from forms`,
);
const all: Record<string, string[]> = {
  'forms.first': ['/api/forms?limit=50'],
  'forms.deep': deepForms.map((r) => `/api/forms?limit=50&cursor=${encodeCursor(r)}`),
  'forms.offset': [`/api/forms?limit=50&offset=${Math.min(MAX_LIST_OFFSET, Math.max(0, formCount - 50))}`],
  ...(others
    ? {
        'self-evaluations.first': others['self-evaluations'].first,
        'self-evaluations.deep': others['self-evaluations'].deep,
        'entries.first': others['monitoring-entries'].first,
        'entries.deep': others['monitoring-entries'].deep,
        'batches.first': others['check-batches'].first,
        'batches.deep': others['check-batches'].deep,
        'audit.first': others.audit.first,
        'audit.deep': others.audit.deep,
      }
    : {}),
  health: ['/api/health'],
};
const chosen = process.env.LISTS?.split(',') ?? Object.keys(all);
const apps = [await checkoutApp(checkouts[0]!, password), await checkoutApp(checkouts[1]!, password)];

/** The session a list is asked with: the audit log is the administrator's. */
const cookieOf = (a: (typeof apps)[number], name: string) =>
  name.startsWith('audit.') ? a.adminCookie : a.cookie;

// BACKENDS=1: the meter, on its own connection (its backend left out of the sum).
const meter = process.env.BACKENDS === '1' ? new pg.Client(process.env.DATABASE_URL) : undefined;
await meter?.connect();
/** The run time so far (ns) of each client backend of the database but the meter's; 0 without the meter. */
async function backendsNs(): Promise<Map<number, number>> {
  const times = new Map<number, number>();
  if (!meter) return times;
  const r = await meter.query<{ pid: number }>(
    `select pid from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  for (const { pid } of r.rows) {
    try {
      times.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The backend ended: not counted.
    }
  }
  return times;
}
const backendMs = { sum: [0, 0] };

/**
 * CPU ms of `count` requests to one app, `concurrency` at a time, over `paths` in turn: the server's (returned)
 * and, with the meter, its backends' (added to `backendMs.sum[k]`).
 */
async function cpuOf(a: (typeof apps)[number], paths: string[], count: number, cookie: string, k = -1) {
  let next = 0;
  const b0 = k >= 0 ? await backendsNs() : undefined;
  const c0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const url = paths[i % paths.length]!;
        const r = await a.app.inject({ method: 'GET', url, headers: { cookie } });
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      }
    }),
  );
  const c = process.cpuUsage(c0);
  if (b0) {
    const b1 = await backendsNs();
    for (const [pid, t] of b1) backendMs.sum[k]! += (t - (b0.get(pid) ?? t)) / 1e6;
  }
  return (c.user + c.system) / 1000;
}

for (const name of chosen) {
  const paths = all[name];
  if (!paths) throw new Error(`no list ${name}: ${Object.keys(all).join(', ')}`);
  // The same answers, byte for byte, from both — or, where a change writes the same values otherwise
  // (SAME_JSON: the lists, comma-separated), the same JSON; a list in MAY_DIFFER has its differences printed.
  for (const url of paths) {
    const [x, y] = await Promise.all(
      apps.map((a) => a.app.inject({ method: 'GET', url, headers: { cookie: cookieOf(a, name) } })),
    );
    if (x!.rawPayload.equals(y!.rawPayload)) continue;
    if (sameJson.includes(name) && isDeepStrictEqual(x!.json(), y!.json())) continue;
    if (mayDiffer.includes(name)) {
      const keys = (o: Record<string, unknown>) => Object.entries(o).filter(([k]) => k !== 'items');
      console.log(
        `${name}: answers differ (allowed): A ${JSON.stringify(keys(x!.json()))} B ${JSON.stringify(keys(y!.json()))}`,
      );
      continue;
    }
    throw new Error(`${url}: the two answers differ`);
  }
  for (const a of apps) await cpuOf(a, paths, block, cookieOf(a, name)); // warm-up
  const total = [0, 0];
  backendMs.sum = [0, 0];
  const wholeRatios: number[] = [];
  // Each round's B/A: their median is less moved by a burst of the machine's other load than the sums are.
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    const ms = [0, 0];
    const before = [...backendMs.sum];
    for (const k of order) ms[k] = await cpuOf(apps[k]!, paths, block, cookieOf(apps[k]!, name), k);
    total[0]! += ms[0]!;
    total[1]! += ms[1]!;
    ratios.push(ms[1]! / ms[0]!);
    const whole = [0, 1].map((k) => ms[k]! + backendMs.sum[k]! - before[k]!);
    wholeRatios.push(whole[1]! / whole[0]!);
  }
  const per = total.map((t) => t / (rounds * block));
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  console.log(
    `${name.padEnd(24)} A ${per[0]!.toFixed(3)} ms  B ${per[1]!.toFixed(3)} ms  B/A ${(per[1]! / per[0]!).toFixed(3)} (median of rounds ${median.toFixed(3)}) | ${rounds}×${block} | load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
  );
  if (meter) {
    const back = backendMs.sum.map((t) => t / (rounds * block));
    const whole = [0, 1].map((k) => per[k]! + back[k]!);
    wholeRatios.sort((a, b) => a - b);
    console.log(
      `${''.padEnd(24)} backends A ${back[0]!.toFixed(3)} ms  B ${back[1]!.toFixed(3)} ms | whole A ${whole[0]!.toFixed(3)} ms  B ${whole[1]!.toFixed(3)} ms  B/A ${(whole[1]! / whole[0]!).toFixed(3)} (median of rounds ${wholeRatios[Math.floor(wholeRatios.length / 2)]!.toFixed(3)})`,
    );
  }
}
console.log(`A ${checkouts[0]}  B ${checkouts[1]}`);
await meter?.end();
for (const a of apps) {
  await a.app.close();
  await a.database.close();
}
await admin.close();
