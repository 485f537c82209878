// A row of a 自评表 copied one cell a line and cut after its 实际完成值 (年度指标值 | 偏差原因 | 权重 | 实际完成情况 | 得分,
// ≥95% | 10.00 | 95 and no 得分): the 95 is the actual — its target's figure printed without the unit — and 10.00
// the 权重, not an actual of 10.00 scored 95 (issue 12's headColumn variants of wide/122 in the lines layout).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'reason', 'weight', 'actual', 'score'];
const rows = (cells: string[]) => readFusedRows(atomsOf(cells), cols, { maxWeight: null });

describe('a row cut after its actual, the actual its target’s figure without the unit', () => {
  it('reads the figure after the points as the actual', () => {
    expect(rows(['群众满意度', '≥95%', '10.00', '95'])).toEqual([
      { name: '群众满意度', cells: { target: '≥95%', weight: '10.00', actual: '95' } },
    ]);
  });

  it('leaves a figure unlike the target where the points column takes it', () => {
    expect(rows(['群众满意度', '≥95%', '10.00', '8.00'])).toEqual([
      { name: '群众满意度', cells: { target: '≥95%', weight: '10.00', score: '8.00' } },
    ]);
  });
});
