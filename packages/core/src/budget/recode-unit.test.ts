// A 预算单位's code changed: its lines follow it (in the grid, and on the server against the stored budget).
import { describe, expect, it } from 'vitest';
import { rule as rBud03 } from '../checks/budget/r-bud-03.ts';
import { followRecodes, recodeUnit, unitRecodes } from './recode-unit.ts';
import { makeUnitsBudget } from './test-budget.ts';

const lineUnits = (b: { functional: Array<{ unitCode: string | null }> }) =>
  b.functional.map((l) => l.unitCode);

describe('recoding a 预算单位', () => {
  it('moves the unit’s lines with it, and R-BUD-03 has nothing to report', () => {
    const b = recodeUnit(makeUnitsBudget(), 1, '101009');
    expect(b.units.map((u) => u.code)).toEqual(['101001', '101009']);
    expect(lineUnits(b)).toEqual(['101001', '101009']);
    expect(rBud03.check({ kind: 'budget', budget: b })).toEqual([]);
  });
  it('leaves the lines when the new code is another unit’s (R-BUD-03 reports the duplicate)', () => {
    const b = recodeUnit(makeUnitsBudget(), 1, '101001');
    expect(lineUnits(b)).toEqual(['101001', '101002']);
    expect(rBud03.check({ kind: 'budget', budget: b }).map((r) => r.messageId)).toEqual([
      'duplicateUnit',
      'lineUnit',
    ]);
  });
  it('finds recodes between two versions by the unit’s name, and guesses none', () => {
    const before = makeUnitsBudget();
    const renamed = recodeUnit(before, 1, '101009');
    expect(unitRecodes(before, renamed)).toEqual([{ from: '101002', to: '101009', unit: 1 }]);
    // Found by name wherever the unit stands.
    const moved = { units: [{ ...before.units[0]!, code: '101003' }, before.units[1]!].reverse() };
    expect(unitRecodes(before, moved)).toEqual([{ from: '101001', to: '101003', unit: 1 }]);
    // Code and name changed together, or a unit only removed: no recode.
    const both = {
      units: [before.units[0]!, { ...before.units[1]!, code: '101009', name: '某市某局事务中心' }],
    };
    expect(unitRecodes(before, both)).toEqual([]);
    expect(unitRecodes(before, { units: [before.units[0]!] })).toEqual([]);
  });
  it('moves lines left behind under the old code, counting them', () => {
    const before = makeUnitsBudget();
    const sent = { ...before, units: [before.units[0]!, { ...before.units[1]!, code: '101009' }] }; // lines not moved
    const { budget, moved } = followRecodes(sent, unitRecodes(before, sent));
    expect([lineUnits(budget), moved]).toEqual([['101001', '101009'], [1]]);
  });
});
