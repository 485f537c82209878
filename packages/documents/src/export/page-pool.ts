// A bounded pool of reusable resources (the PDF writer's browser pages): at most `max` exist; a caller
// waits for a free one, in order. A resource whose use failed is discarded, not handed out again, since
// it may be broken (a crashed renderer); clear() forgets all of them (the browser behind them is gone).
export class PagePool<T> {
  private idle: T[] = [];
  private count = 0;
  private waiting: Array<() => void> = [];
  /** Bumped by clear(): resources made before it are not returned to the pool. */
  private generation = 0;

  constructor(
    private readonly max: number,
    private readonly create: () => Promise<T>,
    private readonly dispose: (item: T) => Promise<unknown>,
  ) {}

  async use<R>(fn: (item: T) => Promise<R>): Promise<R> {
    const { item, generation } = await this.acquire();
    let ok = false;
    try {
      const result = await fn(item);
      ok = true;
      return result;
    } finally {
      this.release(item, generation, ok);
    }
  }

  /** Forgets every resource (their browser has closed); those in use are dropped when they come back. */
  clear(): void {
    this.generation++;
    this.idle = [];
    this.count = 0;
    this.wake();
  }

  private async acquire(): Promise<{ item: T; generation: number }> {
    for (;;) {
      const generation = this.generation;
      const item = this.idle.pop();
      if (item !== undefined) return { item, generation };
      if (this.count < this.max) {
        this.count++;
        try {
          return { item: await this.create(), generation };
        } catch (e) {
          if (generation === this.generation) this.count--;
          this.wake();
          throw e;
        }
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(item: T, generation: number, ok: boolean): void {
    if (generation !== this.generation) {
      void this.dispose(item).catch(() => undefined);
      return;
    }
    if (ok) this.idle.push(item);
    else {
      this.count--;
      void this.dispose(item).catch(() => undefined);
    }
    this.wake();
  }

  private wake(): void {
    this.waiting.shift()?.();
  }
}
