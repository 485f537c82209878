// A bare figure with the 度量单位 after it, the row's actual and 指标性质 blank and dropped by the copy (重大森林火灾 | 0 |
// 起 under 实际完成值 | 指标性质 | 年度指标值 | 度量单位, docs/022 in the spaced and narrow layouts): the target's figure.
// Names and figures made for these tests.
import { describe, expect, it } from 'vitest';
import { placeCells } from './evaluation-cells.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'actual', 'op', 'target', 'unit'];

describe('a bare figure followed by the unit of the 度量单位 column', () => {
  it('is the target, the unit its 度量单位', () => {
    expect(placeCells(['某类事故次数', '0', '起'], cols)).toEqual(['某类事故次数', '', '', '0', '起']);
  });

  it('leaves an actual printed with its unit where it stands', () => {
    expect(placeCells(['某类事故次数', '2起', '0', '起'], cols)).toEqual([
      '某类事故次数',
      '2起',
      '',
      '0',
      '起',
    ]);
  });

  it('leaves a lone bare figure without a unit after it in the first column it fits', () => {
    expect(placeCells(['某类事故次数', '0'], cols)).toEqual(['某类事故次数', '', '', '0', '']);
  });
});
