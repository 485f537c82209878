import { describe, expect, it } from 'vitest';
import { forgetForm } from './form-cache.ts';
import { keptList } from './list-cache.ts';

describe('kept form lists', () => {
  it('reads a page once per filter and database, and again after any form was written', async () => {
    const db = {};
    const other = {};
    let reads = 0;
    const read = async () => ++reads;
    expect(await keptList(db, 'a', 60_000, read)).toBe(1);
    expect(await keptList(db, 'a', 60_000, read)).toBe(1); // kept
    expect(await keptList(db, 'b', 60_000, read)).toBe(2); // another filter
    expect(await keptList(other, 'a', 60_000, read)).toBe(3); // another database
    forgetForm('some-form');
    expect(await keptList(db, 'a', 60_000, read)).toBe(4);
  });

  it('does not keep a page during which a form was written, nor with no time to live', async () => {
    const db = {};
    let reads = 0;
    const racing = async () => {
      forgetForm('x');
      return ++reads;
    };
    expect(await keptList(db, 'a', 60_000, racing)).toBe(1);
    expect(await keptList(db, 'a', 60_000, async () => ++reads)).toBe(2);
    expect(await keptList(db, 'z', 0, async () => ++reads)).toBe(3);
    expect(await keptList(db, 'z', 0, async () => ++reads)).toBe(4);
  });

  it('with no time to live, reads even a page another server over the same database keeps', async () => {
    const db = {};
    let reads = 0;
    expect(await keptList(db, 'shared', 60_000, async () => ++reads)).toBe(1);
    expect(await keptList(db, 'shared', 0, async () => ++reads)).toBe(2);
  });

  it('reads a page once for the requests that ask for it at the same time', async () => {
    const db = {};
    let reads = 0;
    const read = async () => {
      reads++;
      await new Promise((r) => setTimeout(r, 20));
      return reads;
    };
    const all = await Promise.all(Array.from({ length: 10 }, () => keptList(db, 'p', 60_000, read)));
    expect(new Set(all)).toEqual(new Set([1]));
    expect(reads).toBe(1);
  });
});
