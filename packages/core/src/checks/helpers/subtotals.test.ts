import { describe, expect, it } from 'vitest';
import { isSubtotalLine, subtotalParts } from './subtotals.ts';
import { isTotalLine } from './amounts.ts';

const lines = (...pairs: Array<[string, string | null]>) => pairs.map(([name, amount]) => ({ name, amount }));

describe('subtotal lines and their parts', () => {
  it('knows a group’s 小计 from the table’s own total and from a part', () => {
    expect(isSubtotalLine('财政拨款小计')).toBe(true);
    expect(isSubtotalLine('财政拨款 小计：')).toBe(true);
    expect(isSubtotalLine('小计')).toBe(false);
    expect(isSubtotalLine('合计')).toBe(false);
    expect(isSubtotalLine('一般公共预算')).toBe(false);
  });

  it('takes the lines after a heading 小计 up to where they reach its amount, not the lines beyond', () => {
    const table = lines(['财政拨款小计', '10'], ['中央', '6'], ['省级', '4'], ['其他资金', '5']);
    expect([...subtotalParts(table, isTotalLine)]).toEqual([1, 2]);
  });

  it('takes the lines before a closing 小计 when those after do not reach it', () => {
    const table = lines(
      ['中央', '6'],
      ['省级', '4'],
      ['财政拨款小计', '10'],
      ['其他资金', '5'],
      ['合计', '15'],
    );
    expect([...subtotalParts(table, isTotalLine)].sort()).toEqual([0, 1]);
  });

  it('falls back to the lines after it, up to the next subtotal, when no run adds up', () => {
    const table = lines(
      ['财政拨款小计', '10'],
      ['中央', '3'],
      ['省级', '4'],
      ['自有资金小计', '2'],
      ['事业收入', '2'],
    );
    expect([...subtotalParts(table, isTotalLine)].sort()).toEqual([1, 2, 4]);
  });

  it('groups nothing in a table without a 小计 line', () => {
    expect(subtotalParts(lines(['财政拨款', '10'], ['其他资金', '5']), isTotalLine).size).toBe(0);
  });
});
