// A server over DATABASE_URL with its caches off, in a process of its own (for list-cpu.ts, cpu-split.ts, and the
// server bench's uncached server on PostgreSQL): counts the statements its pool sends, and answers its own CPU time,
// by IPC. WORKERS=N (N > 1): as `npm start` runs a server of N processes (SERVER_WORKERS) — this process their
// primary (cluster/supervise-workers.ts), each worker with its share of the pool (cluster/worker-count.ts); the
// figures are the workers' summed (the primary's own CPU, which accepts the connections, included).
import cluster from 'node:cluster';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import pg from 'pg';
import { testConfig } from '../packages/server/src/config.ts';
import { superviseWorkers } from '../packages/server/src/cluster/supervise-workers.ts';
import { workerShare } from '../packages/server/src/cluster/worker-count.ts';
import { installTrace, type TracedRequest } from './request-trace.ts';
import { heapWork, type HeapWork } from './heap-work.ts';
import { benchPoolSize, buildUncachedApp } from './uncached-app.ts';

const workers = Math.max(1, Number(process.env.WORKERS ?? 1));

/** One process's own figures, raw (a primary merges its workers'). */
interface Raw {
  statements: number;
  requests: number;
  cpuMs: number;
  gc: { count: number; ms: number; maxMs: number };
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  inServer: number[];
  endedAt: number[];
  newSpaceMb: number;
  /** Each GC pause of the run: when it began (ms since the run's reset) and how long it took. */
  gcPauses: { at: number; ms: number }[];
  /** The collector's work over the run (heap-work.ts: V8's own statistics, no request traced). */
  heap: HeapWork;
  /** TRACE=1: where the time of the requests begun in the run's first second and after it went (sums, ms). */
  parts?: Record<'early' | 'late', Parts>;
}

/** Sums over requests: waiting for a pool connection, in PostgreSQL (a statement sent to its answer read), and the
 * statements a connection parsed and planned anew (named statements it had not prepared). */
interface Parts {
  n: number;
  waitMs: number;
  dbMs: number;
  parsedAnew: number;
  parsedAnewMs: number;
}

function partsOf(requests: TracedRequest[]): Record<'early' | 'late', Parts> {
  const zero = (): Parts => ({ n: 0, waitMs: 0, dbMs: 0, parsedAnew: 0, parsedAnewMs: 0 });
  const out = { early: zero(), late: zero() };
  for (const r of requests) {
    const p = r.start < 1000 ? out.early : out.late;
    p.n++;
    for (const s of r.statements) {
      p.waitMs += s.got - s.asked;
      p.dbMs += s.done - s.got;
      if (s.firstOnConnection) {
        p.parsedAnew++;
        p.parsedAnewMs += s.done - s.got;
      }
    }
  }
  return out;
}

/** Per request (ms, one decimal) of summed parts, several processes' merged. */
function perRequest(all: Parts[]) {
  const sum = (f: (p: Parts) => number) => all.reduce((a, p) => a + f(p), 0);
  const n = Math.max(
    1,
    sum((p) => p.n),
  );
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    poolWaitMs: r(sum((p) => p.waitMs) / n),
    statementMs: r(sum((p) => p.dbMs) / n),
    parsedAnew: sum((p) => p.parsedAnew),
    parsedAnewMs: r(
      sum((p) => p.parsedAnewMs) /
        Math.max(
          1,
          sum((p) => p.parsedAnew),
        ),
    ),
  };
}

/** The figures list-cpu.ts and the server bench read, from the raw figures of one process or of several. */
export type ServerFigures = ReturnType<typeof summary>;
function summary(raws: Raw[], extraCpuMs = 0) {
  const inServer = raws.flatMap((r) => r.inServer);
  const endedAt = raws.flatMap((r) => r.endedAt);
  const p = (xs: number[], q: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
  // The in-server p99 and worst of the requests that ended in the run's first second, and of the others.
  const early: number[] = [];
  const late: number[] = [];
  inServer.forEach((t, i) => (endedAt[i]! < 1000 ? early : late).push(t));
  const sum = (f: (r: Raw) => number) => raws.reduce((s, r) => s + f(r), 0);
  const max = (f: (r: Raw) => number) => Math.max(0, ...raws.map(f));
  return {
    workers: raws.length,
    statements: sum((r) => r.statements),
    requests: sum((r) => r.requests),
    cpuMs: sum((r) => r.cpuMs) + extraCpuMs,
    gc: { count: sum((r) => r.gc.count), ms: sum((r) => r.gc.ms), maxMs: max((r) => r.gc.maxMs) },
    loopDelayP99Ms: max((r) => r.loopDelayP99Ms),
    loopDelayMaxMs: max((r) => r.loopDelayMaxMs),
    inServerP50Ms: p(inServer, 0.5),
    inServerP99Ms: p(inServer, 0.99),
    // One process's: how much of its slowest requests' time its GC pauses took (several processes: not told).
    ...(raws.length === 1 ? { pausesInTail: pausesInTail(raws[0]!) } : {}),
    firstSecond: {
      early: { n: early.length, p99: p(early, 0.99), max: p(early, 1) },
      late: { n: late.length, p99: p(late, 0.99), max: p(late, 1) },
      // TRACE=1 (the server bench's BENCH_TAIL): a request's mean wait for a pool connection and time in PostgreSQL,
      // and the statements parsed anew on their connection (with their mean time), first second and after.
      ...(raws.every((r) => r.parts)
        ? {
            earlyParts: perRequest(raws.map((r) => r.parts!.early)),
            lateParts: perRequest(raws.map((r) => r.parts!.late)),
          }
        : {}),
    },
    newSpaceMb: sum((r) => r.newSpaceMb),
    heap: sumHeap(raws.map((r) => r.heap)),
  };
}

/**
 * Whether a run's tail is its GC pauses: for the slowest 1 % of its requests and for those around the median,
 * the share of their in-server time during which the process was in a GC pause, and how many of them lived
 * through a pause of 10 ms or more. A tail made by pauses has a far larger share than the median; a tail made
 * by waiting (the pool's queue, the machine) has about the same.
 */
function pausesInTail(raw: Raw) {
  const requests = raw.inServer.map((ms, i) => ({ ms, end: raw.endedAt[i]!, start: raw.endedAt[i]! - ms }));
  requests.sort((a, b) => a.ms - b.ms);
  const of = (group: typeof requests) => {
    let paused = 0;
    let total = 0;
    let throughLong = 0;
    for (const r of group) {
      total += r.ms;
      let long = false;
      for (const g of raw.gcPauses) {
        const overlap = Math.min(r.end, g.at + g.ms) - Math.max(r.start, g.at);
        if (overlap > 0) {
          paused += overlap;
          if (g.ms >= 10) long = true;
        }
      }
      if (long) throughLong++;
    }
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return {
      n: group.length,
      pausedShare: r2(paused / Math.max(1e-9, total)),
      throughLongPause: r2(throughLong / Math.max(1, group.length)),
    };
  };
  const n = requests.length;
  return {
    slowest1pc: of(requests.slice(Math.floor(n * 0.99))),
    median: of(requests.slice(Math.floor(n * 0.45), Math.floor(n * 0.55))),
  };
}

/** Several processes' collector figures: counts, times and bytes summed, the longest pauses the longest. */
function sumHeap(all: HeapWork[]): HeapWork {
  const out = { ...all[0]! };
  for (const h of all.slice(1))
    for (const k of Object.keys(out) as (keyof HeapWork)[])
      out[k] = k.endsWith('MaxMs') || k.endsWith('PeakMb') ? Math.max(out[k], h[k]) : out[k] + h[k];
  return out;
}

/** Builds and starts the uncached server in this process; answers its port and its raw figures on demand. */
async function serveHere(poolShare: number) {
  const counter = { statements: 0, requests: 0 };
  // Where a slow request's time went, in this process: its garbage collections (count, total and longest pause)
  // and the event loop's delay (a request that waits for the loop waits whatever the database does).
  const gc = { count: 0, ms: 0, maxMs: 0 };
  const gcPauses: Raw['gcPauses'] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.count++;
      gcPauses.push({ at: e.startTime - runStart, ms: e.duration });
      gc.ms += e.duration;
      gc.maxMs = Math.max(gc.maxMs, e.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  const heap = heapWork();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  // The time each request spent in the server (from its parse to its answer sent), by the millisecond, and when
  // it ended (ms since the run's reset): a tail made in a run's first moments is told from one spread over it.
  const inServer: number[] = [];
  const endedAt: number[] = [];
  let runStart = performance.now();
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    counter.statements++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;

  // The pool (POOL, uncached-app.ts) shared among the workers as `npm start` shares it.
  const app = await buildUncachedApp(poolShare, !cluster.isWorker);
  // TRACE=1: every request's statements traced (request-trace.ts), for the first second's parts.
  const trace = process.env.TRACE === '1' ? installTrace(app) : undefined;
  app.addHook('onResponse', async (_request, reply) => {
    heap.sample();
    inServer.push(reply.elapsedTime);
    endedAt.push(performance.now() - runStart);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  app.server.on('request', () => counter.requests++);
  const raw = (): Raw => {
    const cpu = process.cpuUsage();
    return {
      ...counter,
      cpuMs: (cpu.user + cpu.system) / 1000,
      gc: { ...gc },
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
      inServer: [...inServer],
      endedAt: [...endedAt],
      // The young generation's size now (MB): V8 shrinks it in a quiet spell, and a run then starts with more
      // scavenges (and more objects promoted) until it has grown again.
      newSpaceMb:
        (getHeapSpaceStatistics().find((x) => x.space_name === 'new_space')?.space_size ?? 0) / 2 ** 20,
      heap: heap.read(),
      gcPauses: [...gcPauses],
      ...(trace ? { parts: partsOf(trace.read().requests) } : {}),
    };
  };
  const reset = () => {
    gc.count = gc.ms = gc.maxMs = 0;
    gcPauses.length = 0;
    loopDelay.reset();
    inServer.length = 0;
    endedAt.length = 0;
    runStart = performance.now();
    heap.reset();
    trace?.reset();
  };
  return { port: (app.server.address() as { port: number }).port, raw, reset };
}

const pool = benchPoolSize();
if (cluster.isWorker) {
  // A worker: its share of the pool; answers the primary's '?' and '?reset' with its raw figures.
  const here = await serveHere(
    workerShare({ ...testConfig(), databasePoolSize: pool }, workers).databasePoolSize,
  );
  process.on('message', (m) => {
    if (m !== '?' && m !== '?reset') return;
    process.send!({ raw: here.raw() });
    if (m === '?reset') here.reset();
  });
} else if (workers === 1) {
  const here = await serveHere(pool);
  process.on('message', (m) => {
    process.send!(summary([here.raw()]));
    // '?reset': the figures above start again (a run's own).
    if (m === '?reset') here.reset();
  });
  process.send!({ port: here.port, pids: [process.pid], workers: 1 });
} else {
  const supervisor = superviseWorkers({
    count: workers,
    env: { WORKERS: String(workers) },
    log: (line) => console.error(line),
  });
  const port = await supervisor.listening;
  const ask = (worker: import('node:cluster').Worker, m: string) =>
    new Promise<Raw>((res) => {
      const on = (reply: { raw?: Raw }) => {
        if (!reply.raw) return;
        worker.off('message', on);
        res(reply.raw);
      };
      worker.on('message', on);
      worker.send(m);
    });
  process.on('message', (m) => {
    const primaryCpu = process.cpuUsage();
    void Promise.all(Object.values(cluster.workers ?? {}).map((w) => ask(w!, m as string))).then((raws) =>
      process.send!(summary(raws, (primaryCpu.user + primaryCpu.system) / 1000)),
    );
  });
  process.on('SIGTERM', () => void supervisor.stop().then(() => process.exit(0)));
  process.send!({ port, pids: [process.pid, ...supervisor.pids()], workers });
}
if (!cluster.isPrimary || workers === 1) process.on('SIGTERM', () => process.exit(0)); // so that --cpu-prof (SERVER_ARGS) is written
