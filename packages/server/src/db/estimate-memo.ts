// A list filter's row estimate above the count's cap, kept a minute per database handle: planning the
// filter again for its estimate (jixiao_plan_rows) cost a third of a first page's statement, and the
// planner's figure moves only with ANALYZE and the table's growth — an estimate a minute old is as good.
// The count up to the cap is never kept: it is made by every first page's statement.
import type { Executor } from './client.ts';

/** How long an estimate is kept. */
export const ESTIMATE_KEEP_MS = 60_000;
/** Filters kept per database handle; the oldest goes first. */
const MOST = 2_000;

interface Kept {
  n: number;
  until: number;
}

const byHandle = new WeakMap<Executor, Map<string, Kept>>();

/** The estimate kept for this filter (its statement's shape and values), if one is fresh. */
export function knownEstimate(ex: Executor, key: string, now = Date.now()): number | undefined {
  const kept = byHandle.get(ex)?.get(key);
  return kept && kept.until > now ? kept.n : undefined;
}

export function keepEstimate(ex: Executor, key: string, n: number, now = Date.now()): void {
  let kept = byHandle.get(ex);
  if (!kept) {
    kept = new Map();
    byHandle.set(ex, kept);
  }
  kept.delete(key); // re-inserted last: a Map iterates in insertion order, the oldest first
  kept.set(key, { n, until: now + ESTIMATE_KEEP_MS });
  if (kept.size > MOST) kept.delete(kept.keys().next().value!);
}
