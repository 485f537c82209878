import { describe, expect, it } from 'vitest';
import { atomsOf } from './evaluation-atoms.ts';
import { readFusedRows } from './evaluation-fused.ts';

// Made for these tests in the `joined` shape (a 自评表 copied without cell breaks): the table's last row printed its
// target only (森林火灾查明率>=95%), the actual left empty.
describe('one figure with its sign and its unit, the row’s only value', () => {
  it('is not cut into a target keeping the sign and an actual keeping the unit (≥9 | 5%)', () => {
    for (const columns of [
      ['name', 'target', 'actual'],
      ['name', 'actual', 'target'],
    ] as const) {
      const rows = readFusedRows(atomsOf(['火因查明率>=95%']), [...columns], { maxWeight: null });
      expect(rows.map((r) => [r.name, r.cells.target, r.cells.actual])).toEqual([
        ['火因查明率', '>=95%', undefined],
      ]);
    }
  });

  it('still parts a target and an actual printed each with its own unit (≥90%95%)', () => {
    const rows = readFusedRows(atomsOf(['火因查明率>=90%95%']), ['name', 'target', 'actual'], {
      maxWeight: null,
    });
    expect(rows.map((r) => [r.name, r.cells.target, r.cells.actual])).toEqual([
      ['火因查明率', '>=90%', '95%'],
    ]);
  });
});
