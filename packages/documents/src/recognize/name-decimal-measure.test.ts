// A 三级 name that opens with a figure with decimals (1290.3平方米冷库仓储建设…, wide/518's copied layouts): the
// figure is the name's measure, not the template's row numbering (1. / 2、) to strip.
import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { nameOf } from './fused-name-readings.ts';
import { readFusedRows } from './evaluation-fused.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { wholeCellAtoms } from './whole-cells.ts';

describe('a name opening with a decimal figure', () => {
  it('keeps the figure whole', () => {
    expect(nameOf('1290.3平方米冷库仓储建设')).toBe('1290.3平方米冷库仓储建设');
    expect(nameOf('2.5公里道路硬化')).toBe('2.5公里道路硬化');
  });

  it('still drops a row number before the name', () => {
    expect(nameOf('1.冷库仓储建设')).toBe('冷库仓储建设');
    expect(nameOf('2、道路硬化里程')).toBe('道路硬化里程');
  });

  it('names the row read from cells copied one per line', () => {
    const cols: IndicatorColumn[] = ['name', 'weight', 'target', 'actual'];
    const cells = [
      '奖补资金兑付率',
      '10.8',
      '≥100%',
      '≥100%',
      '1290.3平方米冷库仓储建设',
      '10.3',
      '≥1290.3平方米',
      '1290.3平方米',
    ];
    const rows = readFusedRows(wholeCellAtoms(atomsOf(cells)), cols, { maxWeight: null, wholeCells: true });
    expect(rows.map((r) => r.name)).toEqual(['奖补资金兑付率', '1290.3平方米冷库仓储建设']);
    expect(rows[1]!.cells).toEqual({ weight: '10.3', target: '≥1290.3平方米', actual: '1290.3平方米' });
  });
});
