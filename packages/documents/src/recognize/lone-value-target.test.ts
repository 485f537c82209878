// A row printing one value under a header whose 实际完成值 comes before its 年度指标值 (全年实际完成值 | 未完成原因 |
// 年度指标值, the blank cells dropped by the copy): the value is the target, which every row sets (docs/022 in the
// headColumn shape). Names and figures made for these tests.
import { describe, expect, it } from 'vitest';
import { placeCells } from './evaluation-cells.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'actual', 'reason', 'target'];

describe('a lone value under an actual printed before the target', () => {
  it('is the target', () => {
    expect(placeCells(['某类火灾次数', '0起'], cols)).toEqual(['某类火灾次数', '', '', '0起']);
  });

  it('leaves two values where they stand (the actual, then the target)', () => {
    expect(placeCells(['某设备配备率', '98%', '100%'], cols)).toEqual(['某设备配备率', '98%', '', '100%']);
  });
});
