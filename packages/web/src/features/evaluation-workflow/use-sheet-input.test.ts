import { describe, expect, it } from 'vitest';
import { errorsByRow } from './use-sheet-input.ts';

describe('errorsByRow', () => {
  it('groups refused-save errors by row, the rest under budget', () => {
    const m = errorsByRow([
      { path: '/indicators/0/expectedFullYear', message: 'x' },
      { path: '/indicators/0/likelihood', message: 'z' },
      { path: '/budget/executedToDate', message: 'y' },
    ]);
    expect(m.get(0)).toEqual(['x', 'z']);
    expect(m.get('budget')).toEqual(['y']);
    expect(m.get(1)).toBeUndefined();
  });
});
