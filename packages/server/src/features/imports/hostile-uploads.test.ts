// The hostile-file corpus sent through every upload route of a real listening server: each file is refused
// with a 4xx, its reason's code and a Chinese message (never a 500, never internals), while GET /api/health
// keeps answering quickly — the files are read in worker threads, not on the event loop. A file past the
// time budget has its worker terminated and replaced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { hostileCorpus, nearBudgetWorkbook, type HostileFile } from '@jixiao/documents/hostile-corpus';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedProject } from '../../test-support/approved-project.ts';
import { inProcessReader, type DocumentReader } from '../../documents/document-reader.ts';
import { documentPool } from '../../documents/document-pool.ts';

/** Most health probes per upload: p99 is then taken over a bounded sample. */
const PROBES = 40;
/** No probe may wait this long while a file is read (the issue saw the event loop blocked for 24 s). */
const STALL_MS = 1000;
const INTERNALS =
  /Maximum call stack|Cannot read|undefined|is not a function|\bat \S+ \(|\.ts:\d+|Error:|TypeError|RangeError|node_modules/;

interface Route {
  name: string;
  url: () => string;
  code: string;
}

async function listen(ctx: TestContext): Promise<string> {
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
}

function upload(base: string, session: Session, url: string, file: { fileName: string; data: Uint8Array }) {
  const form = new FormData();
  form.append('file', new Blob([file.data]), file.fileName);
  return fetch(`${base}${url}`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: form,
  });
}

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
}

async function probe(base: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/health`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`health ${res.status}`);
  return performance.now() - t0;
}

/**
 * The pool wrapped so that the test can wait on its state: `begun()` resolves when the next file reaches the
 * reader; `reading` is true until that file is read. Probing then covers the file's processing, not the
 * transfer of its bytes over HTTP (framework work any large upload costs).
 */
function watched(reader: DocumentReader) {
  let reading = false;
  let onBegin: (() => void) | undefined;
  const wrap =
    <A extends unknown[], R>(read: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      reading = true;
      onBegin?.();
      try {
        return await read(...args);
      } finally {
        reading = false;
      }
    };
  return {
    reader: {
      importBuffer: wrap(reader.importBuffer),
      readRows: wrap(reader.readRows),
      recognize: wrap(reader.recognize),
      close: reader.close,
    } satisfies DocumentReader,
    begun: () => new Promise<void>((resolve) => (onBegin = resolve)),
    get reading() {
      return reading;
    },
  };
}

/** Health probes with nothing else going on: what this machine gives right now. */
async function baseline(base: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < PROBES / 2; i++) times.push(await probe(base));
  return times;
}

/**
 * The bound on p99 while files are read: 200 ms. On an idle machine the health check answers in a few ms. On
 * a small shared machine whose quiet p99, measured in this same run, already exceeds 50 ms (scheduler delays
 * from other processes, not this server), the reading thread's own CPU (one of two cores) stretches every
 * tail further, so the bound becomes three times that quiet p99 — still far below the seconds-long stall of
 * a blocked event loop, which STALL_MS and the in-process test catch.
 */
const bound = (quietP99: number) => (quietP99 <= 50 ? 200 : Math.max(200, 3 * quietP99));
/** p50/p90/p99/max, for messages. */
const spread = (a: number[]) =>
  [0.5, 0.9, 0.99, 1]
    .map((q) => [...a].sort((x, y) => x - y)[Math.max(0, Math.ceil(a.length * q) - 1)]!.toFixed(0))
    .join('/');

/** A valid workbook just under the cell budget: legal, so exceljs really works on it for seconds. */
let nearBudgetData: Uint8Array | undefined;
const nearBudgetXlsx = () => ({ fileName: 'big.xlsx', data: (nearBudgetData ??= nearBudgetWorkbook()) });

/** What one upload answered, with the health probes sent while its file was read. */
interface ProbedUpload {
  status: number;
  body: { code?: string; message?: string; reason?: string; problem?: { code: string } | null };
  /** Probe times while the file was being read (none when the file never reached the reader). */
  during: number[];
  /** Probe times with nothing else going on, taken just before the upload. */
  quiet: number[];
}

describe.each(drivers)('hostile uploads on %s', (driver) => {
  let ctx: TestContext;
  let base = '';
  let filler: Session;
  let corpus: HostileFile[] = [];
  let entryId = '';
  let evalId = '';
  // The time budget as a hang guard only: under a loaded CI the near-budget workbook took over 60 s.
  const pool = documentPool({ threads: 2, timeoutMs: 600_000 });
  const watch = watched(pool);
  const routes: Route[] = [
    { name: 'POST /api/imports', url: () => '/api/imports', code: 'import-failed' },
    {
      name: 'POST /api/budgets/:orgId/:year/derive',
      url: () => `/api/budgets/${ctx.orgs.unitA1}/2025/derive`,
      code: 'unreadable-file',
    },
    {
      name: 'POST /api/monitoring/entries/:id/import',
      url: () => `/api/monitoring/entries/${entryId}/import`,
      code: 'import-unrecognised',
    },
    {
      name: 'POST /api/self-evaluations/:id/import',
      url: () => `/api/self-evaluations/${evalId}/import`,
      code: 'import-unrecognised',
    },
    { name: 'POST /api/evaluation-imports', url: () => '/api/evaluation-imports', code: 'unreadable' },
  ];

  /** The uploads the health tests read the probes of (healthRuns). */
  const probed = new Set<string>();
  const key = (route: Route, file: { name: string }) => `${route.name} ${file.name}`;
  const uploads = new Map<string, Promise<ProbedUpload>>();
  /**
   * Each file is sent through each route once: the tests that read the same upload (its answer, the probes
   * while it was read) share it, since reading the heaviest files again would only repeat the same work.
   */
  const send = (route: Route, file: HostileFile): Promise<ProbedUpload> => {
    let sent = uploads.get(key(route, file));
    if (!sent) {
      sent = probedUpload(route, file);
      uploads.set(key(route, file), sent);
    }
    return sent;
  };
  async function probedUpload(route: Route, file: HostileFile): Promise<ProbedUpload> {
    const probing = probed.has(key(route, file));
    // Measured just before each upload: the load of a shared machine drifts.
    const quiet = probing ? await baseline(base) : [];
    const begun = watch.begun();
    const sending = upload(base, filler, route.url(), file);
    await Promise.race([begun, sending]);
    const during: number[] = [];
    while (probing && watch.reading && during.length < PROBES) during.push(await probe(base));
    const res = await sending;
    return { status: res.status, body: (await res.json()) as ProbedUpload['body'], during, quiet };
  }
  const nearBudget = (): HostileFile => ({
    name: 'near-budget xlsx',
    code: 'no-form-found',
    ...nearBudgetXlsx(),
  });
  /**
   * The uploads the health tests probe: the heaviest file of all through every route, the other heavy ones
   * (and the near-budget workbook) through the import route.
   */
  function healthRuns(): { route: Route; file: HostileFile }[] {
    const heavy = [...corpus.filter((f) => /flood|bomb, sizes|deep/.test(f.name)), nearBudget()];
    const flood = heavy.find((f) => f.name === 'paragraph flood 14 MB')!;
    return [
      ...routes.map((route) => ({ route, file: flood })),
      ...heavy.filter((f) => f !== flood).map((file) => ({ route: routes[0]!, file })),
    ];
  }

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [], documents: watch.reader });
    base = await listen(ctx);
    filler = await ctx.as('fillerA1');
    const { id: formId } = await approvedProject(ctx, { name: '恶意文件测试项目' });
    const finance = await ctx.as('finance');
    const round = (
      await finance.post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] })
    ).json();
    entryId = (await finance.get(`/api/monitoring/rounds/${round.round.id}/entries`)).json().items[0].id;
    const evaluation = await filler.post('/api/self-evaluations', { formId });
    if (evaluation.statusCode !== 201) throw new Error(`self-evaluation: ${evaluation.body}`);
    evalId = evaluation.json().evaluation.id;
    corpus = await hostileCorpus();
    for (const { route, file } of healthRuns()) probed.add(key(route, file));
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
    await pool.close();
  });

  it.each(routes)(
    '$name: every hostile file → 4xx with its reason in Chinese, never a 500 or internals',
    async (route) => {
      for (const file of corpus) {
        const { status, body } = await send(route, file);
        expect.soft(status, `${file.name} status`).toBeGreaterThanOrEqual(400);
        expect.soft(status, `${file.name} status`).toBeLessThan(500);
        expect.soft(body.code, file.name).toBe(route.code);
        expect.soft(body.reason, file.name).toBe(file.code);
        expect.soft(body.message, file.name).toMatch(/[\u4e00-\u9fff]/);
        expect.soft(JSON.stringify(body), file.name).not.toMatch(INTERNALS);
      }
    },
    600_000,
  );

  it('GET /api/health stays quick (p99) while the heaviest files are read, on every route', async () => {
    // p99 is taken over every probe sent while any of these files was being read (a few hundred), so that one
    // probe delayed by the scheduler of a shared machine does not decide it; no single probe may wait a
    // second either — the stall the issue saw was 24 s.
    const during: number[] = [];
    const quiet: number[] = [];
    const runs = healthRuns();
    for (const { route, file } of runs) {
      const sent = await send(route, file);
      expect.soft(sent.status, `${route.name} ${file.name}`).toBeLessThan(500);
      expect
        .soft(
          Math.max(0, ...sent.during),
          `${route.name} ${file.name}: slowest of ${sent.during.length} probes`,
        )
        .toBeLessThan(STALL_MS);
      during.push(...sent.during);
      quiet.push(...sent.quiet);
    }
    expect(during.length).toBeGreaterThanOrEqual(runs.length);
    expect(
      p99(during),
      `p50/p90/p99/max of ${during.length} probes ${spread(during)} ms; quiet ${spread(quiet)} ms`,
    ).toBeLessThan(bound(p99(quiet)));
  }, 600_000);

  it('the near-budget workbook really keeps a reader busy: probes run, and answer, while it is read', async () => {
    const { status, body, during } = await send(routes[0]!, nearBudget());
    // Readable but holding no form: the preview still shows the document (201) with the reason, to point at.
    expect(status).toBe(201);
    expect(body.problem?.code).toBe('no-form-found');
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...during)).toBeLessThan(STALL_MS);
  }, 120_000);
});

describe('what the worker pool prevents and how it recovers', () => {
  // On the features' driver, as above: a PGlite start costs a few CPU-seconds where a PostgreSQL copy of
  // the migrated template costs little, and neither test is about the storage.
  const driver = drivers[0]!;
  it('read on the event loop (in-process), the same workbook stalls every other request', async () => {
    const watch = watched(inProcessReader);
    const ctx = await createTestApp(driver, { checkForm: () => [], documents: watch.reader });
    try {
      const base = await listen(ctx);
      const filler = await ctx.as('fillerA1');
      const begun = watch.begun();
      const sending = upload(base, filler, '/api/imports', nearBudgetXlsx());
      await begun;
      const times: number[] = [];
      while (watch.reading && times.length < PROBES) times.push(await probe(base));
      await sending;
      expect(times.length).toBeGreaterThan(0);
      // The failing case the pool exists to prevent: the probe waits for the whole reading.
      expect(Math.max(...times)).toBeGreaterThan(STALL_MS);
    } finally {
      await ctx.close();
    }
  }, 120_000);

  it('a file past the time budget is refused with import-timeout and a Chinese reason (recovery: document-pool.test.ts)', async () => {
    const ctx = await createTestApp(driver, { checkForm: () => [], config: { importTimeoutSeconds: 1 } });
    try {
      const base = await listen(ctx);
      const slow = await upload(base, await ctx.as('fillerA1'), '/api/imports', nearBudgetXlsx());
      expect(slow.status).toBe(422);
      const body = (await slow.json()) as { code: string; reason: string; message: string };
      expect(body).toMatchObject({ code: 'import-failed', reason: 'import-timeout' });
      expect(body.message).toContain('超时');
    } finally {
      await ctx.close();
    }
  }, 120_000);
});
