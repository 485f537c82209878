// A row written as JSON with some fields spliced in as the database printed them.
import { describe, expect, it } from 'vitest';
import { objectWithRaw } from './raw-json.ts';

describe('objectWithRaw', () => {
  const raw = new Set(['before', 'after']);

  it('writes the named fields as they are and the others as JSON.stringify does, in the row order', () => {
    const row = { id: 7, name: '引号"与\\', before: '{"n": [1, 2.5, null]}', after: null, ip: null };
    const text = objectWithRaw(row, raw);
    expect(text).toBe('{"id":7,"name":"引号\\"与\\\\","before":{"n": [1, 2.5, null]},"after":null,"ip":null}');
    expect(JSON.parse(text)).toEqual({ ...row, before: { n: [1, 2.5, null] } });
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(row));
  });

  it('leaves out an undefined field, as JSON.stringify does, and writes an empty row as {}', () => {
    expect(objectWithRaw({ a: undefined, b: 1, after: undefined }, raw)).toBe('{"b":1}');
    expect(objectWithRaw({}, raw)).toBe('{}');
  });

  it('keeps a number of the JSON as written, where a parse would round it to a double', () => {
    const before = '{"amount": 12345678901234567890.10}';
    expect(objectWithRaw({ before }, raw)).toContain('12345678901234567890.10');
    // What the answer wrote when the driver parsed it first:
    expect(JSON.stringify(JSON.parse(before))).not.toContain('12345678901234567890.10');
  });
});
