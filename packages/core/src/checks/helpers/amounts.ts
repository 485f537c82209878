// Comparing written amounts: exact Decimal sums against the rounding the document's own digits allow.
import { Decimal, roundingTolerance, sumDecimals } from '../../money/decimal.ts';
import { squash } from './text.ts';

export type AmountOutcome = 'equal' | 'rounding' | 'mismatch';

export interface AmountComparison {
  outcome: AmountOutcome;
  /** expected − actual */
  difference: Decimal;
  tolerance: Decimal;
}

/**
 * Compares a written total with the sum of written parts. A difference within the rounding of the written
 * numbers (half a unit of each one's last digit) is `rounding`; beyond it, `mismatch`.
 */
export function compareTotal(total: string, parts: ReadonlyArray<string | null | undefined>): AmountComparison {
  const sum = sumDecimals([...parts]);
  return compareValues(sum, new Decimal(total), [total, ...parts]);
}

/** Compares two amounts, with the tolerance of the written numbers they came from. */
export function compareValues(
  actual: Decimal,
  expected: Decimal,
  written: ReadonlyArray<string | null | undefined>,
): AmountComparison {
  const difference = expected.minus(actual);
  const tolerance = roundingTolerance([...written]);
  const abs = difference.abs();
  const outcome: AmountOutcome = abs.isZero() ? 'equal' : abs.lte(tolerance) ? 'rounding' : 'mismatch';
  return { outcome, difference, tolerance };
}

/** A 合计 / 小计 / 总计 line of an amount table. */
export function isTotalLine(name: string | null | undefined): boolean {
  return /^(合计|小计|总计|总额|合计数)$/.test(squash(name).replace(/[:：]$/, ''));
}
