import { describe, expect, it } from 'vitest';
import { formsChanged, keptTotal } from './list-totals.ts';

describe('kept list totals', () => {
  it('counts once per filter and database, and again after any form was written', async () => {
    const db = {};
    const other = {};
    let counted = 0;
    const count = async () => ++counted;
    expect(await keptTotal(db, 'a', count)).toBe(1);
    expect(await keptTotal(db, 'a', count)).toBe(1); // kept
    expect(await keptTotal(db, 'b', count)).toBe(2); // another filter
    expect(await keptTotal(other, 'a', count)).toBe(3); // another database
    formsChanged();
    expect(await keptTotal(db, 'a', count)).toBe(4);
  });

  it('does not keep a count during which a form was written', async () => {
    const db = {};
    let counted = 0;
    const racing = async () => {
      formsChanged();
      return ++counted;
    };
    expect(await keptTotal(db, 'a', racing)).toBe(1);
    expect(await keptTotal(db, 'a', async () => ++counted)).toBe(2);
  });
});
