// 执行率 | 100% where no budget block was read (its columns' blanks dropped by a text layer, the figures no
// longer placeable): the rate is still the one figure its label names. Taken only where the label stands as
// a word of its own (not 预算执行率, an indicator's name) with a percent right after it, once in the document.
import { isPercent, type StreamCell } from './evaluation-cells.ts';

const RATE_LABEL = /^执行率[:：]?$/;

export function labelledRate(stream: readonly StreamCell[]): string | null {
  const words = stream.flatMap((c) => c.text.trim().split(/\s+/));
  const rates = words.flatMap((w, k) => (RATE_LABEL.test(w) && isPercent(words[k + 1] ?? '') ? [words[k + 1]!] : []));
  return rates.length === 1 ? rates[0]! : null;
}
