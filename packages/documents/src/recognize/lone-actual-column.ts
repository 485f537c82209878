// A 自评表 whose rows each print one value (the others left blank): the value stands in one column of the table
// for every row. Where rows placed by their own cells put it under the target and others under the actual, the
// table has set no actual beside any target — the rows that look done are targets as well, since a year's target is
// printed before anything is done against it.
import type { IndicatorColumn } from './evaluation-lexicon.ts';

/** The parts of a table record this rule reads and moves. */
interface LoneRecord {
  cells: Partial<Record<IndicatorColumn, string>>;
}

const filled = (r: LoneRecord, c: IndicatorColumn) => (r.cells[c] ?? '').trim() !== '';

/**
 * Moves each record's lone actual to its target where no record of the table prints both and at least one prints
 * a target alone (标准化圈舍面积 | | 5000 placed as an actual beside 投入资金 | 1500 placed as a target).
 */
export function moveLoneActualsToTarget(
  records: readonly LoneRecord[],
  columns: readonly IndicatorColumn[],
): void {
  if (!columns.includes('target') || !columns.includes('actual')) return;
  let targetsAlone = 0;
  const actualsAlone: LoneRecord[] = [];
  for (const r of records) {
    const target = filled(r, 'target');
    const actual = filled(r, 'actual');
    if (target && actual) return;
    if (target) targetsAlone++;
    else if (actual) actualsAlone.push(r);
  }
  if (targetsAlone === 0) return;
  for (const r of actualsAlone) {
    r.cells.target = r.cells.actual;
    delete r.cells.actual;
  }
}
