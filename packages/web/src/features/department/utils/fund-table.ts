// The 部门整体 fund tables (收入构成 / 支出构成) as typed: shares computed from the amounts, the 合计 line
// checked against the sum of the others (within the document's own rounding), exact decimals throughout.
import { dec, Decimal, roundingTolerance, sumDecimals, type FundLine } from '@jixiao/core';

const TOTAL = /^\s*(合\s*计|总\s*计)\s*$/;

export function isTotalLine(line: Pick<FundLine, 'name'>): boolean {
  return TOTAL.test(line.name);
}

export interface FundCheck {
  /** Σ of the lines other than 合计, in 万元. */
  sum: string;
  /** The 合计 line's amount as written, or null when there is no 合计 line (or it is empty). */
  written: string | null;
  /** The written 合计 differs from the sum by more than rounding allows. */
  totalMismatch: boolean;
  /** The share of each line in the total ("35.48%"), null where it cannot be computed. */
  shares: (string | null)[];
}

/** "35.48%" from a part and a whole (two decimals, half up); null without a positive whole. */
export function shareOf(part: string | null, whole: Decimal): string | null {
  const p = dec(part);
  if (p === null || whole.lte(0)) return null;
  return `${p.div(whole).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

export function checkFunds(lines: readonly FundLine[]): FundCheck {
  const parts = lines.filter((l) => !isTotalLine(l)).map((l) => l.current);
  const sum = sumDecimals(parts);
  const totalLine = lines.find(isTotalLine);
  const written = totalLine?.current ?? null;
  const whole = dec(written) ?? sum;
  const totalMismatch =
    written !== null &&
    sum
      .minus(written)
      .abs()
      .gt(roundingTolerance([...parts, written]));
  return {
    sum: sum.toFixed(),
    written,
    totalMismatch,
    shares: lines.map((l) => shareOf(l.current, whole)),
  };
}

/** The lines with their shares recomputed (what is saved once the amounts were edited here). */
export function withComputedShares(lines: readonly FundLine[]): FundLine[] {
  const { shares } = checkFunds(lines);
  return lines.map((l, i) => ({ ...l, share: shares[i] ?? null }));
}
