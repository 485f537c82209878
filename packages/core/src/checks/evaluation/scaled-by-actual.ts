// A 自评表 that prints 得分 but no 分值 per indicator (the 分值 stands only on the goal or 一级 headers): a met
// target's full points are not on the table, yet one mistake can still be recomputed — the completion rate
// applied as a multiplier (98 % met at 98 % scored 19.6 = 20 × 98 % instead of 20). A row is taken for it
// only when the arithmetic closes: its score divided by its completion rate is a whole number of points, and
// the points such rows lose are exactly the points the table's 总分 falls short of its full marks. Anything
// less certain (an unmet row, a loss the rows do not account for) says nothing.
import { Decimal } from '../../money/decimal.ts';
import type { SelfEvaluationDocument } from '../../model/self-evaluation-document.ts';
import { decimalOf } from '../../evaluation/format.ts';

/** A 自评表's full marks when its 总分 row prints none: the template's 100 (预算执行 10/20 + 指标 90/80). */
const USUAL_FULL_MARKS = new Decimal(100);

export interface ScaledRow {
  index: number;
  /** The row's full points as the arithmetic gives them (19.6 ÷ 98 % = 20). */
  full: Decimal;
  score: Decimal;
  /** The completion rate as printed (98). */
  rate: Decimal;
}

/** Whether a quantitative row meets its target, given the full points it would earn (scoring is passed in). */
export type MetAt = (index: number, full: Decimal) => boolean;

/**
 * The rows scored by their completion rate where the full points are unprinted, with the table's full marks
 * and 总分 they close on; null when the table prints 分值 per indicator or the arithmetic does not close.
 */
export function rowsScaledByActual(
  doc: SelfEvaluationDocument,
  metAt: MetAt,
): { rows: ScaledRow[]; fullMarks: Decimal; total: Decimal } | null {
  const total = decimalOf(doc.total);
  if (total === null || doc.indicators.some((i) => i.weight !== null)) return null;
  const fullMarks = decimalOf(doc.totalWeight) ?? USUAL_FULL_MARKS;
  const lost = fullMarks.minus(total);
  if (!lost.gt(0)) return null;
  const rows: ScaledRow[] = [];
  doc.indicators.forEach((ind, index) => {
    const score = decimalOf(ind.score);
    if (score === null || !score.gt(0) || ind.actual.kind !== 'quantitative' || ind.actual.unit !== '%')
      return;
    const rate = decimalOf(ind.actual.value);
    if (rate === null || !rate.gt(0) || !rate.lt(100)) return;
    const full = score.div(rate.div(100));
    if (!full.isInteger() || !full.gt(score) || full.gt(fullMarks) || !metAt(index, full)) return;
    rows.push({ index, full, score, rate });
  });
  const lostByRows = rows.reduce((sum, r) => sum.plus(r.full.minus(r.score)), new Decimal(0));
  return rows.length > 0 && lostByRows.minus(lost).abs().lte('0.01') ? { rows, fullMarks, total } : null;
}
