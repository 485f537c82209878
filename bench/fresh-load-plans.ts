// The plans of a form's reads right after a bulk load, before any ANALYZE: a scratch PostgreSQL database,
// `--projects=N` forms of the server bench (15 indicators each) loaded by the server's COPY loader, then
// EXPLAIN ANALYZE of the reads by a form's key (goals, indicators, versions) and of the joins that name a
// form's year, printed as they come. `--no-analyze` leaves out the loader's closing ANALYZE (the plans
// as they were before it). Usage:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/fresh-load-plans.ts --projects=60000
// BENCH_DB_NAME names the scratch database (dropped at the end unless BENCH_KEEP_DB=1).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../packages/server/src/config.ts';
import { fromPostgres, queryRows } from '../packages/server/src/db/client.ts';
import { analyzeLoadedForms } from '../packages/server/src/features/forms/form-copy.ts';
import { createOrg } from '../packages/server/src/features/orgs/orgs.service.ts';
import { createScratchDatabase } from '../packages/server/src/test-support/scratch-database.ts';
import { batchForms, loadBatch, REGION } from './province-data.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const projects = Number(arg('projects') ?? 60_000);
const analyze = !process.argv.includes('--no-analyze');
const adminUrl = loadConfig().databaseUrl;
if (!adminUrl) throw new Error('DATABASE_URL must name a PostgreSQL server');
const name = process.env.BENCH_DB_NAME ?? `jx_plans_${randomBytes(4).toString('hex')}`;

const scratch = await createScratchDatabase(adminUrl, name, { keep: process.env.BENCH_KEEP_DB === '1' });
const database = fromPostgres(scratch.url, 4);
try {
  await database.migrate();
  // Two years opened, the forms of the bench's year in its partition.
  await database.db.execute(
    sql`insert into fiscal_years (year) values (2024), (2025) on conflict do nothing`,
  );
  const system = { actor: null, ip: null };
  const orgIds: string[] = [];
  await database.db.transaction(async (tx) => {
    const root = await createOrg(tx, system, { name: '省财政厅', kind: 'finance', code: REGION });
    for (let k = 0; k < Math.max(10, Math.round(projects / 30)); k++)
      orgIds.push((await createOrg(tx, system, { name: `单位${k}`, kind: 'unit', parentId: root.id })).id);
  });
  const t0 = performance.now();
  for (let start = 0; start < projects; start += 1000)
    await loadBatch(database, batchForms(start, Math.min(1000, projects - start), orgIds, 15));
  const loadMs = performance.now() - t0;
  let analyzeMs = 0;
  if (analyze) {
    const t1 = performance.now();
    await analyzeLoadedForms(database.db);
    analyzeMs = performance.now() - t1;
  }
  console.log(
    `${projects} forms loaded in ${(loadMs / 1000).toFixed(1)} s; ANALYZE ${analyzeMs.toFixed(0)} ms`,
  );
  const [form] = await queryRows<{ id: string; year: number }>(
    database.db,
    sql`select id, year from forms order by id offset ${Math.floor(projects / 2)} limit 1`,
  );
  const reads: [string, string][] = [
    [
      'goals',
      `select * from form_goals where region_code = $1 and form_id = $2 and year = $3 order by position`,
    ],
    [
      'indicators',
      `select * from indicators where region_code = $1 and form_id = $2 and year = $3 order by position`,
    ],
    [
      'versions',
      `select version, created_at from form_versions where region_code = $1 and form_id = $2 and year = $3 order by version desc`,
    ],
  ];
  for (const [what, text] of reads) {
    const r = await queryRows<{ 'QUERY PLAN': string }>(
      database.db,
      sql.raw(
        `explain (analyze, costs off, timing on) ${text.replace('$1', `'${REGION}'`).replace('$2', `'${form!.id}'`).replace('$3', String(form!.year))}`,
      ),
    );
    console.log(`\n— ${what}\n${r.map((x) => x['QUERY PLAN']).join('\n')}`);
  }
} finally {
  await database.close();
  await scratch.drop();
}
