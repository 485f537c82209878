import { describe, expect, it } from 'vitest';
import type { FundLine } from '@jixiao/core';
import { checkFunds, shareOf, withComputedShares } from './fund-table.ts';
import { Decimal } from '@jixiao/core';

const line = (name: string, current: string | null): FundLine => ({
  name,
  current,
  share: null,
  history: {},
});

describe('fund tables', () => {
  it('computes shares from the amounts exactly', () => {
    const c = checkFunds([line('财政拨款', '0.1'), line('其他收入', '0.2')]);
    expect(c.sum).toBe('0.3');
    expect(c.shares).toEqual(['33.33%', '66.67%']);
    expect(c.totalMismatch).toBe(false);
  });
  it('checks a written 合计 against the lines, within rounding', () => {
    const ok = checkFunds([line('合计', '300.00'), line('财政拨款', '100.004'), line('其他', '200')]);
    expect(ok.totalMismatch).toBe(false);
    expect(ok.shares[0]).toBe('100.00%');
    const wrong = checkFunds([line('合 计', '310'), line('财政拨款', '100'), line('其他', '200')]);
    expect(wrong.totalMismatch).toBe(true);
    expect(wrong.written).toBe('310');
  });
  it('has no share without a positive total', () => {
    expect(shareOf('5', new Decimal(0))).toBeNull();
    expect(checkFunds([line('财政拨款', null)]).shares).toEqual([null]);
  });
  it('writes the computed shares into the lines', () => {
    expect(withComputedShares([line('a', '1'), line('b', '3')]).map((l) => l.share)).toEqual([
      '25.00%',
      '75.00%',
    ]);
  });
});
