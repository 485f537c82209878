// Requests that miss the same kept entry at the same time wait for one database read instead of
// each reading it (many people open the same inbox at nine o'clock). A read joins only one begun in
// the same generation: after a form was written, a new read starts.
export class SingleFlight<V> {
  private readonly pending = new Map<string, { generation: number; value: Promise<V> }>();

  /** `read()` once for all callers of `key` in `generation`; `keep` runs once with the result. */
  async run(key: string, generation: number, read: () => Promise<V>, keep: (value: V) => void): Promise<V> {
    const joined = this.pending.get(key);
    if (joined && joined.generation === generation) return joined.value;
    const value = read();
    this.pending.set(key, { generation, value });
    try {
      const result = await value;
      keep(result);
      return result;
    } finally {
      if (this.pending.get(key)?.value === value) this.pending.delete(key);
    }
  }
}
