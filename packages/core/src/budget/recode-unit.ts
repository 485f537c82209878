// Changing a 预算单位's code: its spending lines follow it. The grid recodes a unit through recodeUnit; the
// server, which receives the whole budget, finds the recodes against the stored budget (unitRecodes) and moves
// lines still carrying an old code (followRecodes), so a renamed code leaves no line behind.
import type { Budget } from './budget-model.ts';

export interface UnitRecode {
  from: string;
  to: string;
  /** Position of the unit in the budget's list. */
  unit: number;
}

/**
 * Gives the unit at `index` a new code and moves its lines with it. When another unit already has that code the
 * lines are left where they are: merging two units' lines could not be undone (R-BUD-03 reports the duplicate).
 */
export function recodeUnit(b: Budget, index: number, code: string): Budget {
  const unit = b.units[index];
  if (!unit || unit.code === code) return b;
  const units = b.units.map((u, i) => (i === index ? { ...u, code } : u));
  if (unit.code === '' || b.units.some((u, i) => i !== index && u.code === code)) return { ...b, units };
  return {
    ...b,
    units,
    functional: b.functional.map((l) => (l.unitCode === unit.code ? { ...l, unitCode: code } : l)),
  };
}

/**
 * The units whose code changed between two versions of a budget: a unit of the same name whose old code no unit
 * has any more and whose new code no unit had before. A unit whose code and name both changed, or one removed
 * and another added, is not taken for a recode (its lines would be guessed): R-BUD-03 reports lines left over.
 */
export function unitRecodes(before: Pick<Budget, 'units'>, after: Pick<Budget, 'units'>): UnitRecode[] {
  const oldCodes = new Set(before.units.map((u) => u.code));
  const newCodes = new Set(after.units.map((u) => u.code));
  const gone = before.units.filter((u) => !newCodes.has(u.code));
  const recodes: UnitRecode[] = [];
  after.units.forEach((u, i) => {
    if (oldCodes.has(u.code)) return;
    const match = gone.find((g) => g.name === u.name);
    if (!match) return;
    gone.splice(gone.indexOf(match), 1);
    recodes.push({ from: match.code, to: u.code, unit: i });
  });
  return recodes;
}

/** Moves the lines still carrying a recoded unit's old code to its new code; says how many moved per recode. */
export function followRecodes(
  b: Budget,
  recodes: readonly UnitRecode[],
): { budget: Budget; moved: number[] } {
  const moved = recodes.map(() => 0);
  const functional = b.functional.map((l) => {
    const k = recodes.findIndex((r) => r.from === l.unitCode);
    if (k < 0) return l;
    moved[k]!++;
    return { ...l, unitCode: recodes[k]!.to };
  });
  return { budget: { ...b, functional }, moved };
}
