// A 自评表 row copied one cell per line whose 得分 is blank (不低于95% | 10.00 | 95 under 指标值 | 权重 | 实际值 |
// 原因 | 得分): a 得分 over 50 with no 分值 beside it is as unlikely as such a 分值, so 10.00 is the weight and 95
// the actual, not an actual 10.00 scored 95 (issue 12's lines layout of wide/122).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { wholeCellAtoms } from './whole-cells.ts';

const cols: IndicatorColumn[] = ['name', 'target', 'weight', 'actual', 'reason', 'score'];
const rows = (cells: string[]) =>
  readFusedRows(wholeCellAtoms(atomsOf(cells)), cols, { maxWeight: null, wholeCells: true });

describe('a row whose 得分 is blank', () => {
  it('reads its points as the weight and a high figure as the actual', () => {
    expect(rows(['群众满意度', '不低于90%', '10.00', '92'])).toEqual([
      { name: '群众满意度', cells: { target: '不低于90%', weight: '10.00', actual: '92' } },
    ]);
  });

  it('still reads a score beside its weight', () => {
    expect(rows(['群众满意度', '不低于90%', '10.00', '92', '9.00'])).toEqual([
      {
        name: '群众满意度',
        cells: { target: '不低于90%', weight: '10.00', actual: '92', score: '9.00' },
      },
    ]);
  });
});
