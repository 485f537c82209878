import { describe, expect, it } from 'vitest';
import { parseCapitalAmount } from './capital-amount.ts';
import { parseAmount } from './decimal.ts';

describe('parseCapitalAmount', () => {
  it('reads an amount in capital numerals as 万元, exactly', () => {
    expect(parseCapitalAmount('壹佰贰拾万元整')).toBe('120');
    expect(parseCapitalAmount('人民币壹佰贰拾万元')).toBe('120');
    expect(parseCapitalAmount('（大写）叁万伍仟元伍角')).toBe('3.50005');
    expect(parseCapitalAmount('大写：柒亿柒仟叁佰万元整')).toBe('77300');
    expect(parseCapitalAmount('壹仟零伍拾元零陆分')).toBe('0.105006');
    expect(parseCapitalAmount('拾万元')).toBe('10');
    expect(parseCapitalAmount('壹拾万零壹佰元正')).toBe('10.01');
    expect(parseCapitalAmount('玖角')).toBe('0.00009');
  });

  it('reads the same amount in plain numerals', () => {
    expect(parseCapitalAmount('一百二十万元')).toBe('120');
    expect(parseCapitalAmount('三千零五元')).toBe('0.3005');
    expect(parseCapitalAmount('两万元')).toBe('2');
  });

  it('reads nothing that is not wholly an amount with its money unit', () => {
    for (const text of [
      '壹佰贰拾万', // no 元: a number, not an amount
      '壹壹元', // two figures side by side
      '拾拾元',
      '佰元', // a unit without its figure
      '壹佰仟元', // units out of order
      '三公经费',
      '预算执行率',
      '壹佰贰拾万元（其中财政拨款）',
      '',
      '元',
    ])
      expect(parseCapitalAmount(text), text).toBeNull();
  });
});

describe('parseAmount with numerals', () => {
  it('reads an amount in numerals wherever an amount is read, whatever the form’s unit', () => {
    expect(parseAmount('壹佰贰拾万元整')).toBe('120');
    expect(parseAmount('壹佰贰拾万元整', '元')).toBe('120');
    expect(parseAmount('120万元')).toBe('120');
    expect(parseAmount('一百二十')).toBeNull();
  });
});
