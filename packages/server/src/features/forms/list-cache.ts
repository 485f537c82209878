// Form lists: the same pages (a unit's forms, a reviewer's inbox, the first page for finance) are
// asked for again and again, and counting a province's forms cost more than the page. A page is
// kept per database handle and filter until any form is written — by this process at once, by
// another when its announcement arrives (see form-cache.ts) — and never longer than its time to live.
import { formsGeneration } from './form-cache.ts';
import { SingleFlight } from './single-flight.ts';

const MAX_ENTRIES = 1000;

interface Kept {
  value: unknown;
  generation: number;
  until: number;
}

const kept = new WeakMap<object, Map<string, Kept>>();
const reading = new WeakMap<object, SingleFlight<unknown>>();

export async function keptList<T>(
  db: object,
  key: string,
  ttlMs: number,
  read: () => Promise<T>,
): Promise<T> {
  if (ttlMs <= 0) return read();
  let byKey = kept.get(db);
  if (!byKey) {
    byKey = new Map();
    kept.set(db, byKey);
  }
  const now = Date.now();
  const hit = byKey.get(key);
  if (hit && hit.generation === formsGeneration() && hit.until > now) return hit.value as T;
  let inFlight = reading.get(db);
  if (!inFlight) {
    inFlight = new SingleFlight();
    reading.set(db, inFlight);
  }
  const started = formsGeneration();
  const result = await inFlight.run(key, started, read, (value) => {
    if (byKey.size >= MAX_ENTRIES) byKey.clear();
    // A write that happened while reading makes the page doubtful: it is returned but not kept.
    if (started === formsGeneration()) byKey.set(key, { value, generation: started, until: now + ttlMs });
  });
  return result as T;
}
