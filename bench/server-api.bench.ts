// Server benchmark on a generated province-scale database (2,000 units, 60,000 projects, 900,000
// indicators by default; `--projects=N` sets the size, `--quick` is 1/20 of it): loading rows per second
// through the server's row mapping and COPY loader as a ratio to a raw COPY of the same rows, and 50
// connections (wrk, or autocannon) on the API as a ratio to a bare Fastify JSON route, all measured in
// the same run: with the in-process caches (list and detail) and without them (list page 1, a deep page by
// cursor, a deep page by offset, search, detail, the public disclosure page with and without its ETag,
// public form detail and list), and the dashboard's time per request. Uses PostgreSQL when DATABASE_URL
// is set (a scratch database, dropped afterwards) and PGlite in memory at a tenth of the size.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig, testConfig } from '../packages/server/src/config.ts';
import { fromPglite, fromPostgres, queryRows, type Database } from '../packages/server/src/db/client.ts';
import { forms } from '../packages/server/src/db/schema.ts';
import { insertPublication } from '../packages/server/src/features/disclosures/disclosures.repo.ts';
import { storePublicFormPage } from '../packages/server/src/features/public/public-form-page.ts';
import { analyzeLoadedForms, encodeFormsForCopy } from '../packages/server/src/features/forms/form-copy.ts';
import { createUser } from '../packages/server/src/features/users/users.service.ts';
import { createScratchDatabase } from '../packages/server/src/test-support/scratch-database.ts';
import { encodeCursor } from '../packages/server/src/http/list-cursor.ts';
import { sessionCookie } from './bench-session.ts';
import { listPaths as otherListPaths, seedLists } from './province-lists.ts';
import {
  batchForms,
  createCopies,
  LOADED,
  loadBatch,
  project,
  rawCopy,
  REGION,
  rowCount,
  seedOrgTree,
} from './province-data.ts';
import { cannon, loadTool, readEach, timeEach, type Load } from './load-generator.ts';
import {
  benchWorkers,
  serverFigures,
  startBareApp,
  startBareProcess,
  startServerProcess,
} from './bench-processes.ts';
import type { BenchResult } from './result.ts';
import { heapPerRequest, type HeapWork } from './heap-work.ts';

interface Options {
  quick?: boolean;
  /** Projects on PostgreSQL (PGlite gets a tenth); default 60,000, or 3,000 with --quick. */
  projects?: number;
}

/**
 * PostgreSQL (the production path) at full scale when DATABASE_URL is set, and PGlite beside it at a
 * tenth of the scale (an embedded single-connection database holding a province is not its use).
 */
export async function run(opts: Options = {}): Promise<BenchResult[]> {
  const adminUrl = loadConfig().databaseUrl;
  const projects = opts.projects ?? (opts.quick ? 3000 : 60_000);
  const results: BenchResult[] = [];
  if (adminUrl) results.push(...(await runOn(adminUrl, projects, opts)));
  if (process.env.BENCH_SKIP_PGLITE !== '1')
    results.push(...(await runOn(undefined, Math.max(100, Math.round(projects / 10)), opts)));
  return results;
}

async function runOn(adminUrl: string | undefined, projects: number, opts: Options): Promise<BenchResult[]> {
  const units = Math.max(10, Math.round(projects / 30));
  const perForm = 15;
  const seconds = opts.quick ? 2 : 5;
  let database: Database;
  let dropDb: (() => Promise<void>) | undefined;
  // The bench database's URL: the uncached server runs over it in a process of its own.
  let benchUrl: string | undefined;
  if (adminUrl) {
    // BENCH_DB_NAME: the scratch database's name; BENCH_KEEP_DB=1 keeps it afterwards (to EXPLAIN on it).
    const name = process.env.BENCH_DB_NAME ?? `jx_bench_${randomBytes(4).toString('hex')}`;
    const scratch = await createScratchDatabase(adminUrl, name, { keep: process.env.BENCH_KEEP_DB === '1' });
    benchUrl = scratch.url;
    // BENCH_LIST_POOL: the size of the pool whose sessions keep generic plans for the prepared lists (0: none,
    // every statement on the main pool with custom plans); unset, fromPostgres's default.
    const listPool = process.env.BENCH_LIST_POOL;
    // BENCH_POOL: the pool's size; unset, what a deployed server opens (DATABASE_POOL_SIZE's default).
    const poolSize = Number(process.env.BENCH_POOL ?? loadConfig({}).databasePoolSize);
    database =
      listPool === undefined
        ? fromPostgres(scratch.url, poolSize)
        : fromPostgres(scratch.url, poolSize, Number(listPool));
    dropDb = scratch.drop;
  } else {
    database = fromPglite(await PGlite.create());
  }
  const servers: { close(): Promise<unknown> }[] = [];
  try {
    await database.migrate();
    const system = { actor: null, ip: null };
    const { financeOrg, deptIds, orgIds } = await seedOrgTree(database, units);
    await createCopies(database);
    let loadMs = 0;
    let copyMs = 0;
    let keyedMs = 0;
    let rows = 0;
    const batch = 1000;
    for (let start = 0; start < projects; start += batch) {
      const items = batchForms(start, Math.min(batch, projects - start), orgIds, perForm);
      // Timed: the server's mapping of each form to its rows, their encoding and the COPY.
      let t0 = performance.now();
      await loadBatch(database, items);
      loadMs += performance.now() - t0;
      rows += rowCount(items);
      const encoded = encodeFormsForCopy(REGION, items);
      t0 = performance.now();
      await rawCopy(database, encoded, 'copy_');
      copyMs += performance.now() - t0;
      t0 = performance.now();
      await rawCopy(database, encoded, 'keyed_');
      keyedMs += performance.now() - t0;
    }
    for (const t of [...LOADED].reverse()) {
      await database.db.execute(sql.raw(`DROP TABLE copy_${t}`));
      await database.db.execute(sql.raw(`DROP TABLE keyed_${t}`));
    }
    // As a loader ends a large load (form-copy.ts): the loaded tables' statistics. Untimed, reported.
    const tAnalyze = performance.now();
    await analyzeLoadedForms(database.db);
    const analyzeMs = performance.now() - tAnalyze;
    const loadRate = rows / (loadMs / 1000);
    const copyRate = rows / (copyMs / 1000);
    const keyedRate = rows / (keyedMs / 1000);

    // Published: one form in twenty, and a 部门预算公开 per department (its content: ten of the forms).
    await database.db.execute(
      sql`update forms set status = 'published' where abs(hashtext(id::text)) % 20 = 0`,
    );
    const published = await database.db
      .select({ id: forms.id })
      .from(forms)
      .where(sql`${forms.status} = 'published'`)
      .limit(500);
    // As the publish transition stores it: each published form's public page, rendered with the publication.
    for (const f of published) await storePublicFormPage(database.db, f.id);
    for (const [d, orgId] of deptIds.entries()) {
      const content = {
        disclosure: { title: `部门${d}2025年部门预算公开`, year: 2025, department: `部门${d}` },
        forms: Array.from({ length: 10 }, (_, k) => project(d * 10 + k, `部门${d}`, perForm)),
        budget: { department: `部门${d}` },
      };
      // As finance's publishing stores it: the publication and its rendered public page.
      await insertPublication(database.db, {
        regionCode: REGION,
        orgId,
        year: 2025,
        generation: 1,
        content,
        findings: [],
        budgetVersion: 1,
      });
    }
    // The other lists' rows (self-evaluations, a monitoring round's entries, budgets, batches, audit log).
    const roundId = await seedLists(database, REGION, financeOrg, 2025);
    // VACUUM as well: a database in service has been vacuumed (autovacuum), so its visibility map lets
    // index-only scans answer counts; a freshly loaded one without it reads the heap for every row.
    await database.db.execute(sql`VACUUM ANALYZE`);

    // HTTP: the API over this database against a bare Fastify JSON route, same machine, same run.
    const password = randomBytes(12).toString('base64url');
    await database.db.transaction((tx) =>
      createUser(tx, system, { username: 'bench-finance', role: 'finance', orgId: financeOrg, password }),
    );
    // Two servers over the same database: the normal one, which keeps forms and list pages in memory
    // between writes, and one with keeping off (every read goes to the database).
    const startApp = async (formCacheSeconds: number) => {
      const app = await buildApp({
        config: testConfig({ loginRatePerMinute: 1000, formCacheSeconds }),
        database,
      });
      servers.push(app);
      await app.listen({ host: '127.0.0.1', port: 0 });
      return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    };
    const base = await startApp(30);
    // The uncached server, whose figures the issue's targets are: on PostgreSQL a process of its own, as it
    // is deployed — in this one, the pauses of the harness's and the cached server's garbage collections
    // (their heaps hold the generated forms and the kept pages) showed in its p99 too. On PGlite (a database
    // in this process's memory) it cannot be: it stays here.
    const uncachedBase = benchUrl ? await startServerProcess(benchUrl, servers) : await startApp(0);
    const cookie = await sessionCookie(base, 'bench-finance', password);
    await database.db.transaction((tx) =>
      createUser(tx, system, { username: 'bench-admin', role: 'admin', orgId: financeOrg, password }),
    );
    const adminCookie = await sessionCookie(base, 'bench-admin', password);
    const otherLists = await otherListPaths(database, roundId, 2025);
    // A working set: 1,000 forms spread over the database, read in turn, and the first 20 list pages.
    const sample = await database.db
      .select({ id: forms.id })
      .from(forms)
      .where(sql`random() < ${Math.min(1, 2000 / projects)}`)
      .limit(1000);
    const detailPaths = sample.map((f) => `/api/forms/${f.id}`);
    const listPaths = Array.from({ length: 20 }, (_, i) => `/api/forms?limit=50&offset=${i * 50}`);
    // Deep pages: 20 cursors among the last thousand forms of the list (the web's offset for comparison).
    const deepRows = await queryRows<{ at: string; id: string }>(
      database.db,
      sql`select updated_at::text as at, id from forms order by updated_at desc, id offset ${Math.max(0, projects - 1000)} limit 20`,
    );
    const deepPaths = deepRows.map((r) => `/api/forms?limit=50&cursor=${encodeCursor(r)}`);
    // The deepest page by number the API gives (MAX_LIST_OFFSET; deeper pages are asked by cursor), or the
    // last page of a smaller list.
    const deepestOffset = Math.min(MAX_LIST_OFFSET, Math.max(0, projects - 50));
    const offsetPaths = [`/api/forms?limit=50&offset=${deepestOffset}`];
    // Search: a project number's prefix, found in a handful of names (项目1234 → 项目1234, 项目12340…).
    const searchPaths = Array.from(
      { length: 20 },
      (_, i) => `/api/forms?limit=50&q=${encodeURIComponent(`项目${Math.floor(((i + 1) * projects) / 23)}`)}`,
    );
    const disclosurePaths = deptIds.map((id) => `/api/public/disclosures/${id}/2025`);
    const publicFormPaths = published.map((f) => `/api/public/forms/${f.id}`);
    const publicListPaths = ['/api/public/forms?limit=50'];
    // A browser revalidates the representation it holds: the brotli one (a strong tag names exact bytes, so
    // the identity page's tag would not match it and the server would rightly answer 200 with the page).
    const browserCoding = { 'accept-encoding': 'gzip, deflate, br' };
    const tagged = await fetch(uncachedBase + disclosurePaths[0]!, { headers: browserCoding });
    const etag = tagged.headers.get('etag') ?? '';
    await tagged.arrayBuffer();
    // The same page's bytes as they are (no compression asked for): a bare route sending them tells the
    // server's own share of a plain page from the cost of moving its bytes over the socket.
    const plainPage = await fetch(uncachedBase + disclosurePaths[0]!, {
      headers: { 'accept-encoding': 'identity' },
    });
    const pageBytes = Buffer.from(await plainPage.arrayBuffer());
    // The baseline where the uncached server is: in a process of its own on PostgreSQL, here on PGlite.
    const bareUrl = `${benchUrl ? await startBareProcess(pageBytes, servers) : await startBareApp(pageBytes, servers)}/json`;

    // Warm-up: JIT and connection pools, then every path of the working set read once, as on a server
    // that has been up during the working day.
    await cannon(bareUrl, 1);
    await cannon(uncachedBase, 1, { cookie }, detailPaths.slice(0, 50));
    await readEach(base, cookie, [...detailPaths, ...listPaths]);
    // The uncached server's lists too, a second of each measured list row's own paths at 50 connections: its
    // pool for the prepared lists opened, each list statement prepared (parsed and planned) on every connection
    // of that pool and its code compiled, as on a server that has been up (in a process of its own, the detail's
    // warm-up above warmed nothing of them; a first run then paid for it in its p99). One run per row, not one
    // of all the paths mixed: a statement asked by one path in forty was not prepared on every connection in a
    // second, and the offset and rounds paths were not in it at all — their first measured second parsed and
    // planned them on each connection (docs/scale.md, thirty-sixth session).
    // The public pages likewise (anonymous): their first measured second parsed their statements on each connection.
    const roundsPath = '/api/monitoring/rounds';
    const finance = { cookie };
    const anonymous = {};
    const warmRows: [string[], Record<string, string>][] = [
      [listPaths.slice(0, 1), finance],
      [deepPaths, finance],
      [offsetPaths, finance],
      [searchPaths, finance],
      ...Object.entries(otherLists).flatMap(([name, paths]): [string[], Record<string, string>][] => {
        const who = { cookie: name === 'audit' ? adminCookie : cookie };
        return [
          [paths.first, who],
          [paths.deep, who],
        ];
      }),
      [[roundsPath], finance],
      [disclosurePaths, anonymous],
      [publicFormPaths, anonymous],
      [publicListPaths, anonymous],
    ];
    for (const [paths, headers] of warmRows) await cannon(uncachedBase, 1, headers, paths);
    // The dashboard: its first request checks the forms it shows (and keeps their findings); then timed.
    const dashboardUrl = `${uncachedBase}/api/dashboards?year=2025`;
    const firstDashboard = await timeEach(dashboardUrl, cookie, 1);
    const dashboard = await timeEach(dashboardUrl, cookie, opts.quick ? 3 : 10);
    const bareOnce = await timeEach(bareUrl, '', 50);
    // A pause after each run: requests the server still had in hand when the load stopped must not
    // be measured as part of the next run.
    const settle = () => new Promise((r) => setTimeout(r, 2000));
    const measure = async (url: string, paths: string[], headers: Record<string, string> = { cookie }) => {
      const own = url === uncachedBase;
      // The reply to the reset is the figures before it: the run's requests counted from there.
      const before = own ? await serverFigures(true) : undefined;
      const load = await cannon(url, seconds, headers, paths);
      await settle();
      const f = own ? await serverFigures(false) : undefined;
      if (f)
        process.stderr.write(
          `uncached ${paths[0]} (${benchWorkers} process${benchWorkers > 1 ? 'es' : ''}): p99 ${load.p99} ms | ${JSON.stringify(
            {
              inServerP50Ms: f.inServerP50Ms,
              inServerP99Ms: f.inServerP99Ms,
              gc: f.gc,
              loopDelayP99Ms: f.loopDelayP99Ms,
              loopDelayMaxMs: f.loopDelayMaxMs,
              firstSecond: f.firstSecond,
              // The collector's work a request (heap-work.ts), and how much of the slowest requests' time was
              // GC pauses against the median's (list-cpu-server.ts `pausesInTail`): neither needs the trace.
              heapPerRequest: heapPerRequest(
                f.heap as HeapWork,
                (f.requests as number) - ((before?.requests as number | undefined) ?? 0),
              ),
              pausesInTail: f.pausesInTail,
            },
          )}\n`,
        );
      return load;
    };
    const bare = await measure(bareUrl, ['/json'], {});
    const list = await measure(base, listPaths);
    const detail = await measure(base, detailPaths);
    const listUncached = await measure(uncachedBase, listPaths.slice(0, 1));
    const deepUncached = await measure(uncachedBase, deepPaths);
    const offsetUncached = await measure(uncachedBase, offsetPaths);
    const searchUncached = await measure(uncachedBase, searchPaths);
    const detailUncached = await measure(uncachedBase, detailPaths);
    // The same server's cheapest route that reads the database (no session, one trivial statement): the
    // floor under any uncached read on this machine, so that a detail's own share can be told from it.
    const health = await measure(uncachedBase, ['/api/health'], {});
    const disclosure = await measure(uncachedBase, disclosurePaths, {});
    const barePage = await measure(bareUrl.replace(/\/json$/, ''), ['/page'], {});
    // As a browser asks for it (every browser sends Accept-Encoding: gzip, deflate, br): brotli.
    const disclosureGzip = await measure(uncachedBase, disclosurePaths, {
      'accept-encoding': 'gzip, deflate, br',
    });
    const disclosure304 = await measure(uncachedBase, disclosurePaths.slice(0, 1), {
      ...browserCoding,
      'if-none-match': etag,
    });
    const publicForm = await measure(uncachedBase, publicFormPaths, {});
    const publicFormGzip = await measure(uncachedBase, publicFormPaths, {
      'accept-encoding': 'gzip, deflate, br',
    });
    const publicList = await measure(uncachedBase, publicListPaths, {});
    const publicListCompressed = await measure(uncachedBase, publicListPaths, browserCoding);
    // The other paged lists, first page (with its total) and deep pages by cursor, from the database.
    const others: { name: string; first: Load; deep: Load; path: string }[] = [];
    for (const [name, paths] of Object.entries(otherLists)) {
      const headers = { cookie: name === 'audit' ? adminCookie : cookie };
      others.push({
        name,
        path: paths.first[0]!,
        first: await measure(uncachedBase, paths.first, headers),
        deep: await measure(uncachedBase, paths.deep, headers),
      });
    }
    const rounds = await measure(uncachedBase, [roundsPath]);
    // Pages that sum a whole year (one at a time, as the dashboard): the round's progress, 待我处理, 催报,
    // the evaluation dashboard.
    const summaryPaths = [
      `/api/monitoring/rounds/${roundId}`,
      '/api/work/waiting',
      '/api/self-evaluations/behind?year=2025',
      '/api/evaluation/dashboard?year=2025',
    ];
    const summaries: { path: string; time: Awaited<ReturnType<typeof timeEach>> }[] = [];
    for (const path of summaryPaths)
      summaries.push({ path, time: await timeEach(uncachedBase + path, cookie, opts.quick ? 3 : 10) });
    const processes = benchUrl ? `, ${benchWorkers} server process${benchWorkers > 1 ? 'es' : ''}` : '';
    const where = `${database.driver}, ${units} units, ${projects} projects, ${projects * perForm} indicators${processes}`;
    const how = `50 connections (${loadTool}), ${seconds} s; baseline: bare Fastify JSON route (${where})`;
    const throughput = (name: string, load: Load, note: string): BenchResult => ({
      name: `server.${database.driver}.http.${name}`,
      value: Math.round(load.rps),
      unit: 'req/s',
      baseline: Math.round(bare.rps),
      ratio: Number((load.rps / bare.rps).toFixed(3)),
      note: `${note}, ${how}${load.errors ? `; ${load.errors} requests unanswered (timeouts, resets)` : ''}`,
    });
    const latency = (name: string, load: Load, note: string): BenchResult => ({
      name: `server.${database.driver}.http.${name}.p99`,
      value: load.p99,
      unit: 'ms',
      baseline: bare.p99,
      ratio: Number((load.p99 / Math.max(bare.p99, 1)).toFixed(3)),
      note: `99th percentile latency ${note} at 50 connections; baseline: the bare route's p99 (${database.driver})`,
    });
    const both = (name: string, load: Load, note: string) => [
      throughput(name, load, note),
      latency(name, load, note),
    ];
    const listNote = 'GET /api/forms?limit=50 as finance (all forms)';
    const detailNote = `GET /api/forms/:id (15 indicators), ${detailPaths.length} forms in turn`;
    return [
      {
        name: `server.${database.driver}.load.rows-per-second`,
        value: Math.round(loadRate),
        unit: 'rows/s',
        baseline: Math.round(copyRate),
        ratio: Number((loadRate / copyRate).toFixed(3)),
        note: `${rows} rows (forms, goals, indicators, versions; the forms' keys besides): the server's mapping of each (generated, untimed) form to rows, encoded as COPY text and loaded (features/forms/form-copy.ts) into the indexed tables; baseline: a raw COPY of the same rows, already encoded, into copies of the tables with their indexes but without their foreign keys; the ANALYZE at the end of the load, untimed: ${Math.round(analyzeMs)} ms (${where})`,
      },
      {
        name: `server.${database.driver}.load.keyed.rows-per-second`,
        value: Math.round(loadRate),
        unit: 'rows/s',
        baseline: Math.round(keyedRate),
        ratio: Number((loadRate / keyedRate).toFixed(3)),
        note: `the same load; baseline: a raw COPY of the same rows into copies with the real tables' indexes and foreign keys (each form, goal, indicator and version checked against its form's key, copied too, as in the real tables), so that the ratio is the server's own share: mapping and encoding (${where})`,
      },
      ...both('form-list', list, `${listNote}, pages 1–20 in turn, pages kept between writes`),
      ...both('form-detail', detail, `${detailNote}, forms kept between writes`),
      ...both('form-list.uncached', listUncached, `${listNote}, page 1 with its total, from the database`),
      ...both(
        'form-list.deep-cursor.uncached',
        deepUncached,
        `${listNote}&cursor=… among the last 1,000 forms (keyset), from the database`,
      ),
      ...both(
        'form-list.deep-offset.uncached',
        offsetUncached,
        `${listNote}&offset=${deepestOffset} (the deepest page by offset), from the database`,
      ),
      ...both(
        'form-list.search.uncached',
        searchUncached,
        `${listNote}&q=项目<number> (a handful of matches), 20 searches in turn, from the database`,
      ),
      ...both('form-detail.uncached', detailUncached, `${detailNote}, every form read from the database`),
      ...both('health', health, 'GET /api/health (no session; one `select 1`)'),
      {
        name: `server.${database.driver}.http.form-detail.uncached.vs-health`,
        value: Math.round(detailUncached.rps),
        unit: 'req/s',
        baseline: Math.round(health.rps),
        ratio: Number((detailUncached.rps / health.rps).toFixed(3)),
        note: `the uncached detail against the same server's /api/health (its session, the detail's statement and its bytes against one trivial statement through the same hooks, pool and socket), so that the ratio is the detail's own share (${where})`,
      },
      ...both(
        'public-disclosure',
        disclosure,
        'GET /api/public/disclosures/:orgId/:year (anonymous, 100 departments, 10 forms each), no If-None-Match',
      ),
      {
        name: `server.${database.driver}.http.public-disclosure.vs-same-bytes`,
        value: Math.round(disclosure.rps),
        unit: 'req/s',
        baseline: Math.round(barePage.rps),
        ratio: Number((disclosure.rps / barePage.rps).toFixed(3)),
        note: `the same uncompressed disclosure pages; baseline: a bare Fastify route sending one such page's ${pageBytes.length} bytes as they are, so the ratio is the server's own share (${where})`,
      },
      ...both(
        'public-disclosure.gzip',
        disclosureGzip,
        'GET /api/public/disclosures/:orgId/:year (anonymous, 100 departments) with Accept-Encoding: gzip, deflate, br as a browser asks (brotli, compressed at publication)',
      ),
      ...both(
        'public-disclosure.304',
        disclosure304,
        "GET /api/public/disclosures/:orgId/:year as a browser revalidates it: Accept-Encoding: gzip, deflate, br and the tag of the page it got (brotli's) in If-None-Match (304)",
      ),
      ...both(
        'public-form',
        publicForm,
        `GET /api/public/forms/:id (anonymous), ${publicFormPaths.length} published forms in turn`,
      ),
      ...both(
        'public-form.gzip',
        publicFormGzip,
        `GET /api/public/forms/:id (anonymous) with Accept-Encoding: gzip, as a browser asks`,
      ),
      ...both('public-list', publicList, 'GET /api/public/forms?limit=50 (anonymous), page 1'),
      ...both(
        'public-list.compressed',
        publicListCompressed,
        'GET /api/public/forms?limit=50 (anonymous), page 1, with Accept-Encoding: gzip, deflate, br as a browser asks (brotli, compressed once per kept page)',
      ),
      ...others.flatMap((o) => [
        ...both(`${o.name}.uncached`, o.first, `GET ${o.path}, page 1 with its total, from the database`),
        ...both(
          `${o.name}.deep-cursor.uncached`,
          o.deep,
          `GET ${o.path}&cursor=… among the last 1,000 rows (keyset), 20 in turn, from the database`,
        ),
      ]),
      ...both('monitoring-rounds.uncached', rounds, `GET ${roundsPath} (every round with its counts)`),
      ...summaries.map(({ path, time }): BenchResult => ({
        name: `server.${database.driver}.summary.${path
          .split('?')[0]!
          .replace(/^\/api\//, '')
          .replace(/\/[0-9a-f-]{36}/, '/:id')}.ms`,
        value: Math.round(time.mean),
        unit: 'ms',
        baseline: Number(bareOnce.mean.toFixed(2)),
        ratio: Number((time.mean / bareOnce.mean).toFixed(1)),
        note: `GET ${path} as finance, one at a time (median ${Math.round(time.median)}, worst ${Math.round(time.max)}); baseline: the bare route's time per request (${where})`,
      })),
      {
        name: `server.${database.driver}.dashboard.ms`,
        value: Math.round(dashboard.mean),
        unit: 'ms',
        baseline: Number(bareOnce.mean.toFixed(2)),
        ratio: Number((dashboard.mean / bareOnce.mean).toFixed(1)),
        note: `GET /api/dashboards?year=2025 as finance (the first 2,000 forms), one at a time, mean of ${opts.quick ? 3 : 10} (median ${Math.round(dashboard.median)}, worst ${Math.round(dashboard.max)}; the first request, which checked and kept the forms' findings: ${Math.round(firstDashboard.mean)} ms); baseline: the bare route's time per request (${where})`,
      },
    ];
  } finally {
    for (const s of servers) await s.close();
    await database.close();
    await dropDb?.();
  }
}
