// A 自评表 copied one cell per line whose row names the count it sets (某某水泵4台) and prints three figures under
// 实际完成值 | 权重 | 偏差原因 | 指标值 | 得分, the actual blank: the bare figure the name states is the target, the two
// equal figures around it the 权重 and the 得分 (issue 12's lines variants of wide/518). Made up for this test.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { wholeCellAtoms } from './whole-cells.ts';

const cols: IndicatorColumn[] = ['name', 'actual', 'weight', 'reason', 'target', 'score'];
const rows = (cells: string[]) =>
  readFusedRows(wholeCellAtoms(atomsOf(cells)), cols, { maxWeight: null, wholeCells: true });

describe('a name stating the count its row sets', () => {
  it('takes the bare figure the name states as the target', () => {
    expect(rows(['配套某某泵站500KVA水泵4台', '8.5', '4', '8.5'])).toEqual([
      { name: '配套某某泵站500KVA水泵4台', cells: { weight: '8.5', target: '4', score: '8.5' } },
    ]);
  });

  it('leaves a row whose name states no count as it was read', () => {
    expect(rows(['配套某某泵站水泵购置', '8.5', '4', '8.5'])).toEqual([
      { name: '配套某某泵站水泵购置', cells: { actual: '8.5', weight: '4', target: '8.5' } },
    ]);
  });
});
