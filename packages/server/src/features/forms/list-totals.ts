// A paged list reports how many forms match. Counting (up to TOTAL_CAP rows) cost more than the
// page itself at province scale, and people page through the same filter many times, so each
// total is kept for a couple of seconds per database handle. Any form written by this process
// starts a new generation, which retires every kept total at once; a write by another process is
// seen at most TTL_MS later.
const TTL_MS = 2000;
const MAX_ENTRIES = 1000;

let generation = 0;

/** Called by every write to the forms table. */
export function formsChanged(): void {
  generation++;
}

interface Kept {
  total: number;
  generation: number;
  until: number;
}

const kept = new WeakMap<object, Map<string, Kept>>();

export async function keptTotal(db: object, key: string, count: () => Promise<number>): Promise<number> {
  let byKey = kept.get(db);
  if (!byKey) {
    byKey = new Map();
    kept.set(db, byKey);
  }
  const now = Date.now();
  const hit = byKey.get(key);
  if (hit && hit.generation === generation && hit.until > now) return hit.total;
  const started = generation;
  const total = await count();
  if (byKey.size >= MAX_ENTRIES) byKey.clear();
  // A write that happened while counting makes the count doubtful: it is used but not kept.
  if (started === generation) byKey.set(key, { total, generation, until: now + TTL_MS });
  return total;
}
