// A 自评表 header in two rows whose upper row closes with the value's band heading (… | 全年实际值 | 偏差原因 |
// 年度指标值) over a lower row of its parts right after it (计算符号 | 年度指标值 | 度量单位), read as one run of labels
// (wide/425's variants in the spaced and narrow layouts: the band heading kept as a column took ≤0% from the actual).
import { describe, expect, it } from 'vitest';
import { foldLowerHeaderRow } from './evaluation-two-row-band.ts';
import { placeCells } from './evaluation-cells.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const run: IndicatorColumn[] = [
  'level1',
  'level2',
  'name',
  'actual',
  'reason',
  'target',
  'op',
  'target',
  'unit',
];

describe('the value band heading closing the upper row over its parts', () => {
  it('is no column of its own', () => {
    expect(foldLowerHeaderRow(run)).toEqual([
      'level1',
      'level2',
      'name',
      'actual',
      'reason',
      'op',
      'target',
      'unit',
    ]);
  });

  it('leaves a compared actual to the actual column', () => {
    const cols = foldLowerHeaderRow(run);
    expect(placeCells(['某类事故发生率', '<=0%', '≤', '0', '%'], cols).slice(2)).toEqual([
      '某类事故发生率',
      '<=0%',
      '',
      '≤',
      '0',
      '%',
    ]);
  });

  it('leaves a one-row header with its value and unit side by side as it was', () => {
    const one: IndicatorColumn[] = ['level1', 'level2', 'name', 'target', 'unit', 'actual'];
    expect(foldLowerHeaderRow(one)).toEqual(one);
  });
});
