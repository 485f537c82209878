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
  let last: { key: K; run: number; value: V } | null = null;
  return (key: K) => {
    if (last !== null && last.key === key && last.run === currentRun) return last.value;
    const hit = cache.get(key);
    if (hit && hit.run === currentRun) {
      last = { key, run: hit.run, value: hit.value };
      return hit.value;
    }
    const value = compute(key);
    cache.set(key, { run: currentRun, value });
    last = { key, run: currentRun, value };
    return value;
  };
}
