// The uncached form detail's CPU in the server, two checkouts in one process (A/B without the machine's drift
// between runs: on a loaded machine two runs one after the other differ by more than a change does). Each
// checkout's app over DATABASE_URL with its caches off, asked by `inject`; BLOCK requests of one, then of the
// other, ROUNDS times, the order turned every round; prints the CPU a request of each, summed over the rounds,
// and their ratio. PATH_KIND=health asks /api/health instead (an A/A check of the harness).
//   DATABASE_URL=… CHECKOUT_A=/other/worktree [CHECKOUT_B=this one] node --import tsx bench/detail-ab-cpu.ts
import { readFileSync } from 'node:fs';
import { benchFinanceLogin, checkoutApp } from './checkout-app.ts';

const here = new URL('..', import.meta.url).pathname;
const checkouts = [process.env.CHECKOUT_A ?? here, process.env.CHECKOUT_B ?? here];
const rounds = Number(process.env.ROUNDS ?? 20);
const block = Number(process.env.BLOCK ?? 500);
const concurrency = Number(process.env.CONCURRENCY ?? 10);
const health = process.env.PATH_KIND === 'health';

const { admin, password, formIds: ids } = await benchFinanceLogin();
const apps = [await checkoutApp(checkouts[0]!, password), await checkoutApp(checkouts[1]!, password)];
const path = (i: number) => (health ? '/api/health' : `/api/forms/${ids[i % ids.length]}`);

/** CPU ms of `count` requests to one app, `concurrency` at a time; the answers' bytes, to compare. */
async function cpuOf(a: (typeof apps)[number], count: number, start: number) {
  let next = 0;
  let bytes = 0;
  const c0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const r = await a.app.inject({ method: 'GET', url: path(start + i), headers: { cookie: a.cookie } });
        if (r.statusCode !== 200) throw new Error(`${path(start + i)}: ${r.statusCode}`);
        bytes += r.rawPayload.length;
      }
    }),
  );
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, bytes };
}

for (const a of apps) await cpuOf(a, 2000, 0); // warm-up
// The same forms' answers, byte for byte, from both.
for (const id of ids.slice(0, 50)) {
  const [x, y] = await Promise.all(
    apps.map((a) => a.app.inject({ method: 'GET', url: `/api/forms/${id}`, headers: { cookie: a.cookie } })),
  );
  if (!x!.rawPayload.equals(y!.rawPayload)) throw new Error(`/api/forms/${id}: the two answers differ`);
}
const total = [0, 0];
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) total[k]! += (await cpuOf(apps[k]!, block, r * block)).ms;
}
const per = total.map((t) => t / (rounds * block));
console.log(
  `${health ? 'health' : 'detail'} CPU a request: A ${per[0]!.toFixed(3)} ms (${checkouts[0]}), B ${per[1]!.toFixed(3)} ms (${checkouts[1]}), B/A ${(per[1]! / per[0]!).toFixed(3)} | ${rounds} rounds of ${block} | load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
);
for (const a of apps) {
  await a.app.close();
  await a.database.close();
}
await admin.close();
