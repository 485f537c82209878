// Every way a run-together budget line's figures may stand in the block's columns, in order, blank columns anywhere.
import type { BudgetColumn } from './evaluation-budget-labels.ts';
import { fits, type Placed } from './budget-run-figures.ts';

/** Beyond this many placings tried the run is left to the caller (a hostile or unlike line). */
const MAX_STEPS = 100_000;

/** Every placing of the run's pieces in the columns, in order, blank columns anywhere; null past MAX_STEPS. */
export function placings(run: string, columns: readonly BudgetColumn[]): Placed[] | null {
  const out: Placed[] = [];
  let steps = 0;
  const walk = (at: number, j: number, placed: Placed): boolean => {
    if (++steps > MAX_STEPS) return false;
    if (at === run.length) {
      out.push({ ...placed });
      return true;
    }
    if (j === columns.length) return true;
    const col = columns[j]!;
    // A column Jixiao keeps no figure of, or one named twice, takes nothing here: its figure cannot be told.
    if (col !== 'other' && placed[col] === undefined)
      for (let end = at + 1; end <= run.length; end++) {
        const piece = run.slice(at, end);
        if (!fits(piece, col)) continue;
        if (!walk(end, j + 1, { ...placed, [col]: piece })) return false;
      }
    return walk(at, j + 1, placed);
  };
  return walk(0, 0, {}) ? out : null;
}
