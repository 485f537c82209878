import { describe, expect, it } from 'vitest';
import type { FundLine } from './department-form.ts';
import {
  addFundLine,
  adoptComputedTotals,
  editFundCell,
  fundHistoryKeys,
  fundPartsSum,
  fundColumnTotal,
  removeFundLine,
  renameFundLine,
  shareText,
} from './department-funds.ts';

const line = (name: string, current: string | null, y22: string | null, y23: string | null): FundLine => ({
  name,
  current,
  share: null,
  history: { '2022': y22, '2023': y23 },
});
const KEYS = ['2022', '2023'];
/** As seed 002 writes its 收入构成: the 合计 agrees in 当年 and 2023, not in 2022 (1757.19 vs 1741.89+15.30+1). */
const imported = (): FundLine[] => [
  line('财政拨款', '1611.44', '1741.89', '2419.18'),
  line('单位资金', null, '15.30', '20.11'),
  line('合  计', '1611.44', '1758.19', '2439.29'),
];

describe('the 近两年 columns', () => {
  it('are the labels the tables carry, else the two years before the form year, else 前年/上年', () => {
    expect(fundHistoryKeys({ year: 2024, funds: { income: imported(), expenditure: [] } })).toEqual(KEYS);
    expect(fundHistoryKeys({ year: 2026, funds: { income: [], expenditure: [] } })).toEqual(['2024', '2025']);
    expect(fundHistoryKeys({ year: null, funds: { income: [], expenditure: [] } })).toEqual(['前年', '上年']);
  });
});

describe('fund totals', () => {
  it('sums the parts of a column to their precision, leaving the 合计 out', () => {
    expect(fundPartsSum(imported(), '2022')).toBe('1757.19');
    expect(fundPartsSum(imported(), null)).toBe('1611.44');
    expect(fundPartsSum([line('a', null, null, null), line('合计', '5', null, null)], null)).toBeNull();
  });
  it('tells a written 合计 that disagrees with its parts from one that agrees', () => {
    expect(fundColumnTotal(imported(), '2022')).toEqual({
      computed: '1757.19',
      written: '1758.19',
      disagrees: true,
    });
    expect(fundColumnTotal(imported(), '2023').disagrees).toBe(false);
  });
  it('a rounding difference is not a disagreement', () => {
    const lines = [
      line('a', '1.11', null, null),
      line('b', '2.22', null, null),
      line('合计', '3.3', null, null),
    ];
    expect(fundColumnTotal(lines, null).disagrees).toBe(false);
  });
});

describe('editing a fund table', () => {
  it('a part edited: the agreeing 合计 of that column follows, the shares are recomputed', () => {
    const next = editFundCell(imported(), 1, null, '88.56', KEYS);
    expect(next[2]!.current).toBe('1700.00');
    expect(next[0]!.share).toBe('94.79%');
    expect(next[1]!.share).toBe('5.21%');
    expect(next[2]!.share).toBe('100.00%');
    const hist = editFundCell(imported(), 1, '2023', '30.11', KEYS);
    expect(hist[2]!.history['2023']).toBe('2449.29');
  });
  it('a 合计 that disagreed on import is kept as written until someone adopts the sum', () => {
    const next = editFundCell(imported(), 0, '2022', '1742.89', KEYS);
    expect(next[2]!.history['2022']).toBe('1758.19'); // kept: now it happens to agree
    expect(fundColumnTotal(next, '2022').disagrees).toBe(false);
    const still = editFundCell(imported(), 0, '2022', '1700', KEYS);
    expect(still[2]!.history['2022']).toBe('1758.19');
    expect(fundColumnTotal(still, '2022').disagrees).toBe(true);
    const adopted = adoptComputedTotals(still, KEYS);
    expect(adopted[2]!.history['2022']).toBe('1715.30');
    expect(fundColumnTotal(adopted, '2022').disagrees).toBe(false);
  });
  it('a table without 合计 gets one, computed in every column, at the end', () => {
    const next = editFundCell(
      [line('财政拨款', '10', '8', null), line('其他', '5', null, '3')],
      1,
      null,
      '6',
      KEYS,
    );
    expect(next.map((l) => l.name)).toEqual(['财政拨款', '其他', '合计']);
    expect(next[2]).toMatchObject({ current: '16', history: { '2022': '8', '2023': '3' } });
  });
  it('the 合计 line can be neither edited, renamed, removed nor imitated', () => {
    const lines = imported();
    expect(editFundCell(lines, 2, null, '1', KEYS)).toEqual(lines);
    expect(renameFundLine(lines, 2, '财政拨款')).toEqual(lines);
    expect(removeFundLine(lines, 2, KEYS)).toEqual(lines);
    expect(renameFundLine(lines, 0, '合计')).toEqual(lines);
    expect(renameFundLine(lines, 0, '一般公共预算拨款')[0]!.name).toBe('一般公共预算拨款');
  });
  it('a new part goes before the 合计; removing a part updates the agreeing totals only', () => {
    const added = addFundLine(imported(), KEYS);
    expect(added.map((l) => l.name)).toEqual(['财政拨款', '单位资金', '', '合  计']);
    const removed = removeFundLine(imported(), 1, KEYS);
    expect(removed.map((l) => l.name)).toEqual(['财政拨款', '合  计']);
    expect(removed[1]!.history).toEqual({ '2022': '1758.19', '2023': '2419.18' });
    expect(removeFundLine([line('a', '1', null, null), line('合计', '1', null, null)], 0, KEYS)).toEqual([]);
  });
});

describe('shares as tables write them', () => {
  it('always with two decimals, so a column never mixes 100% and 35.48%', () => {
    expect(shareText('98%')).toBe('98.00%');
    expect(shareText('35.475%')).toBe('35.48%');
    expect(shareText('100.00%')).toBe('100.00%');
    expect(shareText(null)).toBeNull();
    expect(shareText('约三成')).toBe('约三成');
  });
});
