// Per-run memoisation: helpers that every rule calls on the same form (its indicator entries, goal groups,
// framework, levels) are computed once per check run. A run starts in checkForm, so a form edited between
// two runs is never read from a stale cache.

let currentRun = 0;

/** Starts a new check run: every memoised value of the previous run is stale from now on. */
export function startCheckRun(): void {
  currentRun++;
}

export function memoPerRun<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  // One map a run, dropped whole when the run changes: no stamp to store or compare per entry (the stamped
  // entries of one long-lived map cost an allocation and a map write for every key of every run).
  let cache = new WeakMap<K, V>();
  let cacheRun = currentRun;
  // Every rule asks about the same form in a row: the last answer is checked first, before the map.
  let lastKey: K | null = null;
  let lastValue: V | undefined;
  return (key: K) => {
    if (cacheRun !== currentRun) {
      cache = new WeakMap<K, V>();
      cacheRun = currentRun;
      lastKey = null;
    } else if (key === lastKey) return lastValue as V;
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      cache.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value as V;
  };
}
