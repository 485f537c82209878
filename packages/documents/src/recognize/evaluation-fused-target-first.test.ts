// A 自评表 row copied one cell per line with two figures under 指标值 | 计量单位 | 得分 | 实际完成值: the form sets a
// target for every row and a row may leave its actual blank, so 3 | 9.3 is target | 得分, not 得分 | actual
// (issue 12's lines layout of wide/518).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { wholeCellAtoms } from './whole-cells.ts';

const cols: IndicatorColumn[] = ['name', 'reason', 'op', 'target', 'unit', 'score', 'actual'];
const rows = (cells: string[]) =>
  readFusedRows(wholeCellAtoms(atomsOf(cells)), cols, { maxWeight: null, wholeCells: true });

describe('two figures that could be target | 得分 or 得分 | actual', () => {
  it('read as the target and its points', () => {
    expect(rows(['购置冷藏车2辆', '2', '8.5'])).toEqual([
      { name: '购置冷藏车2辆', cells: { target: '2', score: '8.5' } },
    ]);
  });

  it('leave three figures in order', () => {
    expect(rows(['购置冷藏车2辆', '2', '8.5', '2'])).toEqual([
      { name: '购置冷藏车2辆', cells: { target: '2', score: '8.5', actual: '2' } },
    ]);
  });
});
