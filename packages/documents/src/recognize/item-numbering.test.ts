// A template's item numbers before indicator names (1. 档案扫描总页数) and its numbered slots left empty (3.): a
// text that opens with a Han character is turned away before the patterns; these cases hold both ways to them.
import { describe, expect, it } from 'vitest';
import { isNumberOnly, withoutItemNumber } from './item-numbering.ts';

describe('item numbers', () => {
  it('takes the number off a name', () => {
    expect(withoutItemNumber('1. 档案扫描总页数')).toBe('档案扫描总页数');
    expect(withoutItemNumber('2、合格率')).toBe('合格率');
  });

  it('keeps a text that opens with words, a decimal or a list of items', () => {
    expect(withoutItemNumber('档案1.扫描')).toBe('档案1.扫描');
    expect(withoutItemNumber('1.5万亩')).toBe('1.5万亩');
    expect(withoutItemNumber('1.完成扫描;2.完成著录')).toBe('1.完成扫描;2.完成著录');
  });

  it('knows a slot left with its number only', () => {
    expect(isNumberOnly('3.')).toBe(true);
    expect(isNumberOnly(' 4、 ')).toBe(true);
    expect(isNumberOnly('第3.')).toBe(false);
    expect(isNumberOnly('')).toBe(false);
  });
});
