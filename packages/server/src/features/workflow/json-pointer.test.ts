// JSON pointers into forms.
import { describe, expect, it } from 'vitest';
import { indicatorIndex, parsePointer, pointerExists } from './json-pointer.ts';

const doc = {
  name: null,
  budget: { total: '1' },
  indicators: [{ target: { raw: '≥1' } }],
  'a/b': { '~': 1 },
};

describe('json pointers', () => {
  it('parses with escapes', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/a~1b/~0')).toEqual(['a/b', '~']);
    expect(parsePointer('name')).toBeNull();
  });
  it.each([
    ['', true],
    ['/name', true],
    ['/budget/total', true],
    ['/indicators/0/target/raw', true],
    ['/a~1b/~0', true],
    ['/indicators/1', false],
    ['/indicators/01', false],
    ['/budget/total/x', false],
    ['/__proto__', false],
    ['/constructor', false],
  ])('%j exists: %s', (p, ok) => expect(pointerExists(doc, p)).toBe(ok));
  it('finds the indicator a pointer points into', () => {
    expect(indicatorIndex('/indicators/12/target')).toBe(12);
    expect(indicatorIndex('/indicators/3')).toBe(3);
    expect(indicatorIndex('/goals/3')).toBeNull();
  });
});
