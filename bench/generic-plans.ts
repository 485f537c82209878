// Each prepared list statement's generic plan on a bench database (docs/scale.md): a server over
// DATABASE_URL (caches off) answers every list's first page, a deep page and the workbench's page as
// finance (the audit log as admin) while the statements sent on the generic-plan pool are captured; each is
// then run under EXPLAIN (ANALYZE) EXECUTE with its generic plan and with a plan made for its values, and
// printed: the scans, the partitions pruned, planning and execution time. DUMP=DIR also writes each
// statement (NN-table.sql) and its values (NN-table.values.json) for bench/statement-cpu.ts. Usage:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB [DUMP=DIR] node --import tsx bench/generic-plans.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../packages/server/src/app.ts';
import { testConfig } from '../packages/server/src/config.ts';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { hashPassword } from '../packages/server/src/features/auth/password.ts';
import { setPasswordHash } from '../packages/server/src/features/auth/auth.repo.ts';
import {
  captureGeneric,
  explainExecuted,
  scansOf,
  subplansRemoved,
} from '../packages/server/src/test-support/generic-plans.ts';
import { firstRound, listPaths } from './province-lists.ts';

const url = process.env.DATABASE_URL!;
const database = fromPostgres(url, 4);
const password = 'bench-Passw0rd-generic';
const hash = await hashPassword(password);
const users = await queryRows<{ id: string; username: string }>(
  database.db,
  sql`select id, username from users where username in ('bench-finance', 'bench-admin')`,
);
for (const u of users) await setPasswordHash(database.db, u.id, hash);
const round = (await firstRound(database))!;
const lists = await listPaths(database, round.id, round.year);
const app = await buildApp({
  config: testConfig({ loginRatePerMinute: 1000, formCacheSeconds: 0 }),
  database,
});
const cookieOf = async (username: string) => {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  return `jx_session=${login.cookies.find((c) => c.name === 'jx_session')!.value}`;
};
const finance = await cookieOf('bench-finance');
const admin = await cookieOf('bench-admin');
const paths: [string, string][] = [
  ['/api/forms?limit=50', finance],
  [`/api/forms?limit=200&year=${round.year}`, finance],
  ['/api/monitoring/rounds', finance],
  ...Object.entries(lists).flatMap(([name, l]) =>
    [l.first[0]!, l.deep[0]!].map((p): [string, string] => [p, name === 'audit' ? admin : finance]),
  ),
];
const deepForm = (
  await queryRows<{ at: string; id: string }>(
    database.db,
    sql`select updated_at::text as at, id from forms order by updated_at desc, id offset 1000 limit 1`,
  )
)[0]!;
const { encodeCursor } = await import('../packages/server/src/http/list-cursor.ts');
paths.push([`/api/forms?limit=50&cursor=${encodeCursor(deepForm)}`, finance]);
const statements = await captureGeneric(async () => {
  for (const [path, cookie] of paths) {
    const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
  }
});
console.log(`${paths.length} requests, ${statements.length} statements on the generic-plan pool`);
const dump = process.env.DUMP;
if (dump) mkdirSync(dump, { recursive: true });
for (const [k, s] of statements.entries()) {
  if (dump) {
    const file = join(
      dump,
      `${String(k + 1).padStart(2, '0')}-${/from "(\w+)"/.exec(s.text)?.[1] ?? 'statement'}`,
    );
    writeFileSync(`${file}.sql`, s.text);
    writeFileSync(`${file}.values.json`, JSON.stringify(s.values));
  }
  const generic = await explainExecuted(url, s, 'force_generic_plan');
  const custom = await explainExecuted(url, s, 'force_custom_plan');
  const same = JSON.stringify(scansOf(generic.plan)) === JSON.stringify(scansOf(custom.plan));
  console.log(`\n${k + 1}. ${s.text.replace(/\s+/g, ' ').slice(0, 160)}…`);
  console.log(
    `  generic: planning ${generic.planningMs.toFixed(2)} ms, execution ${generic.executionMs.toFixed(2)} ms, partitions pruned ${subplansRemoved(generic.plan)}`,
  );
  console.log(
    `  custom:  planning ${custom.planningMs.toFixed(2)} ms, execution ${custom.executionMs.toFixed(2)} ms, partitions pruned ${subplansRemoved(custom.plan)}`,
  );
  console.log(`  scans ${same ? '(the same)' : 'generic'}: ${scansOf(generic.plan).join('; ')}`);
  if (!same) console.log(`  scans custom: ${scansOf(custom.plan).join('; ')}`);
}
await app.close();
await database.close();
