// The uncached form detail's own CPU in the server, without the sockets: the app of a checkout (CHECKOUT, this
// one by default) over DATABASE_URL with its caches off, asked by `inject` (no HTTP connection, no writev),
// ROUNDS rounds of N requests for 1,000 forms in turn, CONCURRENCY at a time; prints the process's CPU a
// request for the detail and for /api/health (the floor) in each round. Run two checkouts in turn to compare.
//   DATABASE_URL=… [CHECKOUT=/other/worktree] node --import tsx bench/detail-inject-cpu.ts
import { benchFinanceLogin, checkoutApp } from './checkout-app.ts';

const checkout = process.env.CHECKOUT ?? new URL('..', import.meta.url).pathname;

const n = Number(process.env.N ?? 3000);
const rounds = Number(process.env.ROUNDS ?? 3);
const concurrency = Number(process.env.CONCURRENCY ?? 10);
const { admin, password, formIds: ids } = await benchFinanceLogin();
const { app, database, cookie } = await checkoutApp(checkout, password);

/** CPU ms a request over `count` requests of `path(i)`, `concurrency` at a time. */
async function cpuPerRequest(path: (i: number) => string, count: number) {
  let next = 0;
  const c0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const r = await app.inject({ method: 'GET', url: path(i), headers: { cookie } });
        if (r.statusCode !== 200) throw new Error(`${path(i)}: ${r.statusCode}`);
      }
    }),
  );
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / count;
}

const detail = (i: number) => `/api/forms/${ids[i % ids.length]}`;
await cpuPerRequest(detail, 1000); // warm-up
await cpuPerRequest(() => '/api/health', 1000);
for (let r = 0; r < rounds; r++) {
  const d = await cpuPerRequest(detail, n);
  const h = await cpuPerRequest(() => '/api/health', n);
  console.log(
    `${checkout.padEnd(28)} round ${r + 1}: detail ${d.toFixed(3)} ms/req, health ${h.toFixed(3)} ms/req, detail − health ${(d - h).toFixed(3)} | load ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
  );
}
await app.close();
await database.close();
await admin.close();
