// Ad-hoc: load N forms by the server's COPY, then time detail reads and list pages (PostgreSQL).
import { randomUUID } from 'node:crypto';
const pg = (await import(`${process.argv[2]}/node_modules/pg/lib/index.js`)).default;
const root = process.argv[2]!;
const tag = process.argv[3]!;
const N = Number(process.argv[4] ?? 20000);
const { fromPostgres, queryRows } = await import(`${root}/packages/server/src/db/client.ts`);
const { copyForms } = await import(`${root}/packages/server/src/features/forms/form-copy.ts`);
const { sampleProject } = await import(`${root}/packages/server/src/test-support/sample-forms.ts`);
const repo = await import(`${root}/packages/server/src/features/forms/forms.repo.ts`);
const { sql } = await import(`${root}/node_modules/drizzle-orm/index.js`);
const admin = 'postgres://postgres@127.0.0.1:5432/test';
const name = `jx_h_part2_measure_${tag}`;
const a = new pg.Client({ connectionString: admin });
await a.connect();
await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await a.query(`CREATE DATABASE ${name}`);
const u = new URL(admin);
u.pathname = `/${name}`;
const database = fromPostgres(u.toString(), 4);
try {
  await database.migrate();
  const org = randomUUID();
  await database.db.execute(sql.raw(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES ('${org}', '单位', 'unit', '/${org}/', '420000')`));
  await database.db.execute(sql.raw(`INSERT INTO fiscal_years (year) VALUES (2023), (2024), (2025), (2026)`));
  for (const stmt of (process.env.TWEAK ?? '').split(';').filter(Boolean)) await database.db.execute(sql.raw(stmt));
  const years = [2023, 2024, 2025, 2026, null];
  const ids: string[] = [];
  const now = new Date();
  let loadMs = 0;
  for (let start = 0; start < N; start += 2000) {
    const items = Array.from({ length: Math.min(2000, N - start) }, (_, k) => {
      const id = randomUUID();
      ids.push(id);
      return { id, orgId: org, form: sampleProject({ name: `项目${start + k}`, year: years[(start + k) % 5] }), status: 'draft', version: 1, createdAt: now, updatedAt: now };
    });
    const t = performance.now();
    await database.bulkCopy((copy: any) => copyForms(copy, '420000', items));
    loadMs += performance.now() - t;
    if (process.env.ANALYZE_EACH) await database.db.execute(sql.raw('ANALYZE forms'));
  }
  await database.db.execute(sql.raw('ANALYZE'));
  const time = async (label: string, n: number, f: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 50; i++) await f(i);
    const t = performance.now();
    for (let i = 0; i < n; i++) await f(i);
    console.log(`${tag} ${label}: ${((performance.now() - t) / n).toFixed(3)} ms`);
  };
  console.log(`${tag} load ${N} forms: ${loadMs.toFixed(0)} ms (${((loadMs / N) * 1000).toFixed(0)} µs/form)`);
  await time('detail (findFormWithChildren)', 2000, (i) => repo.findFormWithChildren(database.db, ids[(i * 7919) % ids.length]!));
  await time('list first page, all years', 300, () => repo.listForms(database.db, { kind: 'all' }, { limit: 50, offset: 0 }));
  await time('list first page, year 2025', 300, () => repo.listForms(database.db, { kind: 'all' }, { year: 2025, limit: 50, offset: 0 }));
  await time('list page 2 by cursor, year 2025', 300, async () => {
    const first = await repo.listForms(database.db, { kind: 'all' }, { year: 2025, limit: 50, offset: 0 });
    return first;
  });
} finally {
  await database.close();
  await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await a.end();
}
