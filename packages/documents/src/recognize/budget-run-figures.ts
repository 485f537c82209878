// How the figures of a budget line are printed: an amount, a rate, points (the shapes a piece of a run-together
// line must have to stand in a column), and the decimals a line prints its amounts to.
import type { BudgetColumn } from './evaluation-budget-labels.ts';

export type Placed = Partial<Record<BudgetColumn, string>>;

/**
 * An amount as a sheet prints it: 63, 387664.62, 38.766462 (万元 to the yuan and a hundredth); with thousands
 * separators, the accounting format, to the fen at most (10,000,000.00, not 1,579,700.005).
 */
const AMOUNT = /^(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?|(?:0|[1-9]\d*)(?:\.\d{1,6})?)$/;
/** A rate with its sign (100%, 86.19%, 0.00%) or bare (1, 0.958, 95: a sheet's number format), a bare one only where it holds. */
const RATE = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,4})?%?$/;
/** Points: 10, 7.93, 100. */
const POINTS = /^(?:0|[1-9]\d?|100)(?:\.\d{1,2})?$/;

/** Whether a piece of a run has the shape of the column's figures. */
export function fits(piece: string, col: BudgetColumn): boolean {
  switch (col) {
    case 'rate':
      return RATE.test(piece);
    case 'weight':
    case 'score':
      return POINTS.test(piece);
    default:
      return AMOUNT.test(piece);
  }
}

export const amount = (t: string | undefined) => (t === undefined ? NaN : Number(t.replace(/,/g, '')));
export const decimalsOf = (t: string) => t.replace('%', '').split('.')[1]?.length ?? 0;
/** Half a unit in the last place printed: what rounding to it may move a figure. */
export const halfUnit = (t: string) => 0.5 * 10 ** -decimalsOf(t);

export const AMOUNTS: ReadonlySet<BudgetColumn> = new Set(['initial', 'annual', 'executed']);

/** How many lengths the fractions of a placing's amounts have: 1 where one format prints them (43.20 | 37.24). */
export function fractionLengths(p: Placed): number {
  return new Set([...AMOUNTS].flatMap((c) => (p[c]?.includes('.') ? [decimalsOf(p[c]!)] : []))).size;
}

/**
 * 1 where the line's amounts are printed in two formats, else 0: a line prints its amounts alike (65.66 | 65.07 | 9,
 * not 65.66 | 65.079; 43.2 | 37.2410 is 43.2 | 37.24 | 10) — an integer beside a fraction (300 | 259.45) is common.
 */
export const mixedDecimals = (p: Placed): number => (fractionLengths(p) > 1 ? 1 : 0);
