// A round's entries and the audit log on PGlite (embedded: the statement runs in the server's own thread), two
// checkouts' apps in one process, each on its own PGlite with the same rows: FORMS entries of one round, AUDIT
// audit entries like the bench's (`{"status": …}`). For each page (first, second), BLOCK requests of one app then
// of the other, ROUNDS times, the order turned every round; the answers compared byte for byte first. Prints
// the process's CPU a request in A and B and their ratio.
//   CHECKOUT_A=/other/worktree [CHECKOUT_B=this one] [FORMS=101] node --import tsx bench/pglite-list-ab.ts
import { sql } from 'drizzle-orm';

const here = new URL('..', import.meta.url).pathname;
const checkouts = [process.env.CHECKOUT_A ?? here, process.env.CHECKOUT_B ?? here];
const forms = Number(process.env.FORMS ?? 101);
const rounds = Number(process.env.ROUNDS ?? 10);
const block = Number(process.env.BLOCK ?? 100);

type Server = typeof import('../packages/server/src/test-support/test-app.ts');
type Schema = typeof import('../packages/server/src/db/schema.ts');
type Samples = typeof import('../packages/server/src/test-support/sample-forms.ts');

async function setUp(checkout: string) {
  const src = `${checkout}/packages/server/src`;
  const { createTestApp, TEST_REGION } = (await import(`${src}/test-support/test-app.ts`)) as Server;
  const { monitoringRounds } = (await import(`${src}/db/schema.ts`)) as Schema;
  const { sampleProject } = (await import(`${src}/test-support/sample-forms.ts`)) as Samples;
  const ctx = await createTestApp('pglite', { checkForm: () => [] });
  const db = ctx.database.db;
  const [round] = await db
    .insert(monitoringRounds)
    .values({ regionCode: TEST_REGION, year: 2025, month: 7, title: '监控', thresholds: {} })
    .returning({ id: monitoringRounds.id });
  const filler = await ctx.as('fillerA1');
  for (let i = 0; i < forms; i++)
    await filler.post('/api/forms', { form: sampleProject({ name: `监控项目${i}` }) });
  // One entry a form, times apart (the same on both sides: made from the form's name).
  await db.execute(sql`insert into monitoring_entries (region_code, round_id, year, form_id, org_id, data, status,
      budget_light, red_count, execution_rate, updated_at)
    select f.region_code, ${round!.id}, 2025, f.id, f.org_id, '{}'::jsonb, 'filled', 'green', 1, 85.5,
      timestamptz '2026-01-01 08:00:00.123456+00' - (substring(f.name from '[0-9]+$')::int * interval '1 minute')
    from forms f where f.name like '监控项目%'`);
  await db.execute(sql`insert into audit_log (region_code, at, actor_name, action, entity, entity_id, after)
    select ${TEST_REGION}, timestamptz '2026-01-01 08:00:00.123456+00' - g * interval '1 second', 'bench', 'update',
      'bench-form', 'f' || g, jsonb_build_object('status', 'draft') from generate_series(1, ${forms * 3}) g`);
  return { ctx, finance: await ctx.as('finance'), admin: await ctx.as('admin'), roundId: round!.id };
}

const apps = [await setUp(checkouts[0]!), await setUp(checkouts[1]!)];
type App = (typeof apps)[number];

/** The paths of a list on one app: its first page and the page after it. */
async function pathsOf(a: App, list: 'entries' | 'audit') {
  const base =
    list === 'entries'
      ? `/api/monitoring/rounds/${a.roundId}/entries?limit=50`
      : '/api/audit?entity=bench-form&limit=50';
  const session = list === 'entries' ? a.finance : a.admin;
  const first = await session.get(base);
  return { session, paths: [base, `${base}&cursor=${first.json().nextCursor as string}`] };
}

async function cpuOf(session: App['finance'], path: string, count: number) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const r = await session.get(path);
    if (r.statusCode !== 200) throw new Error(`${path}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

for (const list of ['entries', 'audit'] as const) {
  const asked = await Promise.all(apps.map((a) => pathsOf(a, list)));
  for (const page of [0, 1]) {
    // The rows' ids differ between the two databases: the answers are compared with the ids taken out.
    const bodies = await Promise.all(asked.map((s) => s.session.get(s.paths[page]!)));
    const plain = (text: string) =>
      text
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
        .replace(/"nextCursor":"[^"]*"/, '');
    if (plain(bodies[0]!.body) !== plain(bodies[1]!.body))
      throw new Error(`${list} page ${page}: answers differ`);
    for (const s of asked) await cpuOf(s.session, s.paths[page]!, block); // warm-up
    const total = [0, 0];
    for (let r = 0; r < rounds; r++)
      for (const k of r % 2 === 0 ? [0, 1] : [1, 0])
        total[k]! += await cpuOf(asked[k]!.session, asked[k]!.paths[page]!, block);
    const per = total.map((t) => t / (rounds * block));
    console.log(
      `${list} ${page === 0 ? 'first' : 'second'}: A ${per[0]!.toFixed(3)} ms  B ${per[1]!.toFixed(3)} ms  B/A ${(per[1]! / per[0]!).toFixed(3)}`,
    );
  }
}
for (const a of apps) await a.ctx.close();
