// The PDF writer's page pool: never more pages than its bound, callers wait their turn in order, a page
// whose use failed is not handed out again, and clear() forgets pages of a closed browser.
import { describe, expect, it } from 'vitest';
import { PagePool } from './page-pool.ts';

function counter() {
  let made = 0;
  const disposed: number[] = [];
  return {
    create: async () => ++made,
    dispose: async (n: number) => void disposed.push(n),
    made: () => made,
    disposed,
  };
}

/** A promise and its resolver, so a test decides when a use ends (a state, not a time). */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe('PagePool', () => {
  it('reuses a free page instead of making another', async () => {
    const c = counter();
    const pool = new PagePool(3, c.create, c.dispose);
    const first = await pool.use(async (p) => p);
    const second = await pool.use(async (p) => p);
    expect(second).toBe(first);
    expect(c.made()).toBe(1);
  });

  it('makes at most `max` pages; the next caller waits until one is free, then gets it', async () => {
    const c = counter();
    const pool = new PagePool(2, c.create, c.dispose);
    const gates = [gate(), gate()];
    const started: number[] = [];
    const busy = gates.map((g) =>
      pool.use(async (p) => {
        started.push(p);
        await g.opened;
        return p;
      }),
    );
    let thirdGot: number | null = null;
    const third = pool.use(async (p) => (thirdGot = p));
    await new Promise((r) => setImmediate(r));
    expect(c.made()).toBe(2);
    expect(thirdGot).toBeNull(); // both pages are busy: it waits
    gates[1]!.open();
    await busy[1];
    await third;
    expect(thirdGot).toBe(started[1]); // the page just freed, not a third one
    expect(c.made()).toBe(2);
    gates[0]!.open();
    await busy[0];
  });

  it('discards a page whose use failed and makes a fresh one next time', async () => {
    const c = counter();
    const pool = new PagePool(1, c.create, c.dispose);
    await expect(pool.use(async () => Promise.reject(new Error('renderer crashed')))).rejects.toThrow(
      'renderer crashed',
    );
    expect(c.disposed).toEqual([1]);
    expect(await pool.use(async (p) => p)).toBe(2);
  });

  it('after clear(), pages of the old browser are disposed when they come back and never reused', async () => {
    const c = counter();
    const pool = new PagePool(1, c.create, c.dispose);
    const g = gate();
    const inUse = pool.use(async (p) => {
      await g.opened;
      return p;
    });
    await new Promise((r) => setImmediate(r));
    pool.clear();
    expect(await pool.use(async (p) => p)).toBe(2); // not blocked by the forgotten page
    g.open();
    expect(await inUse).toBe(1);
    expect(c.disposed).toEqual([1]);
    expect(await pool.use(async (p) => p)).toBe(2);
  });
});
