// Decimal helpers for scores and the written WORKING: 2-decimal rounding (half away from zero) and display.
import { Decimal } from '../money/decimal.ts';

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** A score rounded to 2 decimals, half away from zero, as FASP2's round(x, 2). */
export function round2(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A score as stored and returned: always two decimals, "19.37", "20.00". */
export function scoreString(d: Decimal): string {
  return round2(d).toFixed(2);
}

/** A number as a person writes it in a working line: no trailing zeros, "20", "0.5", "571". */
export function show(d: Decimal): string {
  return d.toFixed();
}

/** A number with at most `places` decimals for display; "≈" marks a value that was rounded. */
export function showRounded(d: Decimal, places = 4): string {
  const r = d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return (r.eq(d) ? '' : '≈') + r.toFixed();
}

/** A ratio shown as a percentage, "95%", "≈68.5714%". */
export function showPercent(ratio: Decimal, places = 4): string {
  return `${showRounded(ratio.mul(HUNDRED), places)}%`;
}

/** Reads a decimal string; null for null, blank or text that is not a number. */
export function decimalOf(value: string | null | undefined): Decimal | null {
  if (value == null || !/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) return null;
  return new Decimal(value.trim());
}

/** Clamps a score into [0, max]. */
export function clampScore(d: Decimal, max: Decimal): Decimal {
  return Decimal.min(Decimal.max(d, ZERO), max);
}
