import { describe, expect, it } from 'vitest';
import { storedPartLabel } from './stored-part-label.ts';

describe('storedPartLabel', () => {
  it('names a part by the form headings and an item by its place, counted from 1', () => {
    expect(storedPartLabel('budget.executed')).toBe('资金情况 · 全年执行数');
    expect(storedPartLabel('indicators[3]')).toBe('绩效指标第 4 项');
    expect(storedPartLabel('indicators[0].actualToDate')).toBe('绩效指标第 1 项 · 执行情况');
    expect(storedPartLabel('conclusions.problems')).toBe('结论 · 存在的问题');
  });

  it('keeps a name it does not know, and a path of another shape as it is', () => {
    expect(storedPartLabel('')).toBe('全部数据');
    expect(storedPartLabel('extra[1].thing')).toBe('extra第 2 项 · thing');
    expect(storedPartLabel('a..b')).toBe('a..b');
  });
});
