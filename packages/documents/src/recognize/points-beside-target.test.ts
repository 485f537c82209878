// A row scored in full whose actual is blank, copied without its empty cells (配套电力设施1250KVA变压器3台 | 9.3 | 9.3 |
// 3, wide/518 in the narrow, spaced, lines and cells layouts): the points are 分值 and 得分, the one value the target.
// Names and figures made for these tests.
import { describe, expect, it } from 'vitest';
import { placeCells } from './evaluation-cells.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

describe('a row of points and one value, its empty cells dropped', () => {
  it('takes the placing that fills the target where another fits as well', () => {
    const cols: IndicatorColumn[] = ['name', 'weight', 'actual', 'reason', 'score', 'target'];
    expect(placeCells(['某设备购置4台', '8.5', '8.5', '4'], cols)).toEqual([
      '某设备购置4台',
      '8.5',
      '',
      '',
      '8.5',
      '4',
    ]);
  });

  it('counts no points as a value: the lone value under an actual before the target is the target', () => {
    const cols: IndicatorColumn[] = ['name', 'reason', 'score', 'weight', 'actual', 'target'];
    expect(placeCells(['某设备购置4台', '8.5', '8.5', '4'], cols)).toEqual([
      '某设备购置4台',
      '',
      '8.5',
      '8.5',
      '',
      '4',
    ]);
  });

  it('reads 分值 | value | 得分 where the points match each other and not the value', () => {
    const cols: IndicatorColumn[] = ['name', 'actual', 'weight', 'reason', 'target', 'score'];
    expect(placeCells(['某设备购置4台', '8.5', '4', '8.5'], cols)).toEqual([
      '某设备购置4台',
      '',
      '8.5',
      '',
      '4',
      '8.5',
    ]);
  });

  it('keeps an actual beside the target and points (both values printed)', () => {
    const cols: IndicatorColumn[] = ['name', 'weight', 'actual', 'reason', 'score', 'target'];
    expect(placeCells(['某设备购置4台', '8.5', '3', '6', '4'], cols)).toEqual([
      '某设备购置4台',
      '8.5',
      '3',
      '',
      '6',
      '4',
    ]);
  });
});

describe('one figure of points under a header whose 得分 stands before its 分值', () => {
  const cols: IndicatorColumn[] = ['name', 'score', 'weight', 'target', 'actual'];

  it('is the 分值, which every row sets', () => {
    expect(placeCells(['某项满意度', '10.00', '≥95%', '96%'], cols)).toEqual([
      '某项满意度',
      '',
      '10.00',
      '≥95%',
      '96%',
    ]);
  });

  it('leaves two figures of points as 得分 and 分值', () => {
    expect(placeCells(['某项满意度', '9.00', '10.00', '≥95%', '96%'], cols)).toEqual([
      '某项满意度',
      '9.00',
      '10.00',
      '≥95%',
      '96%',
    ]);
  });
});
