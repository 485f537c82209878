import { describe, expect, it } from 'vitest';
import { getAt, pointerOf, setAt } from './json-pointer.ts';

describe('json pointer', () => {
  const form = { name: 'a', budget: { total: '200', sources: [{ name: '财政', amount: '1' }] } };
  it('reads', () => {
    expect(getAt(form, '/budget/total')).toBe('200');
    expect(getAt(form, '/budget/sources/0/name')).toBe('财政');
    expect(getAt(form, '/nope/deeper')).toBeUndefined();
    expect(getAt(form, '')).toBe(form);
  });
  it('writes a copy, leaving the original alone', () => {
    const next = setAt(form, '/budget/sources/0/amount', '2');
    expect(next.budget.sources[0]!.amount).toBe('2');
    expect(Array.isArray(next.budget.sources)).toBe(true);
    expect(form.budget.sources[0]!.amount).toBe('1');
    expect(next.name).toBe('a');
    expect(setAt(form, '/name', null).name).toBeNull();
  });
  it('builds pointers with escaping', () => {
    expect(pointerOf('indicators', 3, 'target')).toBe('/indicators/3/target');
    expect(pointerOf('history', 'a/b')).toBe('/history/a~1b');
  });
});
