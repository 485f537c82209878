// Comparing written amounts: exact Decimal sums against the rounding the document's own digits allow.
import { Decimal, roundingTolerance, sumDecimals } from '../../money/decimal.ts';
import { isSubtotalLine, subtotalParts } from './subtotals.ts';
import { squash } from './text.ts';
import type { RuleReport } from '../types.ts';

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
export function compareTotal(
  total: string,
  parts: ReadonlyArray<string | null | undefined>,
): AmountComparison {
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

export interface AmountLine {
  index: number;
  name: string;
  amount: string | null;
}

/**
 * Splits an amount table into its 合计 line (the first one) and its other lines with an amount — a 小计 line
 * standing for the lines it sums, which are left out (subtotals.ts): counting both would count each yuan twice.
 */
export function splitTotal(lines: readonly AmountLine[]): { total: AmountLine | null; parts: AmountLine[] } {
  const total = lines.find((l) => isTotalLine(l.name) && l.amount !== null) ?? null;
  const grouped = lines.some((l) => isSubtotalLine(l.name)) ? subtotalParts(lines, isTotalLine) : null;
  const parts = lines.filter((l, k) => !isTotalLine(l.name) && l.amount !== null && !grouped?.has(k));
  return { total, parts };
}

/**
 * Compares an amount with the budget figures it may stand for (total or current-year budget): the best
 * outcome over the candidates that are written. Null when no candidate is written.
 */
export function compareWithBudget(
  amount: Decimal,
  written: ReadonlyArray<string | null>,
  candidates: ReadonlyArray<{ value: string | null; path: string }>,
): (AmountComparison & { budget: string; path: string }) | null {
  let best: (AmountComparison & { budget: string; path: string }) | null = null;
  const rank = { equal: 0, rounding: 1, mismatch: 2 } as const;
  for (const c of candidates) {
    if (c.value === null) continue;
    const cmp = compareValues(amount, new Decimal(c.value), [...written, c.value]);
    if (!best || rank[cmp.outcome] < rank[best.outcome]) best = { ...cmp, budget: c.value, path: c.path };
  }
  return best;
}

export interface AmountTableAudit {
  /** The 合计 line against the sum of the other lines, when both are written. */
  totalVsParts: { total: AmountLine; sum: Decimal; cmp: AmountComparison } | null;
  /** What the table declares (its 合计, or the sum of its lines) against the budget figures it may stand for. */
  declaredVsBudget: {
    declared: Decimal;
    total: AmountLine | null;
    cmp: AmountComparison & { budget: string; path: string };
  } | null;
}

/**
 * Judges an amount table (资金来源, 支出明细…) whole: its 合计 against its lines, then what it declares against
 * the budget. Each rule words the outcomes in its own terms; the arithmetic is the same for every table.
 */
export function auditAmountTable(
  lines: readonly AmountLine[],
  budgets: ReadonlyArray<{ value: string | null; path: string }>,
): AmountTableAudit {
  const { total, parts } = splitTotal(lines);
  const partAmounts = parts.map((p) => p.amount);
  const sum = sumDecimals(partAmounts);
  const totalVsParts =
    total && parts.length > 0 ? { total, sum, cmp: compareTotal(total.amount!, partAmounts) } : null;
  if (!total && parts.length === 0) return { totalVsParts, declaredVsBudget: null };
  const declared = total ? new Decimal(total.amount!) : sum;
  const cmp = compareWithBudget(declared, total ? [total.amount] : partAmounts, budgets);
  return { totalVsParts, declaredVsBudget: cmp ? { declared, total, cmp } : null };
}

/**
 * The finding of a table whose 合计 is not the sum of its lines (an info within the rounding of the written
 * figures), in the rule's own message ids; null when they agree or the table has no such pair.
 */
export function totalVsPartsReport(
  found: AmountTableAudit['totalVsParts'],
  messageIds: { mismatch: string; rounding: string },
  path: (total: AmountLine) => string,
): RuleReport | null {
  if (!found || found.cmp.outcome === 'equal') return null;
  const { total, sum, cmp } = found;
  return {
    messageId: cmp.outcome === 'mismatch' ? messageIds.mismatch : messageIds.rounding,
    path: path(total),
    data: {
      sum: sum.toFixed(),
      totalName: total.name,
      total: total.amount,
      diff: cmp.difference.abs().toFixed(),
    },
    ...(cmp.outcome === 'rounding' ? { severity: 'info' as const } : {}),
  };
}
