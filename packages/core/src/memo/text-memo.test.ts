import { describe, expect, it } from 'vitest';
import { TextMemo, textMemoSizes } from './text-memo.ts';

describe('TextMemo', () => {
  it('holds at most its bound however many distinct texts are remembered', () => {
    const memo = new TextMemo<number>('test: bound', 100);
    let most = 0;
    for (let i = 0; i < 1_000; i++) {
      memo.set(`text ${i}`, i);
      most = Math.max(most, memo.size);
    }
    expect(most).toBeLessThanOrEqual(100);
    // Full use of the room it has: two generations of half the bound.
    expect(most).toBe(100);
  });

  it('answers what it was told, and nothing for a text never told', () => {
    const memo = new TextMemo<string | null>('test: answers', 10);
    memo.set('产出指标', 'level1');
    memo.set('培训人次', null);
    expect(memo.get('产出指标')).toBe('level1');
    expect(memo.get('培训人次')).toBeNull();
    expect(memo.get('效益指标')).toBeUndefined();
  });

  it('keeps a text asked again and again while texts seen once come and go', () => {
    // The eviction is by recent use, not by clearing when full: a clear-on-full memo loses the hot text each time.
    const memo = new TextMemo<string>('test: recent', 100);
    memo.set('产出指标', 'level1');
    for (let i = 0; i < 1_000; i++) {
      memo.set(`培训人次${i}`, 'name');
      if (i % 10 === 0) expect(memo.get('产出指标')).toBe('level1');
    }
  });

  it('forgets a text seen once after two generations of others', () => {
    const memo = new TextMemo<string>('test: forget', 100);
    memo.set('seen once', 'x');
    for (let i = 0; i < 100; i++) memo.set(`other ${i}`, 'y');
    expect(memo.get('seen once')).toBeUndefined();
  });

  it('lists every memo with its name, size and bound', () => {
    const memo = new TextMemo<number>('test: listed', 40);
    memo.set('a', 1);
    expect(textMemoSizes()).toContainEqual({ name: 'test: listed', size: 1, bound: 40 });
  });
});
