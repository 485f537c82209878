// The watchdog names a request left unanswered past the threshold, once, with what is open beside it; a request
// answered in time is never named; and on a real app a handler that waits forever is logged while it waits.
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { OpenRequests, watchSlowRequests } from './slow-requests.ts';

describe('OpenRequests', () => {
  it('reports a request once it passes the threshold, with the open ones oldest first', () => {
    let now = 0;
    const open = new OpenRequests(30_000, () => now);
    open.opened('1', 'POST', '/api/forms/a/transitions');
    now = 5_000;
    open.opened('2', 'GET', '/api/public/forms/a');
    now = 29_999;
    expect(open.overdue()).toEqual([]);
    now = 30_000;
    expect(open.overdue()).toEqual([
      {
        method: 'POST',
        url: '/api/forms/a/transitions',
        seconds: 30,
        open: [
          { method: 'POST', url: '/api/forms/a/transitions', seconds: 30 },
          { method: 'GET', url: '/api/public/forms/a', seconds: 25 },
        ],
      },
    ]);
    // Reported once, not on every look.
    now = 31_000;
    expect(open.overdue()).toEqual([]);
    now = 35_000;
    expect(open.overdue().map((r) => r.url)).toEqual(['/api/public/forms/a']);
  });

  it('never reports a request answered in time, and forgets a stuck one after ten thresholds', () => {
    let now = 0;
    const open = new OpenRequests(1_000, () => now);
    open.opened('quick', 'GET', '/api/forms');
    now = 900;
    open.closed('quick');
    open.opened('stuck', 'GET', '/api/dashboard');
    now = 2_000;
    expect(open.overdue().map((r) => r.url)).toEqual(['/api/dashboard']);
    expect(open.size).toBe(1);
    now = 12_000;
    open.overdue();
    expect(open.size).toBe(0);
  });
});

describe('watchSlowRequests on an app', () => {
  it('logs a handler that never answers while it waits, and not one that answers', async () => {
    const lines: { msg: string; slowRequest?: { url: string } }[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
        done();
      },
    });
    const app = Fastify({ logger: { level: 'warn', stream } });
    watchSlowRequests(app, { thresholdMs: 50 });
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    app.get('/held', async () => {
      await held;
      return { ok: true };
    });
    app.get('/quick', async () => ({ ok: true }));
    await app.ready();
    expect((await app.inject({ url: '/quick' })).statusCode).toBe(200);
    const answer = app.inject({ url: '/held' });
    // Waits on the log line itself (the watchdog looks once a second), never on a fixed time.
    await expect
      .poll(() => lines.find((l) => l.slowRequest?.url === '/held'), { timeout: 20_000 })
      .toBeTruthy();
    expect(lines.find((l) => l.slowRequest?.url === '/held')?.msg).toMatch(
      /^请求 GET \/held 已 [\d.]+ 秒未完成/,
    );
    release();
    expect((await answer).statusCode).toBe(200);
    expect(lines.some((l) => l.slowRequest?.url === '/quick')).toBe(false);
    await app.close();
  });

  it('keeps nothing at 0 (off), and counts the open requests when on', async () => {
    const off = Fastify();
    expect(watchSlowRequests(off, { thresholdMs: 0 })).toBeUndefined();
    await off.close();
    const on = Fastify();
    const open = watchSlowRequests(on, { thresholdMs: 60_000 });
    let seen = -1;
    on.get('/', async () => ((seen = open?.size ?? -1), {}));
    await on.inject({ url: '/' });
    expect(seen).toBe(1);
    expect(open?.size).toBe(0);
    await on.close();
  });
});
