// A 自评表 copied one cell per line whose rows print one value each (实际完成值 | 年初目标值, the actuals left blank),
// each name stating its unit in brackets (办公用房面积(平方米)): a name so written opens the next row; it is no
// target or actual of the row before (issue 12's headColumn variants of wide/500).
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const cols: IndicatorColumn[] = ['name', 'actual', 'target', 'reason'];
const rows = (cells: string[]) => readFusedRows(atomsOf(cells), cols, { maxWeight: null, wholeCells: true });

describe('a name stating its unit in brackets', () => {
  it('opens a row of its own after a row of one value', () => {
    expect(
      rows(['标准化圈舍面积(平方米)', '5000', '办公用房面积(平方米)', '500', '保种数量(头)', '300']),
    ).toEqual([
      { name: '标准化圈舍面积(平方米)', cells: { target: '5000' } },
      { name: '办公用房面积(平方米)', cells: { target: '500' } },
      { name: '保种数量(头)', cells: { target: '300' } },
    ]);
  });

  it('keeps the unit a space set apart in the name’s cell', () => {
    expect(rows(['年提供种猪数量(头)', '2000', '年新增畜牧产值 (万元)', '500'])).toEqual([
      { name: '年提供种猪数量(头)', cells: { target: '2000' } },
      { name: '年新增畜牧产值(万元)', cells: { target: '500' } },
    ]);
  });

  it('leaves a worded target in brackets a target (（含）以上 is no unit)', () => {
    expect(rows(['培训人次', '200人次', '200人次', '群众满意度', '90%', '（基本满意）'])).toEqual([
      { name: '培训人次', cells: { actual: '200人次', target: '200人次' } },
      { name: '群众满意度', cells: { actual: '90%', target: '（基本满意）' } },
    ]);
  });
});
