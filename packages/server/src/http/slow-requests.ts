// A watchdog for requests that take too long to answer and for an event loop held up: a request still unanswered after
// the threshold is logged (warn) with the other requests still open, oldest first, and a tick of the loop that
// came late by more than a second is logged with how late. A stall then leaves its evidence in the log — which
// request went first and what queued behind it — instead of clients that simply wait: PGlite runs its queries on
// this thread and one connection, so a statement that never ends, or a transaction waiting on a statement run
// outside it, stops every request of the process at once.
import type { FastifyInstance } from 'fastify';

/** How often the watchdog looks (a tick late by more than `LOOP_LATE_MS` on top of this is logged). */
const TICK_MS = 1_000;
const LOOP_LATE_MS = 1_000;
/** Requests listed with a slow one: enough to see what queued behind it, not a flood. */
const LISTED = 10;

interface Open {
  method: string;
  url: string;
  started: number;
  warned: boolean;
}

export interface SlowRequestOptions {
  /** A request unanswered this long is logged once (0 turns the watchdog off). */
  thresholdMs: number;
  /** The clock, in milliseconds (tests move it). */
  now?: () => number;
}

/** What a look of the watchdog finds: the requests to log, each with the open ones beside it. */
export interface SlowReport {
  method: string;
  url: string;
  seconds: number;
  open: { method: string; url: string; seconds: number }[];
}

/** A request's URL without its query (which may carry what a log should not). */
const pathOf = (url: string) => url.split('?')[0] ?? url;

/** The open requests of one process, and the ones past the threshold not yet logged. */
export class OpenRequests {
  readonly #open = new Map<string, Open>();
  constructor(
    private readonly thresholdMs: number,
    private readonly now: () => number,
  ) {}

  opened(id: string, method: string, url: string): void {
    this.#open.set(id, { method, url, started: this.now(), warned: false });
  }

  closed(id: string): void {
    this.#open.delete(id);
  }

  get size(): number {
    return this.#open.size;
  }

  /**
   * The requests that just passed the threshold (each reported once). A request reported long ago and still
   * open (its client gone, its handler stuck) is forgotten after ten thresholds, so the map stays bounded.
   */
  overdue(): SlowReport[] {
    const now = this.now();
    const seconds = (o: Open) => Math.round((now - o.started) / 100) / 10;
    const reports: SlowReport[] = [];
    for (const [id, o] of this.#open) {
      const age = now - o.started;
      if (o.warned) {
        if (age > 10 * this.thresholdMs) this.#open.delete(id);
        continue;
      }
      if (age < this.thresholdMs) continue;
      o.warned = true;
      const open = [...this.#open.values()]
        .sort((a, b) => a.started - b.started)
        .slice(0, LISTED)
        .map((other) => ({ method: other.method, url: pathOf(other.url), seconds: seconds(other) }));
      reports.push({ method: o.method, url: pathOf(o.url), seconds: seconds(o), open });
    }
    return reports;
  }
}

/**
 * Installs the watchdog on the app: hooks for the open requests, a timer that stops with the app. Returns the
 * open requests it keeps, or undefined when it is off.
 */
export function watchSlowRequests(
  app: FastifyInstance,
  { thresholdMs, now = Date.now }: SlowRequestOptions,
): OpenRequests | undefined {
  if (thresholdMs <= 0) return undefined;
  const requests = new OpenRequests(thresholdMs, now);
  // Callback hooks (on every request: no promise and no turn of the microtask queue for a Map write). The URL is
  // kept as it came and cut at its query only when reported.
  app.addHook('onRequest', (request, _reply, done) => {
    requests.opened(request.id, request.method, request.url);
    done();
  });
  // Answered when the reply is handed to the socket: a client that stops reading a file it asked for (a browser
  // leaving a page while its scripts load) keeps the response open without the server waiting on anything.
  // Every reply sent goes through onSend — an error's, a 404's, a stream's, one to a client already gone — so
  // no onResponse hook as well (one hook less on every answer: docs/scale.md, h-detail34); a reply that never
  // passes it is reported once, as it would be, and forgotten after ten thresholds.
  app.addHook('onSend', (request, _reply, payload, done) => {
    requests.closed(request.id);
    done(null, payload);
  });
  let last = performance.now();
  const timer = setInterval(() => {
    const tick = performance.now();
    const late = tick - last - TICK_MS;
    last = tick;
    if (late > LOOP_LATE_MS)
      app.log.warn(
        { lateMs: Math.round(late), open: requests.size },
        `事件循环被阻塞约 ${Math.round(late)} 毫秒`,
      );
    for (const r of requests.overdue())
      app.log.warn(
        { slowRequest: { method: r.method, url: r.url, seconds: r.seconds }, open: r.open },
        `请求 ${r.method} ${r.url} 已 ${r.seconds} 秒未完成（同时未完成的请求 ${r.open.length} 个）`,
      );
  }, TICK_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
  return requests;
}
