import { describe, expect, it } from 'vitest';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';
import { OPERATOR_COLUMN_LAYOUT } from './headless-evaluation.ts';

const columns: IndicatorColumn[] = [...OPERATOR_COLUMN_LAYOUT, 'reason'];
const rowsOf = (...cells: string[]) =>
  readFusedRows(atomsOf(cells), columns, { maxWeight: null, wholeCells: true }).map((r) => [r.name, r.cells]);

// Invented rows of a 自评表 copied one cell per line under 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分.
describe('a sign under 指标性质 and the figure after it', () => {
  it('takes the figure right after the sign as its 指标值 where the copy cut the row after it', () => {
    expect(rowsOf('完成设备采购并按时支付款项', '=', '100')).toEqual([
      ['完成设备采购并按时支付款项', { op: '=', targetValue: '100' }],
    ]);
  });

  it('reads a whole row as before', () => {
    expect(rowsOf('完成设备采购并按时支付款项', '≥', '95', '%', '98', '10', '10')).toEqual([
      [
        '完成设备采购并按时支付款项',
        { op: '≥', targetValue: '95', unit: '%', actual: '98', weight: '10', score: '10' },
      ],
    ]);
  });
});
