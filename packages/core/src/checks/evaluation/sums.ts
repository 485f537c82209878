// Exact sums of published 分值 / 得分 and the comparison with a stated figure, for the 自评表 checks.
import { Decimal, sumDecimals } from '../../money/decimal.ts';

/** Σ of the figures given (nulls left out); null when none is given. */
export function sumOf(values: ReadonlyArray<string | null>): Decimal | null {
  const given = values.filter((v): v is string => v !== null);
  return given.length === 0 ? null : sumDecimals(given);
}

/** The difference between a sum and a stated figure when it exceeds the tolerance (default 0.01). */
export function differs(sum: Decimal, stated: string, tolerance = '0.01'): Decimal | null {
  const diff = sum.minus(new Decimal(stated));
  return diff.abs().greaterThan(tolerance) ? diff.abs() : null;
}
