// The heading line of a 资金 block with last year's figure beside this year's: which column is this year's. A line
// is turned away at once when it holds no prior-year heading's first character; these cases hold the answers to it.
import { describe, expect, it } from 'vitest';
import { thisYearColumnOf } from './year-columns.ts';

describe('thisYearColumnOf', () => {
  it("places this year's column after last year's", () => {
    expect(thisYearColumnOf('项目 上年度安排资金 本年度申请资金')).toBe(1);
    expect(thisYearColumnOf('上年度预算安排 上年度实际执行 本年度申请金额')).toBe(2);
  });

  it('reads a heading whose characters a copy parted by spaces or a line break', () => {
    expect(thisYearColumnOf('上 年度安排资金 本年度\n申请资金')).toBe(1);
  });

  it('names no column on a line without a prior-year heading', () => {
    expect(thisYearColumnOf('项目名称 某项目 本年度申请资金')).toBeNull();
    expect(thisYearColumnOf('')).toBeNull();
  });
});
