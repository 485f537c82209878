// Whether a text copy parts its cells with gaps: a sheet's or a PDF's text layer written on one line with a space
// between cells (65.66 65.07 10 99% 9) prints each figure apart, while a copy that ran its cells together
// (9.489.4810100%10) prints them without a gap. Only in the second is a run of digits several cells; in the
// first a figure a gap parts from its neighbours is one figure (8755, never 87 | 55), however the tokenizer
// later cuts the line into cells.
import type { Row } from '../rows/row.ts';

/** Two figures next to each other with only a gap between them: 65.07 10, 99% 9, 100% ≥95%. */
const FIGURES_APART = /\d[%％]?[ \t\u3000]+[≥≤>＜<＞=＝]?\d/g;
/**
 * Figures run together: a percent sign or an operator between digits (100%10, 10≥95%), or three digits or more
 * run straight on from a word or a label's colon (公里5010, 资金总额:9090901010010) that are no year or date.
 */
const FIGURES_FUSED = /\d[%％]\d|\d[≥≤＞＜]\d|[\p{Script=Han}:：]\d{3,}(?![\d.]*[年月日])/gu;
/** How many times more pairs apart than runs together a copy shows where it parts its cells by gaps. */
const APART_PER_FUSED = 4;

/** How many pairs of figures a gap parts must show before a copy counts as parting its cells with gaps. */
const MIN_APART = 3;

/**
 * The rows print their figures apart by gaps (pairs parted by a space, and far more of them than figures run
 * together: a copy mostly run together with a few cells apart is not one): a figure standing between gaps there
 * was printed as one cell.
 */
export function partsFiguresByGaps(rows: readonly Row[]): boolean {
  let apart = 0;
  let fused = 0;
  for (const r of rows)
    for (const cell of r.cells) {
      apart += cell.match(FIGURES_APART)?.length ?? 0;
      fused += cell.match(FIGURES_FUSED)?.length ?? 0;
    }
  return apart >= MIN_APART && apart >= APART_PER_FUSED * fused;
}
