// 执行率 | 100% where no budget block was read (its columns' blanks dropped by a text layer, the figures no
// longer placeable): the rate is still the one figure its label names. Taken only where the label stands as
// a word of its own (not 预算执行率, an indicator's name) with a percent right after it, once in the document.
import { isPercent, type StreamCell } from './evaluation-cells.ts';
import { budgetColumnOf } from './evaluation-lexicon.ts';

const RATE_LABEL = /^执行率[:：]?$/;

export function labelledRate(stream: readonly StreamCell[]): string | null {
  const words = stream.flatMap((c) => c.text.trim().split(/\s+/));
  const rates = words.flatMap((w, k) =>
    RATE_LABEL.test(w) && isPercent(words[k + 1] ?? '') ? [words[k + 1]!] : [],
  );
  return rates.length === 1 ? rates[0]! : null;
}

const AMOUNT = /^\d[\d,]*(?:\.\d+)?$/;

export interface LabelledAmounts {
  initial: string | null;
  annual: string | null;
  executed: string | null;
}

/**
 * 预算数 6.84 到位数 6.84 执行数 6.84 where no budget block was read (a table exported as words with one space
 * between): each budget amount is the figure right after its label. Taken only where the label is a word of its
 * own followed by a plain figure, and only when the document names that amount once (two 预算数 with their
 * figures, of two tables, leave it unknown).
 */
export function labelledAmounts(stream: readonly StreamCell[]): LabelledAmounts {
  const words = stream.flatMap((c) => c.text.trim().split(/\s+/));
  const found: Record<keyof LabelledAmounts, string[]> = { initial: [], annual: [], executed: [] };
  words.forEach((w, k) => {
    const column = budgetColumnOf(w);
    const next = words[k + 1] ?? '';
    if ((column === 'initial' || column === 'annual' || column === 'executed') && AMOUNT.test(next))
      found[column].push(next);
  });
  const once = (xs: string[]) => (xs.length === 1 ? xs[0]! : null);
  return { initial: once(found.initial), annual: once(found.annual), executed: once(found.executed) };
}
