// The uncached form detail's server CPU a request over real HTTP, two checkouts in one server process
// (detail-http-server.ts: both apps there, each on its own port) and the load from this process (autocannon),
// so that what is measured is the server's alone — HTTP parsing, hooks, the query, the reply, the sockets'
// writes — and A and B share the machine's state: BLOCK requests to one, then to the other, ROUNDS times, the
// order turned every round; the server process's CPU (process.cpuUsage, by IPC) before and after each block.
// Prints the CPU a request of each and B/A (of the sums, and the median of the rounds' ratios). The answers are
// compared byte for byte first. PATH_KIND=health asks /api/health (an A/A check: run with CHECKOUT_A = B too).
// PROFILE_OUT=file: a CPU profile of the server over the measured blocks (both apps; their files tell them apart).
//   DATABASE_URL=… CHECKOUT_A=/other/worktree [CHECKOUT_B=this one] node --import tsx bench/detail-http-ab-cpu.ts
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
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
const paths = health ? ['/api/health'] : ids.map((id) => `/api/forms/${id}`);

/** `amount` requests to app k (its paths in turn); the server's CPU ms they took and the requests answered. */
async function load(k: number, amount: number) {
  let i = 0;
  const before = await ask();
  const result = await new Promise<autocannon.Result>((res, rej) =>
    autocannon(
      {
        url: `http://127.0.0.1:${ports[k]}`,
        connections,
        amount,
        headers: { cookie: cookies[k]! },
        requests: [{ setupRequest: (r) => ({ ...r, path: paths[i++ % paths.length] }) }],
      },
      (err, r) => (err ? rej(err) : res(r)),
    ),
  );
  const ms = (await ask()) - before;
  if (result.non2xx || result.errors)
    throw new Error(`app ${k}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { ms, n: result.requests.total };
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
  { ms: 0, n: 0 },
  { ms: 0, n: 0 },
];
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const per = [0, 0];
  for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const { ms, n } = await load(k, block);
    sums[k]!.ms += ms;
    sums[k]!.n += n;
    per[k] = ms / n;
  }
  ratios.push(per[1]! / per[0]!);
  if (process.env.VERBOSE) console.log(`round ${r + 1}: A ${per[0]!.toFixed(3)}, B ${per[1]!.toFixed(3)} ms`);
}
if (process.env.PROFILE_OUT) {
  const done = next();
  child.send('profile-stop');
  await done;
}
const per = sums.map((s) => s.ms / s.n);
const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
console.log(
  `${health ? 'health' : 'detail'} over HTTP, server CPU a request: A ${per[0]!.toFixed(3)} ms (${checkouts[0]}), B ${per[1]!.toFixed(3)} ms (${checkouts[1]}), B/A ${(per[1]! / per[0]!).toFixed(3)} (median of rounds ${median.toFixed(3)}) | ${rounds} rounds of ${block}, ${connections} connections | load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
);
child.send('close');
