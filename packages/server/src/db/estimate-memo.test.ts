// A filter's kept estimate, once aged, is made again by one request while the others give the aged figure:
// no herd of first pages each planning the filter at the start of every minute of load.
import { describe, expect, it } from 'vitest';
import type { Executor } from './client.ts';
import { pageCounting } from './count-capped.ts';
import { ESTIMATE_KEEP_MS, ESTIMATE_REMAKE_MS, keepEstimate, knownEstimate } from './estimate-memo.ts';

const values = { below: 5, limit: 51, afterAt: null, afterId: null };
const t0 = 1_000_000;

describe('a kept estimate', () => {
  it('is made by every request while none is kept', () => {
    const ex = {} as Executor;
    expect(pageCounting(ex, true, 'memo.page', values, t0).kind).toBe('estimate');
    expect(pageCounting(ex, true, 'memo.page', values, t0 + 1).kind).toBe('estimate');
  });

  it('once aged, is made again by one request; the others give the aged figure meanwhile', () => {
    const ex = {} as Executor;
    const { key } = pageCounting(ex, true, 'memo.page', values, t0);
    keepEstimate(ex, key, 5000, t0);
    expect(pageCounting(ex, true, 'memo.page', values, t0 + 1)).toMatchObject({ kind: 'count', known: 5000 });
    const aged = t0 + ESTIMATE_KEEP_MS + 1;
    expect(knownEstimate(ex, key, aged)).toBeUndefined();
    // The first request to find it aged makes it; the ones that come while it does give the aged figure.
    expect(pageCounting(ex, true, 'memo.page', values, aged)).toMatchObject({ kind: 'estimate', key });
    expect(pageCounting(ex, true, 'memo.page', values, aged + 1)).toMatchObject({
      kind: 'count',
      known: 5000,
    });
    expect(pageCounting(ex, true, 'memo.page', values, aged + 2)).toMatchObject({
      kind: 'count',
      known: 5000,
    });
    // Made and kept: fresh again, for everyone.
    keepEstimate(ex, key, 6000, aged + 3);
    expect(pageCounting(ex, true, 'memo.page', values, aged + 4)).toMatchObject({
      kind: 'count',
      known: 6000,
    });
  });

  it('is made by the next request when the one making it has not kept it in time', () => {
    const ex = {} as Executor;
    const { key } = pageCounting(ex, true, 'memo.page', values, t0);
    keepEstimate(ex, key, 5000, t0);
    const aged = t0 + ESTIMATE_KEEP_MS + 1;
    expect(pageCounting(ex, true, 'memo.page', values, aged).kind).toBe('estimate');
    expect(pageCounting(ex, true, 'memo.page', values, aged + ESTIMATE_REMAKE_MS - 1).kind).toBe('count');
    // That request failed (or counted no more than the cap, and kept nothing): another one makes it.
    expect(pageCounting(ex, true, 'memo.page', values, aged + ESTIMATE_REMAKE_MS + 1).kind).toBe('estimate');
    expect(pageCounting(ex, true, 'memo.page', values, aged + ESTIMATE_REMAKE_MS + 2).kind).toBe('count');
  });

  it('is the filter’s own: another filter, or a page after a cursor, does not use it', () => {
    const ex = {} as Executor;
    const { key } = pageCounting(ex, true, 'memo.page', values, t0);
    keepEstimate(ex, key, 5000, t0);
    expect(pageCounting(ex, true, 'memo.page', { ...values, below: 6 }, t0 + 1).kind).toBe('estimate');
    expect(pageCounting(ex, true, 'other.page', values, t0 + 1).kind).toBe('estimate');
    expect(pageCounting(ex, false, 'memo.page', values, t0 + 1).kind).toBe('none');
  });
});
