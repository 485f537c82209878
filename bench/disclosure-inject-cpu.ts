// The public disclosure page's CPU in the server without the socket: each checkout's app over DATABASE_URL
// (caches off, as the server bench's uncached server) and a bare Fastify route, asked by `inject` in blocks of
// BLOCK requests in turn, ROUNDS rounds, the order turned every round. On a loaded machine the socket's share
// (writing the page) cannot be told from the machine's swings; this is the rest: routing, hooks, the route.
//   DATABASE_URL=… CHECKOUT_A=/other/checkout [CHECKOUT_B=this one] [ROUNDS=20] [BLOCK=2000] \
//     node --import tsx bench/disclosure-inject-cpu.ts
import { sql } from 'drizzle-orm';
import { queryRows } from '../packages/server/src/db/client.ts';
import { bareRoutes } from './bare-routes.ts';
import { benchFinanceLogin, checkoutApp } from './checkout-app.ts';

const here = new URL('..', import.meta.url).pathname;
const checkouts = [process.env.CHECKOUT_A ?? here, process.env.CHECKOUT_B ?? here];
const rounds = Number(process.env.ROUNDS ?? 20);
const block = Number(process.env.BLOCK ?? 2000);
// CODING=304: as a browser revalidates (its gzip page's tag): the hooks and the route without a page's bytes,
// which `inject` copies slowly (light-my-request) and so would drown the rest.
const coding = process.env.CODING ?? 'identity';
const headers: Record<string, string> =
  coding === 'identity' ? {} : { 'accept-encoding': 'gzip, deflate, br' };

const { admin, password } = await benchFinanceLogin();
const paths = (
  await queryRows<{ org_id: string }>(admin.db, sql`select distinct org_id from budget_publications`)
).map((r) => `/api/public/disclosures/${r.org_id}/2025`);
const apps = [await checkoutApp(checkouts[0]!, password), await checkoutApp(checkouts[1]!, password)];
const bare = bareRoutes(Buffer.alloc(0));
await bare.ready();
const first = await Promise.all(apps.map(({ app }) => app.inject({ url: paths[0]!, headers })));
/** Each app's tag of each page (a 304 run asks every page with its own tag). */
const tags = await Promise.all(
  apps.map(async ({ app }) => {
    const m = new Map<string, string>();
    for (const p of paths) m.set(p, String((await app.inject({ url: p, headers })).headers.etag));
    return m;
  }),
);
const ask = (k: 0 | 1, i: number) => {
  const url = paths[i % paths.length]!;
  return apps[k]!.app.inject({
    url,
    headers: coding === '304' ? { ...headers, 'if-none-match': tags[k]!.get(url)! } : headers,
  });
};
process.stdout.write(
  `A ${first[0]!.rawPayload.length} bytes, B ${first[1]!.rawPayload.length} bytes (${coding})\n`,
);

/** CPU µs a request of BLOCK requests (10 at a time) through `ask`. */
async function cpuOf(ask: (i: number) => Promise<unknown>) {
  const t0 = process.cpuUsage();
  for (let i = 0; i < block; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => ask(i + k)));
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / block;
}
const runs: [string, (i: number) => Promise<unknown>][] = [
  ['bare', () => bare.inject({ url: '/json' })],
  ['A', (i) => ask(0, i)],
  ['B', (i) => ask(1, i)],
];
for (const [, ask] of runs) await cpuOf(ask); // warm-up
const got: Record<string, number[]> = { bare: [], A: [], B: [] };
for (let r = 0; r < rounds; r++)
  for (const [name, ask] of r % 2 === 0 ? runs : [...runs].reverse()) got[name]!.push(await cpuOf(ask));
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratios = got.A!.map((a, i) => got.B![i]! / a);
process.stdout.write(
  `CPU µs a request, median of ${rounds} rounds: bare ${med(got.bare!).toFixed(1)}, A ${med(got.A!).toFixed(1)}, B ${med(got.B!).toFixed(1)}; B/A median of the rounds' ratios ${med(ratios).toFixed(3)}\n`,
);
for (const { app, database } of apps) {
  await app.close();
  await database.close();
}
await bare.close();
await admin.close();
