import { describe, expect, it } from 'vitest';
import { agreesAsPrinted, dec, decOfText } from './decimal.ts';

describe('decOfText', () => {
  it('reads as dec does, the same Decimal for the same text', () => {
    for (const t of ['95', '100', '0.50', '-5', '1e3', 'abc', '', '12,5']) {
      const d = decOfText(t);
      expect(d?.toString() ?? null).toBe(dec(t)?.toString() ?? null);
      expect(decOfText(t)).toBe(d);
    }
  });

  it('still reads after it has been emptied for being full', () => {
    for (let i = 0; i < 10_050; i++) decOfText(String(i));
    expect(decOfText('3')!.toString()).toBe('3');
    expect(decOfText('10049')!.toString()).toBe('10049');
  });
});

describe('agreesAsPrinted', () => {
  it('takes a figure rounded to its printed digit as the exact amount', () => {
    expect(agreesAsPrinted('18976.76', '18976.7551')).toBe(true);
    expect(agreesAsPrinted('38', '37.5')).toBe(true);
    expect(agreesAsPrinted('12.30', '12.3')).toBe(true);
  });
  it('takes a figure off by more than half its last digit as another figure', () => {
    expect(agreesAsPrinted('18976.76', '18976.7549')).toBe(false);
    expect(agreesAsPrinted('18976.8', '18976.7')).toBe(false);
  });
});
