// Server benchmark on a generated province-scale database (2,000 units, 60,000 projects, 900,000
// indicators by default; `--projects=N` sets the size, `--quick` is 1/20 of it): loading rows per second
// through the server's row mapping and COPY loader as a ratio to a raw COPY of the same rows, and 50
// connections (wrk, or autocannon) on the API as a ratio to a bare Fastify JSON route, all measured in
// the same run: with the in-process caches (list and detail) and without them (list page 1, a deep page by
// cursor, a deep page by offset, search, detail, the public disclosure page with and without its ETag,
// public form detail and list), and the dashboard's time per request. Uses PostgreSQL when DATABASE_URL
// is set (a scratch database, dropped afterwards) and PGlite in memory at a tenth of the size.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { bareRoutes } from './bare-routes.ts';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { parseIndicatorValue, type ProjectForm } from '@jixiao/core';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig, testConfig } from '../packages/server/src/config.ts';
import { fromPglite, fromPostgres, queryRows, type Database } from '../packages/server/src/db/client.ts';
import { forms } from '../packages/server/src/db/schema.ts';
import { insertPublication } from '../packages/server/src/features/disclosures/disclosures.repo.ts';
import { storePublicFormPage } from '../packages/server/src/features/public/public-form-page.ts';
import {
  analyzeLoadedForms,
  copyForms,
  encodeFormsForCopy,
  FORM_COPY_COLUMNS,
  type FormCopyText,
  type FormToLoad,
} from '../packages/server/src/features/forms/form-copy.ts';
import { createOrg } from '../packages/server/src/features/orgs/orgs.service.ts';
import { createUser } from '../packages/server/src/features/users/users.service.ts';
import { encodeCursor } from '../packages/server/src/http/list-cursor.ts';
import { SERVER_NODE_FLAGS } from '../packages/server/src/node-flags.ts';
import { sessionCookie } from './bench-session.ts';
import { listPaths as otherListPaths, seedLists } from './province-lists.ts';
import type { BenchResult } from './result.ts';

const LEVELS: [string, string, string, string][] = [
  ['产出指标', '数量指标', '培训人次', '≥{n}人次'],
  ['产出指标', '数量指标', '服务窗口数量', '={n}个'],
  ['产出指标', '质量指标', '验收合格率', '≥{p}%'],
  ['产出指标', '质量指标', '数据准确率', '≥{p}%'],
  ['产出指标', '时效指标', '办结时限', '≤{n}个工作日'],
  ['产出指标', '时效指标', '按时完成率', '=100%'],
  ['成本指标', '经济成本指标', '项目成本', '≤{b}万元'],
  ['成本指标', '经济成本指标', '运维费用', '≤{c}万元'],
  ['效益指标', '社会效益指标', '服务便利度', '有所提升'],
  ['效益指标', '社会效益指标', '办事时间缩短', '≥{p}%'],
  ['效益指标', '经济效益指标', '节约成本', '≥{c}万元'],
  ['效益指标', '可持续影响指标', '长效机制', '持续完善'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥{s}%'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥{s}%'],
  ['产出指标', '数量指标', '巡查次数', '≥{n}次'],
];

export function project(i: number, unit: string, perForm: number): ProjectForm {
  const budget = 10 + (i % 990);
  const fill = (t: string) =>
    t
      .replace('{n}', String(1 + ((i * 7) % 500)))
      .replace('{p}', String(80 + (i % 20)))
      .replace('{s}', String(85 + (i % 10)))
      .replace('{b}', String(budget))
      .replace('{c}', String(1 + (i % budget)));
  const goal = '年度绩效目标1';
  return {
    kind: 'project',
    formType: '申报表',
    year: 2025,
    unit,
    supervisor: null,
    executor: unit,
    name: `项目${i}：政务服务能力提升`,
    code: `P${String(i).padStart(8, '0')}`,
    category: '延续性项目',
    nature: '持续性项目',
    leader: null,
    phone: null,
    basis: '依据年度工作计划',
    content: '完成年度工作任务，提升服务质量',
    budget: {
      total: String(budget),
      current: String(budget),
      sources: [{ name: '财政拨款', amount: String(budget) }],
      history: null,
    },
    details: [],
    goals: [{ term: 'annual', label: goal, text: '完成年度目标' }],
    indicators: Array.from({ length: perForm }, (_, k) => {
      const [level1, level2, name, value] = LEVELS[k % LEVELS.length]!;
      return {
        term: 'annual' as const,
        goal,
        level1,
        level2,
        name,
        target: parseIndicatorValue(fill(value)),
        history: null,
        basis: '计划标准',
        category: null,
      };
    }),
    opinion: null,
  };
}

/** The bench province's 财政区划代码 (湖北省): every generated row is of this region. */
export const REGION = '420000';

/** The generated forms of one batch (not timed: they stand for forms already read and validated). */
export function batchForms(start: number, count: number, orgIds: string[], perForm: number): FormToLoad[] {
  const now = new Date();
  return Array.from({ length: count }, (_, k) => {
    const i = start + k;
    return {
      id: randomUUID(),
      orgId: orgIds[i % orgIds.length]!,
      form: project(i, `单位${i % orgIds.length}`, perForm),
      status: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** Rows a batch stores: each form, its goals and indicators, and its first version. */
const rowCount = (items: FormToLoad[]) =>
  items.reduce(
    (n, { form }) => n + 2 + (form.kind === 'disclosure' ? 0 : form.goals.length + form.indicators.length),
    0,
  );

/** The server's way (features/forms/form-copy.ts): forms mapped to COPY lines, one transaction per batch. */
export async function loadBatch(database: Database, items: FormToLoad[]) {
  await database.bulkCopy((copy, exec) => copyForms(copy, exec, REGION, items));
}

/**
 * The baseline: the same rows, encoded beforehand, by a raw COPY into scratch copies of the tables
 * (`prefix`: copy_, without foreign keys, or keyed_, with the real tables' foreign keys).
 */
export async function rawCopy(database: Database, text: FormCopyText, prefix: string) {
  await database.bulkCopy(async (copy) => {
    for (const [table, chunks] of Object.entries(text)) {
      await copy(`${prefix}${table}`, FORM_COPY_COLUMNS[table as keyof FormCopyText], chunks);
    }
  });
}

/** The bench's organisation tree: 财政局 → 100 主管部门 → `units` units spread over them. */
export async function seedOrgTree(database: Database, units: number) {
  const system = { actor: null, ip: null };
  const orgIds: string[] = [];
  const deptIds: string[] = [];
  let financeOrg = '';
  await database.db.transaction(async (tx) => {
    const root = await createOrg(tx, system, { name: '省财政厅', kind: 'finance', code: REGION });
    financeOrg = root.id;
    for (let d = 0; d < 100; d++)
      deptIds.push(
        (await createOrg(tx, system, { name: `部门${d}`, kind: 'department', parentId: root.id })).id,
      );
    for (let u = 0; u < units; u++)
      orgIds.push(
        (await createOrg(tx, system, { name: `单位${u}`, kind: 'unit', parentId: deptIds[u % 100]! })).id,
      );
  });
  return { financeOrg, deptIds, orgIds };
}

export const LOADED = ['form_keys', 'forms', 'form_goals', 'indicators', 'form_versions'];

/**
 * Scratch copies of the loaded tables: copy_* with their columns and indexes (LIKE … INCLUDING ALL), and
 * keyed_* which also check the real tables' foreign keys (among themselves, and to orgs and users), as the
 * server's COPY into the real tables does for every row.
 */
export async function createCopies(database: Database) {
  for (const t of LOADED) {
    await database.db.execute(sql.raw(`CREATE TABLE copy_${t} (LIKE ${t} INCLUDING ALL)`));
    await database.db.execute(sql.raw(`CREATE TABLE keyed_${t} (LIKE ${t} INCLUDING ALL)`));
    const keys = await queryRows<{ def: string }>(
      database.db,
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = ${t}::regclass and contype = 'f'`,
    );
    for (const { def } of keys) {
      // The forms' keys are copied like the rest (the server's load writes them by COPY before the forms),
      // and keyed_* refer to keyed_form_keys as the real tables refer to form_keys.
      const own = def.replace(
        /REFERENCES (form_keys|forms|form_goals|indicators|form_versions)\(/,
        'REFERENCES keyed_$1(',
      );
      await database.db.execute(sql.raw(`ALTER TABLE keyed_${t} ADD ${own}`));
    }
  }
}

export interface Load {
  rps: number;
  p99: number;
  /** Requests that got no answer (timeouts, resets): reported, since a loaded machine has some. */
  errors: number;
}

/**
 * 50 connections for `seconds`, by wrk when the machine has it (C: parsing a response costs it a
 * fraction of what it costs autocannon, so on a small machine the load generator takes less of the
 * CPU the servers need), otherwise by autocannon in a worker thread, so that the client does not share
 * the servers' event loop (it would flatter the slower server). Returns req/s and p99 ms.
 */
export async function cannon(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  paths?: string[],
) {
  if (paths?.length === 0)
    throw new Error(`${url}: a run with no paths to ask (the data set holds none of them)`);
  return wrkPath ? wrk(url, seconds, headers, paths) : autocannonLoad(url, seconds, headers, paths);
}

// BENCH_LOAD=autocannon measures with autocannon even where wrk is installed.
const wrkPath = (() => {
  if (process.env.BENCH_LOAD === 'autocannon') return undefined;
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
})();
export const loadTool = wrkPath ? 'wrk' : 'autocannon';

async function autocannonLoad(
  url: string,
  seconds: number,
  headers: Record<string, string>,
  paths?: string[],
): Promise<Load> {
  const requests = paths?.map((path) => ({ method: 'GET' as const, path }));
  const r = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers,
    workers: 1,
    ...(requests ? { requests } : {}),
  });
  // A 304 is the answer asked for when the request carries If-None-Match (and only a 304: a 200 there
  // means the tag did not match, and the run measured whole pages instead).
  if (headers['if-none-match'] && r['2xx'] > 0)
    throw new Error(`${url}${paths?.[0] ?? ''}: ${r['2xx']} answers 200 to If-None-Match, not 304`);
  const unexpected = r.non2xx - (headers['if-none-match'] ? r['3xx'] : 0);
  if (unexpected > 0)
    throw new Error(
      `${url}${paths?.[0] ?? ''}: ${unexpected} unexpected responses (4xx ${r['4xx']}, 5xx ${r['5xx']})`,
    );
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts };
}

/** Reads each path once, 20 at a time. */
async function readEach(base: string, cookie: string, paths: string[]) {
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let path = queue.pop(); path; path = queue.pop()) {
        const r = await fetch(base + path, { headers: { cookie } });
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        await r.arrayBuffer();
      }
    }),
  );
}

/** wrk with a script that takes the paths in turn and prints its summary as JSON. */
async function wrk(
  url: string,
  seconds: number,
  headers: Record<string, string>,
  paths?: string[],
): Promise<Load> {
  // wrk counts only answers of 400 and above as status errors: a 304 run counts the other answers itself
  // (a response callback in each thread, summed in done() through setup()'s thread list).
  const revalidating = Boolean(headers['if-none-match']);
  const lua = `
local threads = {}
setup = function(thread) table.insert(threads, thread) end
not304 = 0
${revalidating ? 'response = function(status) if status ~= 304 then not304 = not304 + 1 end end' : ''}
local paths = ${JSON.stringify(paths ?? [new URL(url).pathname])
    .replace(/^\[/, '{')
    .replace(/\]$/, '}')}
local headers = { ${Object.entries(headers)
    .map(([k, v]) => `[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join(', ')} }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  local other = 0
  for _, t in ipairs(threads) do other = other + t:get("not304") end
  io.write(string.format('\\n{"requests":%d,"us":%d,"p99us":%d,"non2xx":%d,"errors":%d,"not304":%d}\\n',
    summary.requests, summary.duration, latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout, other))
end
`;
  const dir = mkdtempSync(join(tmpdir(), 'jx-wrk-'));
  const script = join(dir, 'paths.lua');
  writeFileSync(script, lua);
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(wrkPath!, ['-t1', '-c50', `-d${seconds}s`, '--timeout', '10s', '-s', script, url], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}`)),
      );
    });
    const line = out.trim().split('\n').pop()!;
    const r = JSON.parse(line) as {
      requests: number;
      us: number;
      p99us: number;
      non2xx: number;
      errors: number;
      not304: number;
    };
    if (r.non2xx > 0) throw new Error(`${url}${paths?.[0] ?? ''}: ${r.non2xx} answers of 400 or more`);
    if (revalidating && r.not304 > 0)
      throw new Error(`${url}${paths?.[0] ?? ''}: ${r.not304} answers other than 304 to If-None-Match`);
    return { rps: r.requests / (r.us / 1e6), p99: Math.round(r.p99us / 100) / 10, errors: r.errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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

/**
 * Starts list-cpu-server.ts (the server with its caches off) over `url` in a child process and answers its
 * address; its pool as BENCH_POOL / BENCH_LIST_POOL say, else as a deployment opens it. Closed with `servers`.
 */
async function startServerProcess(url: string, servers: { close(): Promise<unknown> }[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  delete env.POOL;
  delete env.LIST_POOL;
  if (process.env.BENCH_POOL !== undefined) env.POOL = process.env.BENCH_POOL;
  if (process.env.BENCH_LIST_POOL !== undefined) env.LIST_POOL = process.env.BENCH_LIST_POOL;
  env.WORKERS = String(benchWorkers);
  // As it is started (`npm start`): with the server's Node flags.
  return forkListening(
    './list-cpu-server.ts',
    env,
    servers,
    'the uncached server',
    undefined,
    (child) => {
      uncachedServer = child;
    },
    SERVER_NODE_FLAGS,
  );
}

/**
 * BENCH_WORKERS=N: on PostgreSQL the uncached server runs as N processes sharing its port (SERVER_WORKERS, node:cluster),
 * and the bare route as N too, so that the ratios stay like with like; 1 by default.
 */
const benchWorkers = Math.max(1, Number(process.env.BENCH_WORKERS ?? 1));

/** The uncached server's process (on PostgreSQL), asked for its own figures of a run (BENCH_TAIL=1). */
let uncachedServer: ChildProcess | undefined;

/**
 * BENCH_TAIL=1: after each run of the uncached server, its own figures of that run on stderr — the time a request
 * spent in it (p50/p99), its GCs, its event loop's delay, and the p99 of the requests answered in the run's
 * first second against the rest — so that a run's tail can be told the server's or the machine's, and a
 * start's from a steady one.
 */
async function serverFigures(reset: boolean): Promise<Record<string, unknown> | undefined> {
  const child = uncachedServer;
  if (process.env.BENCH_TAIL !== '1' || !child) return undefined;
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as Record<string, unknown>));
    child.send(reset ? '?reset' : '?');
  });
}

/** Starts bare-server.ts (the baseline routes, `/json` and `/page` sending `page`) in a child process. */
async function startBareProcess(page: Buffer, servers: { close(): Promise<unknown> }[]): Promise<string> {
  return forkListening(
    './bare-server.ts',
    { ...process.env, WORKERS: String(benchWorkers) },
    servers,
    'the bare route',
    {
      page: page.toString('base64'),
    },
  );
}

/** The baseline routes in this process (beside an uncached server that is in it too, on PGlite). */
async function startBareApp(page: Buffer, servers: { close(): Promise<unknown> }[]): Promise<string> {
  const app = bareRoutes(page);
  servers.push(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

/**
 * Forks `module` (next to this file), sends it `first` if given, and answers `http://127.0.0.1:PORT` once the
 * child reports the port it listens on. The child is killed when `servers` are closed.
 */
async function forkListening(
  module: string,
  env: NodeJS.ProcessEnv,
  servers: { close(): Promise<unknown> }[],
  what: string,
  first?: object,
  started?: (child: ChildProcess) => void,
  nodeFlags: readonly string[] = [],
): Promise<string> {
  const child = fork(new URL(module, import.meta.url), [], {
    execArgv: [...nodeFlags, '--import', 'tsx'],
    env,
  });
  started?.(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  servers.push({
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  });
  const ready = new Promise<{ port: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number }));
    child.once('exit', (code) =>
      reject(new Error(`${what} (a process of its own) exited (${code}) before listening`)),
    );
  });
  if (first) child.send(first);
  return `http://127.0.0.1:${(await ready).port}`;
}

/** Per-request time of `path`, one request at a time: mean and worst of `n`. */
async function timeEach(url: string, cookie: string, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await fetch(url, { headers: { cookie } });
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    await r.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    mean: times.reduce((x, y) => x + y, 0) / n,
    max: times.at(-1)!,
    median: times[Math.floor(n / 2)]!,
  };
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
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    benchUrl = u.toString();
    // BENCH_LIST_POOL: the size of the pool whose sessions keep generic plans for the prepared lists (0: none,
    // every statement on the main pool with custom plans); unset, fromPostgres's default.
    const listPool = process.env.BENCH_LIST_POOL;
    // BENCH_POOL: the pool's size; unset, what a deployed server opens (DATABASE_POOL_SIZE's default).
    const poolSize = Number(process.env.BENCH_POOL ?? loadConfig({}).databasePoolSize);
    database =
      listPool === undefined
        ? fromPostgres(u.toString(), poolSize)
        : fromPostgres(u.toString(), poolSize, Number(listPool));
    dropDb = async () => {
      if (process.env.BENCH_KEEP_DB === '1') return;
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
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
    // The uncached server's lists too, a second each at 50 connections: its pool for the prepared lists
    // opened and their code compiled, as on a server that has been up (in a process of its own, the
    // detail's warm-up above warmed nothing of them; a first run then paid for it in its p99).
    await cannon(uncachedBase, 1, { cookie }, [...listPaths.slice(0, 1), ...deepPaths, ...searchPaths]);
    for (const [name, paths] of Object.entries(otherLists))
      await cannon(uncachedBase, 1, { cookie: name === 'audit' ? adminCookie : cookie }, [
        ...paths.first,
        ...paths.deep,
      ]);
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
      if (own) await serverFigures(true);
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
    const roundsPath = '/api/monitoring/rounds';
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
