// A header cell an OCR pass read with debris after its words: 一级l.KX- for 一级指标, 全年实际完.IK/-4- for
// 全年实际完成值 (the rest of a label printed in a narrow cell, its strokes read as Latin letters, dots and
// slashes). The Han words before the debris are a column's label or its opening; the debris is no part of it.
import { labelKey } from '../rows/clean-cell.ts';
import { indicatorColumnOf, indicatorColumnSpellings, type IndicatorColumn } from './evaluation-lexicon.ts';

/** Han words, then debris holding at least one Latin letter among letters, digits, dots, slashes and dashes. */
const LATIN = /[A-Za-z]/;
const WITH_DEBRIS = /^(\p{Script=Han}{2,})([A-Za-z0-9./\\\-_|]*[A-Za-z][A-Za-z0-9./\\\-_|]*)$/u;

/**
 * The column a header cell names: as the lexicon reads it, or, for a cell of Han words and OCR debris, the
 * column of the label those words are or open — when every spelling they open names the same column.
 */
export function headerColumnOf(text: string): IndicatorColumn | null {
  const column = indicatorColumnOf(text);
  if (column || !LATIN.test(text)) return column;
  const m = WITH_DEBRIS.exec(labelKey(text));
  if (!m) return null;
  const words = m[1]!;
  const whole = indicatorColumnOf(words);
  if (whole) return whole;
  const opened = new Set(
    indicatorColumnSpellings()
      .filter(([spelling]) => spelling.startsWith(words))
      .map(([, c]) => c),
  );
  return opened.size === 1 ? [...opened][0]! : null;
}
