// A 自评表 run together whose points and per cents touch (工程验收合格率15100%15100% under 权重分值 | 实际完成值 |
// 指标得分 | 年初目标值): the cut that leaves a per cent over a thousand is a wrong one (issue 12's joined variants of
// wide/485, 290, 388, 491).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { cutShareCost } from './cut-share-bound.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'weight', 'actual', 'score', 'target'];
const rows = (text: string) => readFusedRows(atomsOf([text]), cols, { maxWeight: null });

describe('a per cent cut out of a run of digits', () => {
  it('leaves the points their digits rather than read over a thousand per cent', () => {
    expect(rows('工程验收合格率15100%15100%')).toEqual([
      { name: '工程验收合格率', cells: { weight: '15', actual: '100%', score: '15', target: '100%' } },
    ]);
  });

  it('costs nothing up to a thousand per cent, nor outside per cents', () => {
    expect(cutShareCost('5100%')).toBe(1);
    expect(cutShareCost('5100％')).toBe(1);
    expect(cutShareCost('120%')).toBe(0);
    expect(cutShareCost('5100')).toBe(0);
  });
});
