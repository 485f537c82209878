// Reading the figures a 自评表 publishes as the audit rules (R-EVAL-05, 10–14) compare them: the table's own
// rounding (the most decimals any of its 得分 shows) and a computed figure rounded the same way.
import { Decimal } from '../../money/decimal.ts';
import type { SelfEvaluationDocument } from '../../model/self-evaluation-document.ts';

const places = (v: string | null): number => (v === null ? 0 : (v.split('.')[1] ?? '').length);

/** The decimals the table writes its scores with: 19.6 → 1, 7.93 → 2, all whole numbers → 0. */
export function tableDecimals(doc: SelfEvaluationDocument): number {
  return Math.max(
    0,
    places(doc.budget.score),
    places(doc.total),
    ...doc.indicators.map((i) => places(i.score)),
  );
}

/** A computed score as the table would print it. */
export function roundTo(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** How a published score stands against the computed one: equal, equal after the table's rounding, or off. */
export function compareScore(
  published: Decimal,
  computed: Decimal,
  decimals: number,
): 'same' | 'rounded' | 'differs' {
  if (published.eq(computed)) return 'same';
  return roundTo(computed, decimals).eq(published) ? 'rounded' : 'differs';
}

/** Shows a computed figure with at most two decimals: 9.8, 19.37, ≈6.67. */
export function showScore(d: Decimal): string {
  const r = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return (r.eq(d) ? '' : '≈') + r.toFixed();
}
