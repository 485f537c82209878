// Per-run memoisation: helpers that every rule calls on the same form (its indicator entries, goal groups,
// framework, levels) are computed once per check run. A run starts in checkForm, so a form edited between
// two runs is never read from a stale cache.

let currentRun = 0;

/** Starts a new check run: every memoised value of the previous run is stale from now on. */
export function startCheckRun(): void {
  currentRun++;
}

export function memoPerRun<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, { run: number; value: V }>();
  // Every rule asks about the same form in a row: the last answer is checked first, before the map.
  let lastKey: K | null = null;
  let lastRun = -1;
  let lastValue: V | undefined;
  return (key: K) => {
    if (key === lastKey && lastRun === currentRun) return lastValue as V;
    const hit = cache.get(key);
    const value = hit && hit.run === currentRun ? hit.value : compute(key);
    if (hit?.run !== currentRun) cache.set(key, { run: currentRun, value });
    lastKey = key;
    lastRun = currentRun;
    lastValue = value;
    return value;
  };
}
