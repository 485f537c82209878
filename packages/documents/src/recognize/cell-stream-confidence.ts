// How sure the rows rebuilt from a token stream are: below 1, lower for rows cut out of run-together text.
import type { Row } from '../rows/row.ts';

/** Confidence of a row rebuilt from one cell per line, and of one cut out of run-together text. */
export const STREAM_CONFIDENCE = 0.75;
export const SPLIT_CONFIDENCE = 0.6;

/**
 * Rows the re-tabulation cut out of run-together text (cell-stream.ts), a fifth of the rows or more: their cells are
 * pieces the tokenizer cut, not cells as printed (a head label and its value split off a line now and then are).
 */
export function mostlyCut(rows: readonly Row[]): boolean {
  const cut = rows.filter((r) => r.confidence === SPLIT_CONFIDENCE).length;
  return cut > 0 && cut * 5 >= rows.length;
}
