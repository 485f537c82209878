// The uncached form detail's server CPU a request over real HTTP, two checkouts in one server process
// (detail-http-server.ts: both apps there, each on its own port) and the load from this process (autocannon),
// so that what is measured is the server's alone — HTTP parsing, hooks, the query, the reply, the sockets'
// writes — and A and B share the machine's state: BLOCK requests to one, then to the other, ROUNDS times, the
// order turned every round; the server process's CPU (process.cpuUsage, by IPC) before and after each block.
// Prints the CPU a request of each and B/A (of the sums, and the median of the rounds' ratios); beside the server's,
// its PostgreSQL backends' (/proc/PID/schedstat of every client backend of the database but the meter's: during a
// block only the asked app's pool works) and the load generator's (this process), and their sum, the whole CPU a
// request on a machine where the three share the cores. The answers are compared byte for byte first. PATH_KIND=health asks /api/health (an A/A check: run with CHECKOUT_A = B too).
// PROFILE_OUT=file: a CPU profile of the server over the measured blocks (both apps; their files tell them apart).
//   DATABASE_URL=… CHECKOUT_A=/other/worktree [CHECKOUT_B=this one] node --import tsx bench/detail-http-ab-cpu.ts
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { benchFinanceLogin } from './checkout-app.ts';

const here = new URL('..', import.meta.url).pathname;
const checkouts = [process.env.CHECKOUT_A ?? here, process.env.CHECKOUT_B ?? here];
const rounds = Number(process.env.ROUNDS ?? 40);
const block = Number(process.env.BLOCK ?? 400);
const connections = Number(process.env.CONNECTIONS ?? 50);
const health = process.env.PATH_KIND === 'health';

const { admin, password, formIds: ids } = await benchFinanceLogin();
await admin.close();
const child = fork(new URL('./detail-http-server.ts', import.meta.url), [], {
  execArgv: [...SERVER_NODE_FLAGS, '--import', 'tsx'],
  env: { ...process.env, CHECKOUT_A: checkouts[0], CHECKOUT_B: checkouts[1], BENCH_PASSWORD: password },
});
const next = <T>() => new Promise<T>((res) => child.once('message', (m) => res(m as T)));
const { ports, cookies } = await next<{ ports: number[]; cookies: string[] }>();
const ask = async () => {
  const reply = next<{ cpuMs: number }>();
  child.send('cpu');
  return (await reply).cpuMs;
};
// The meter: its own connection (left out of the sum), which names the apps' backends.
const meter = new pg.Client(process.env.DATABASE_URL);
await meter.connect();
async function backendNs(): Promise<Map<number, number>> {
  const r = await meter.query<{ pid: number }>(
    `select pid from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  const times = new Map<number, number>();
  for (const { pid } of r.rows) {
    try {
      times.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The backend ended: not counted.
    }
  }
  return times;
}
const paths = health ? ['/api/health'] : ids.map((id) => `/api/forms/${id}`);

/** `amount` requests to app k (its paths in turn); the server's CPU ms they took and the requests answered. */
async function load(k: number, amount: number) {
  let i = 0;
  const b0 = await backendNs();
  const before = await ask();
  const c0 = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((res, rej) =>
    autocannon(
      {
        url: `http://127.0.0.1:${ports[k]}`,
        connections,
        amount,
        // A loaded machine answers some requests late: waited for, not counted as errors.
        timeout: 60,
        headers: { cookie: cookies[k]! },
        requests: [{ setupRequest: (r) => ({ ...r, path: paths[i++ % paths.length] }) }],
      },
      (err, r) => (err ? rej(err) : res(r)),
    ),
  );
  const c = process.cpuUsage(c0);
  const ms = (await ask()) - before;
  const b1 = await backendNs();
  let dbNs = 0;
  for (const [pid, t] of b1) dbNs += t - (b0.get(pid) ?? t);
  if (result.non2xx || result.errors)
    throw new Error(`app ${k}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { ms, dbMs: dbNs / 1e6, clientMs: (c.user + c.system) / 1000, n: result.requests.total };
}

// The same answers from both, byte for byte.
for (const path of paths.slice(0, 50)) {
  const [x, y] = await Promise.all(
    ports.map(async (port, k) =>
      Buffer.from(
        await (
          await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie: cookies[k]! } })
        ).arrayBuffer(),
      ),
    ),
  );
  if (!x!.equals(y!)) throw new Error(`${path}: the two answers differ`);
}
for (const k of [0, 1, 0, 1]) await load(k, block); // warm-up
if (process.env.PROFILE_OUT) {
  const started = next();
  child.send('profile');
  await started;
}
const sums = [
  { ms: 0, dbMs: 0, clientMs: 0, n: 0 },
  { ms: 0, dbMs: 0, clientMs: 0, n: 0 },
];
const ratios: number[] = [];
const wholeRatios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const per = [0, 0];
  const whole = [0, 0];
  for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const m = await load(k, block);
    sums[k]!.ms += m.ms;
    sums[k]!.dbMs += m.dbMs;
    sums[k]!.clientMs += m.clientMs;
    sums[k]!.n += m.n;
    per[k] = m.ms / m.n;
    whole[k] = (m.ms + m.dbMs + m.clientMs) / m.n;
  }
  ratios.push(per[1]! / per[0]!);
  wholeRatios.push(whole[1]! / whole[0]!);
  if (process.env.VERBOSE)
    console.log(
      `round ${r + 1}: A ${per[0]!.toFixed(3)}, B ${per[1]!.toFixed(3)} ms (${sums[0]!.n} and ${sums[1]!.n} requests so far)`,
    );
}
if (process.env.PROFILE_OUT) {
  const done = next();
  child.send('profile-stop');
  await done;
}
const per = sums.map((s) => s.ms / s.n);
const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;
const parts = (s: (typeof sums)[number]) =>
  `server ${(s.ms / s.n).toFixed(3)} + backends ${(s.dbMs / s.n).toFixed(3)} + client ${(s.clientMs / s.n).toFixed(3)} = ${((s.ms + s.dbMs + s.clientMs) / s.n).toFixed(3)} ms`;
const wholeOf = (s: (typeof sums)[number]) => (s.ms + s.dbMs + s.clientMs) / s.n;
console.log(
  `${health ? 'health' : 'detail'} over HTTP, server CPU a request: A ${per[0]!.toFixed(3)} ms (${checkouts[0]}), B ${per[1]!.toFixed(3)} ms (${checkouts[1]}), B/A ${(per[1]! / per[0]!).toFixed(3)} (median of rounds ${median(ratios).toFixed(3)}) | ${rounds} rounds of ${block}, ${connections} connections | load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
);
console.log(`  A: ${parts(sums[0]!)}`);
console.log(`  B: ${parts(sums[1]!)}`);
console.log(
  `  whole B/A ${(wholeOf(sums[1]!) / wholeOf(sums[0]!)).toFixed(3)} (median of rounds ${median(wholeRatios).toFixed(3)}); server + backends B/A ${((sums[1]!.ms + sums[1]!.dbMs) / sums[1]!.n / ((sums[0]!.ms + sums[0]!.dbMs) / sums[0]!.n)).toFixed(3)}`,
);
await meter.end();
child.send('close');
