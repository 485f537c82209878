import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../model/indicator-value.ts';
import { isMoneyUnit, moneyInWan } from '../checks/helpers/values.ts';
import { readPair } from './quantities.ts';

const value = (v: string, unit: string | null): IndicatorValue => ({
  raw: `${v}${unit ?? ''}`,
  kind: 'quantitative',
  op: '≥',
  value: v,
  unit,
  text: null,
});

describe('readPair: an actual in another unit than its target', () => {
  it('converts money between 元 and 万元', () => {
    const pair = readPair(value('5', '万元'), value('48000', '元'));
    expect(pair.ok && pair.value.actual.toString()).toBe('4.8');
  });

  // Units come from the files read: a unit spelled like one of Object's own properties is no money unit.
  it.each(['constructor', 'toString', '__proto__'])(
    'refuses %s as a unit it cannot convert, without throwing',
    (unit) => {
      const pair = readPair(value('5', '万元'), value('5', unit));
      expect(pair.ok).toBe(false);
      if (!pair.ok) expect(pair.errors[0]?.code).toBe('unit-mismatch');
    },
  );
});

describe('money units', () => {
  it('knows 元 and 万元 and converts to 万元', () => {
    expect(isMoneyUnit('元')).toBe(true);
    expect(moneyInWan(value('48000', '元'))?.toString()).toBe('4.8');
  });

  it.each(['constructor', 'toString', 'valueOf'])('takes %s for no money unit', (unit) => {
    expect(isMoneyUnit(unit)).toBe(false);
    expect(moneyInWan(value('5', unit))).toBeNull();
  });
});
