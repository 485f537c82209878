// Every request's own timeline in the server, for telling where a run's first-second tail is spent
// (bench/tail-probe.ts): when it was parsed, answered and sent, on which socket (and the how-manieth request of that
// socket), each statement it ran — when it asked the pool for a connection, when it got one, when the answer came,
// the backend's pid, the pool (the list pool of generic plans or the main one), and whether that connection had
// prepared the statement's name before — and beside them the process's garbage collections and the event loop's
// utilisation by 100 ms. Installed in a server process before its app answers; read and reset by IPC.
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { getHeapSpaceStatistics } from 'node:v8';
import pg from 'pg';

export interface TracedStatement {
  /** ms since the trace's start: the pool asked, a connection given, the answer read. */
  asked: number;
  got: number;
  done: number;
  pid: number;
  listPool: boolean;
  /** A named statement this connection had not parsed before (so PostgreSQL parsed and planned it now). */
  firstOnConnection: boolean;
  name: string;
}

export interface TracedRequest {
  url: string;
  socket: number;
  /** 1 for a socket's first request. */
  nthOnSocket: number;
  /** Requests in hand (parsed, not yet answered) when this one was parsed, itself not counted. */
  inHand: number;
  start: number;
  end: number;
  statements: TracedStatement[];
}

export interface Trace {
  requests: TracedRequest[];
  gcs: { start: number; ms: number; kind: number }[];
  /** Event loop utilisation (0–1) of each 100 ms since the trace's start. */
  elu: number[];
  /** V8's young generation's size (MB) at each 100 ms since the trace's start. */
  young: number[];
  /** Connections accepted: ms since the trace's start. */
  accepted: number[];
  /** Each named statement's text and the values it was first run with (to run it again elsewhere). */
  texts: Record<string, { text: string; values: unknown[]; listPool: boolean }>;
}

const store = new AsyncLocalStorage<TracedRequest>();

/** The trace of this process from now on; `reset()` starts it again at 0 ms. */
export function installTrace(app: FastifyInstance): { read(): Trace; reset(): void } {
  let t0 = performance.now();
  const now = () => performance.now() - t0;
  let trace: Trace = { requests: [], gcs: [], elu: [], young: [], accepted: [], texts: {} };
  let inHand = 0;
  let socketIds = 0;
  const sockets = new WeakMap<object, { id: number; n: number }>();

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      trace.gcs.push({ start: e.startTime - t0, ms: e.duration, kind });
    }
  }).observe({ entryTypes: ['gc'] });
  let lastElu = performance.eventLoopUtilization();
  setInterval(() => {
    const e = performance.eventLoopUtilization(lastElu);
    lastElu = performance.eventLoopUtilization();
    trace.elu.push(Number(e.utilization.toFixed(3)));
    const young = getHeapSpaceStatistics().find((x) => x.space_name === 'new_space')?.space_size ?? 0;
    trace.young.push(Math.round(young / 2 ** 20));
  }, 100).unref();
  app.server.on('connection', () => trace.accepted.push(now()));

  const traced = new WeakMap<object, TracedRequest>();
  app.addHook('onRequest', (request, _reply, done) => {
    const socket = request.raw.socket;
    let s = sockets.get(socket);
    if (!s) {
      s = { id: ++socketIds, n: 0 };
      sockets.set(socket, s);
    }
    s.n++;
    const r: TracedRequest = {
      url: request.url,
      socket: s.id,
      nthOnSocket: s.n,
      inHand: inHand++,
      start: now(),
      end: 0,
      statements: [],
    };
    traced.set(request, r);
    store.run(r, done);
  });
  app.addHook('onResponse', (request, _reply, done) => {
    const r = traced.get(request);
    if (r) {
      r.end = now();
      inHand--;
      trace.requests.push(r);
    }
    done();
  });

  // A statement's times: the pool asked (Pool.query), a connection given (Client.query on it), the answer read.
  const poolQuery = pg.Pool.prototype.query;
  pg.Pool.prototype.query = function (this: pg.Pool, ...args: unknown[]) {
    const r = store.getStore();
    if (r) {
      const options = (this as unknown as { options: { options?: string } }).options;
      pending.set(r, { asked: now(), listPool: /force_generic_plan/.test(options.options ?? '') });
    }
    return (poolQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof poolQuery;
  const pending = new WeakMap<TracedRequest, { asked: number; listPool: boolean }>();
  // The pool hands a connection to a waiting caller from another request's release: its callback is bound to the
  // caller's context, so that the statement it then sends is told to the request that asked.
  const poolConnect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
    if (typeof args[0] === 'function') args[0] = AsyncResource.bind(args[0] as () => void);
    return (poolConnect as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof poolConnect;
  const clientQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const r = store.getStore();
    const cb = args.at(-1);
    if (r && typeof cb === 'function') {
      const config = args[0] as { name?: string; text?: string } | string;
      const name = typeof config === 'string' ? '' : (config.name ?? '');
      const connection = (this as unknown as { connection: { parsedStatements: Record<string, string> } })
        .connection;
      const p = pending.get(r);
      pending.delete(r);
      const got = now();
      const s: TracedStatement = {
        asked: p?.asked ?? got,
        got,
        done: 0,
        pid: (this as unknown as { processID: number }).processID,
        listPool: p?.listPool ?? false,
        firstOnConnection: name !== '' && connection.parsedStatements[name] === undefined,
        name: name || (typeof config === 'string' ? config : (config.text ?? '')).slice(0, 60),
      };
      r.statements.push(s);
      if (name && !trace.texts[name] && typeof config !== 'string')
        trace.texts[name] = {
          text: config.text ?? '',
          values: ((config as { values?: unknown[] }).values ??
            (args.length > 2 ? args[1] : [])) as unknown[],
          listPool: s.listPool,
        };
      args[args.length - 1] = (...a: unknown[]) => {
        s.done = now();
        return (cb as (...x: unknown[]) => unknown)(...a);
      };
    }
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof clientQuery;

  return {
    read: () => trace,
    reset: () => {
      t0 = performance.now();
      trace = { requests: [], gcs: [], elu: [], young: [], accepted: [], texts: {} };
    },
  };
}
