import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatWan, parseWanInput, yearText } from './format.ts';

describe('formatWan', () => {
  it('shows 万元 with two decimals, exactly', () => {
    expect(formatWan('200')).toBe('200.00');
    expect(formatWan('200.0000')).toBe('200.00');
    expect(formatWan('4804.64')).toBe('4,804.64');
    expect(formatWan('4804.645')).toBe('4,804.65');
    expect(formatWan('0.005')).toBe('0.01');
    expect(formatWan('999.995')).toBe('1,000.00');
    expect(formatWan('1234567.5', { grouping: false })).toBe('1234567.50');
    expect(formatWan('-3.1')).toBe('-3.10');
    expect(formatWan('0')).toBe('0.00');
  });
  it('leaves missing and unreadable amounts alone', () => {
    expect(formatWan(null)).toBe('');
    expect(formatWan('约200')).toBe('约200');
  });
});

describe('parseWanInput', () => {
  it('reads what people type', () => {
    expect(parseWanInput('200')).toEqual({ ok: true, value: '200' });
    expect(parseWanInput(' 1,200.50 ')).toEqual({ ok: true, value: '1200.50' });
    expect(parseWanInput('200万元')).toEqual({ ok: true, value: '200' });
    expect(parseWanInput('２００')).toEqual({ ok: true, value: '200' });
    expect(parseWanInput('007')).toEqual({ ok: true, value: '7' });
    expect(parseWanInput('')).toEqual({ ok: true, value: null });
  });
  it('refuses text that is not an amount', () => {
    expect(parseWanInput('两百').ok).toBe(false);
    expect(parseWanInput('1.2.3').ok).toBe(false);
  });
});

describe('dates and years', () => {
  it('writes a day as 2026-11-23 and a moment with hours and minutes, in local time', () => {
    const at = new Date(2026, 10, 3, 9, 5).toISOString();
    expect(formatDate(at)).toBe('2026-11-03');
    expect(formatDateTime(at)).toBe('2026-11-03 09:05');
    expect(formatDate('不是日期')).toBe('不是日期');
  });
  it('names the chosen year, or all years', () => {
    expect(yearText(2026)).toBe('2026年度');
    expect(yearText(null)).toBe('全部年度');
  });
});
