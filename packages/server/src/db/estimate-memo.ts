// A list filter's row estimate above the count's cap, kept a minute per database handle: planning the
// filter again for its estimate (jixiao_plan_rows) cost a third of a first page's statement, and the
// planner's figure moves only with ANALYZE and the table's growth — an estimate a minute old is as good.
// When it has aged, one request makes it again while the others go on with the old figure: every request
// that found it gone made it at once, each on a statement its connection had not planned (a herd of 20 on
// five connections at the start of each minute of load, docs/scale.md).
// The count up to the cap is never kept: it is made by every first page's statement.
import type { Executor } from './client.ts';

/** How long an estimate is kept. */
export const ESTIMATE_KEEP_MS = 60_000;
/** How long the request making an aged estimate again has before another one may (it failed, or left). */
export const ESTIMATE_REMAKE_MS = 5_000;
/** Filters kept per database handle; the oldest goes first. */
const MOST = 2_000;

interface Kept {
  n: number;
  until: number;
  /** Until when a request is making it again (0: none is). */
  remaking: number;
}

const byHandle = new WeakMap<Executor, Map<string, Kept>>();

/** The estimate kept for this filter (its statement's shape and values), if one is fresh. */
export function knownEstimate(ex: Executor, key: string, now = Date.now()): number | undefined {
  const kept = byHandle.get(ex)?.get(key);
  return kept && kept.until > now ? kept.n : undefined;
}

/** What a request does about a filter's estimate: use `known` as it is, or make it (`remake`). */
export interface EstimateUse {
  /** The figure to give, fresh or aged; none when the filter has none kept. */
  known: number | undefined;
  /** This request makes the estimate (and keeps it): none is kept, or it has aged and no other request is on it. */
  remake: boolean;
}

/**
 * The estimate this request gives: a fresh one as it is; an aged one as it is too, except for the one request
 * that makes it again (the first to find it aged, or the next when that one has not kept it within
 * `ESTIMATE_REMAKE_MS`); none kept, the request makes it.
 */
export function estimateToUse(ex: Executor, key: string, now = Date.now()): EstimateUse {
  const kept = byHandle.get(ex)?.get(key);
  if (!kept) return { known: undefined, remake: true };
  if (kept.until > now || kept.remaking > now) return { known: kept.n, remake: false };
  kept.remaking = now + ESTIMATE_REMAKE_MS;
  return { known: kept.n, remake: true };
}

export function keepEstimate(ex: Executor, key: string, n: number, now = Date.now()): void {
  let kept = byHandle.get(ex);
  if (!kept) {
    kept = new Map();
    byHandle.set(ex, kept);
  }
  kept.delete(key); // re-inserted last: a Map iterates in insertion order, the oldest first
  kept.set(key, { n, until: now + ESTIMATE_KEEP_MS, remaking: 0 });
  if (kept.size > MOST) kept.delete(kept.keys().next().value!);
}
