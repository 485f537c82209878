import { describe, expect, it } from 'vitest';
import { memoPerRun, startCheckRun } from './memo.ts';

describe('memoPerRun', () => {
  const counted = () => {
    const calls: object[] = [];
    const memo = memoPerRun((k: { n: number | null }) => {
      calls.push(k);
      return k.n;
    });
    return { calls, memo };
  };

  it('computes once per key within a run, for the last key and the others alike', () => {
    startCheckRun();
    const { calls, memo } = counted();
    const a = { n: 1 };
    const b = { n: null };
    expect([memo(a), memo(a), memo(b), memo(a), memo(b), memo(b)]).toEqual([1, 1, null, 1, null, null]);
    expect(calls).toEqual([a, b]);
  });

  it('reads afresh after a new run starts (a form edited between runs)', () => {
    startCheckRun();
    const { calls, memo } = counted();
    const a = { n: 1 };
    const b = { n: 2 };
    expect(memo(a)).toBe(1);
    expect(memo(b)).toBe(2);
    a.n = 5;
    b.n = 6;
    expect(memo(a)).toBe(1);
    startCheckRun();
    expect(memo(a)).toBe(5);
    expect(memo(b)).toBe(6);
    expect(calls).toEqual([a, b, a, b]);
  });

  it('remembers an undefined answer as an answer', () => {
    startCheckRun();
    let calls = 0;
    const memo = memoPerRun((_: object) => {
      calls++;
      return undefined;
    });
    const a = {};
    const b = {};
    memo(a);
    memo(b);
    memo(a);
    expect(calls).toBe(2);
  });
});
