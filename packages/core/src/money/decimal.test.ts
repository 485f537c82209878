import { describe, expect, it } from 'vitest';
import { dec, decOfText } from './decimal.ts';

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
