// The statements one request sends, each with its executed plan: the route is called once on a server
// (caches off) over DATABASE_URL, every statement its pool sends is captured with its values, then run again
// under EXPLAIN (ANALYZE, BUFFERS) on a connection of its own. Usage (a copy of bench60k; reads only, unless
// the route writes):
//   DATABASE_URL=postgres://…/COPY node --import tsx bench/explain-route.ts USERNAME PATH [--plans]
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../packages/server/src/app.ts';
import { testConfig } from '../packages/server/src/config.ts';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';

const [username = 'bench-finance', path = '/api/evaluation/dashboard?year=2025'] = process.argv.slice(2);
const plans = process.argv.includes('--plans');
const url = process.env.DATABASE_URL!;
const captured: { text: string; values: unknown[] }[] = [];
let capturing = false;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (capturing) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof config === 'string' ? config : config.text;
    captured.push({ text, values: values ?? (typeof config === 'string' ? [] : (config.values ?? [])) });
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const database = fromPostgres(url, 10);
const password = 'bench-Passw0rd-explain';
const [user] = await queryRows<{ id: string }>(
  database.db,
  sql`select id from users where username = ${username}`,
);
await setPasswordHash(database.db, user!.id, await hashPassword(password));
const app = await buildApp({
  config: testConfig({ loginRatePerMinute: 1000, formCacheSeconds: 0 }),
  database,
});
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const cookie = login.cookies.find((c) => c.name === 'jx_session')!;
const headers = { cookie: `jx_session=${cookie.value}` };
await app.inject({ method: 'GET', url: path, headers }); // warm: the session and the statements' shapes
capturing = true;
const t0 = performance.now();
const res = await app.inject({ method: 'GET', url: path, headers });
const ms = performance.now() - t0;
capturing = false;
console.log(
  `${path}: ${res.statusCode}, ${res.body.length} bytes, ${ms.toFixed(1)} ms, ${captured.length} statements`,
);
const client = new pg.Client(url);
await client.connect();
await client.query('set max_parallel_workers_per_gather = 0');
// PLAN_CACHE_MODE=force_generic_plan: each statement also prepared and run under EXPLAIN EXECUTE with its
// generic plan, as the list pool's sessions run it (db/prepared.ts); its executed plan printed.
const genericMode = process.env.PLAN_CACHE_MODE;
for (const [i, { text, values }] of captured.entries()) {
  if (!/^\s*(with|select)/i.test(text)) continue;
  // DUMP=dir: each statement's text and values written there (to run it again by hand, changed).
  if (process.env.DUMP) {
    writeFileSync(`${process.env.DUMP}/statement-${i}.sql`, text);
    writeFileSync(`${process.env.DUMP}/statement-${i}.values.json`, JSON.stringify(values));
  }
  if (genericMode) {
    await client.query(`set plan_cache_mode = ${genericMode}`);
    await client.query(`prepare explained_${i} as ${text}`);
    const args = (values as unknown[]).map((v) =>
      v === null
        ? 'null'
        : `'${(typeof v === 'object' ? JSON.stringify(v) : String(v)).replace(/'/g, "''")}'`,
    );
    const call = `execute explained_${i}${args.length ? `(${args.join(', ')})` : ''}`;
    await client.query(call);
    const t = await client.query(`explain (analyze, buffers) ${call}`);
    console.log(`${genericMode}: ${text.replace(/\s+/g, ' ').slice(0, 150)}`);
    console.log(t.rows.map((x: { 'QUERY PLAN': string }) => '    ' + x['QUERY PLAN']).join('\n'));
    await client.query('set plan_cache_mode = auto');
    continue;
  }
  const r = await client.query(`explain (analyze, buffers, format json) ${text}`, values as unknown[]);
  const plan = (
    r.rows[0] as {
      'QUERY PLAN': [
        {
          'Execution Time': number;
          'Planning Time': number;
          Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number };
        },
      ];
    }
  )['QUERY PLAN'][0];
  console.log(
    `exec ${plan['Execution Time'].toFixed(1)} ms, plan ${plan['Planning Time'].toFixed(1)} ms, buffers ${plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks']}: ${text.replace(/\s+/g, ' ').slice(0, 150)}`,
  );
  if (plans) {
    const t = await client.query(`explain (analyze, buffers) ${text}`, values as unknown[]);
    console.log(t.rows.map((x: { 'QUERY PLAN': string }) => '    ' + x['QUERY PLAN']).join('\n'));
  }
}
await client.end();
await app.close();
await database.close();
