// 执行率 | 100% where no budget block was read (its columns' blanks dropped by a text layer, the figures no
// longer placeable): the rate is still the one figure its label names. Taken only where the label stands as
// a word of its own (not 预算执行率, an indicator's name) with a percent right after it, once in the document.
import { isPercent, type StreamCell } from './evaluation-cells.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { rateAgrees } from './evaluation-budget.ts';

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

/** Words before a percent note: (资金执行情况)预算执行进度(%), the header's words run together by the copy. */
const BEFORE_PERCENT_NOTE = /(\p{Script=Han}{2,16})[（(][%％][)）]/gu;

/** Whether a cell names a rate column in percent: one of the words before a (%) note ends in a rate's label. */
function namesRateInPercent(text: string): boolean {
  for (const m of text.matchAll(BEFORE_PERCENT_NOTE)) {
    const words = m[1]!;
    for (let k = 0; k + 2 <= words.length; k++) if (budgetColumnOf(words.slice(k)) === 'rate') return true;
  }
  return false;
}

/**
 * 预算数 6.84 到位数 6.84 执行数 6.84 100.00 under … 预算执行进度(%): the plain figure right after the 执行数's is the
 * rate, its % in the column's label. Taken only where the document labels a rate column in percent, the figure
 * follows the one 执行数 and agrees with 执行数 ÷ 预算数.
 */
export function rateAfterExecuted(
  stream: readonly StreamCell[],
  amounts: Pick<LabelledAmounts, 'annual' | 'executed'>,
): string | null {
  const words = stream.flatMap((c) => c.text.trim().split(/\s+/));
  if (!stream.some((c) => namesRateInPercent(c.text))) return null;
  const after = words.flatMap((w, k) =>
    budgetColumnOf(w) === 'executed' && AMOUNT.test(words[k + 1] ?? '') && AMOUNT.test(words[k + 2] ?? '')
      ? [words[k + 2]!]
      : [],
  );
  if (after.length !== 1) return null;
  const rate = `${after[0]!.replace(/\.0+$/, '')}%`;
  return rateAgrees({ rate, annual: amounts.annual ?? undefined, executed: amounts.executed ?? undefined })
    ? rate
    : null;
}

/** A score column's heading standing as a cell of its own (自评得分 over each block's points). */
const SCORE_HEADING = /^(?:自评)?得分$/;
const POINTS = /^\d{1,3}(?:\.\d{1,2})?$/;

/**
 * 自评得分 | … | 预算数: | 2.38 | 执行数: | 2.38 | 20: a template scoring each block in one column headed 自评得分 at
 * the top of the form (四川's 区域绩效目标自评表) prints the budget block's points right after its 执行数's figure.
 * Taken only where that heading stands in a cell of its own before the block, the document names one 执行数 with
 * its figure and the figure after it is points (out of 100) that no rate column claims and that is not the
 * block's own 执行数 ÷ 预算数 (a rate printed without its %).
 */
export function scoreAfterExecuted(
  stream: readonly StreamCell[],
  amounts: Pick<LabelledAmounts, 'annual' | 'executed'>,
): string | null {
  const words = stream.flatMap((c) => c.text.trim().split(/\s+/));
  const executedAt = words.flatMap((w, k) =>
    budgetColumnOf(w) === 'executed' && AMOUNT.test(words[k + 1] ?? '') ? [k] : [],
  );
  if (executedAt.length !== 1 || stream.some((c) => namesRateInPercent(c.text))) return null;
  const at = executedAt[0]!;
  if (!words.slice(0, at).some((w) => SCORE_HEADING.test(w))) return null;
  const figure = words[at + 2] ?? '';
  if (!POINTS.test(figure) || Number(figure) > 100) return null;
  const asRate = `${figure.replace(/\.0+$/, '')}%`;
  return rateAgrees({
    rate: asRate,
    annual: amounts.annual ?? undefined,
    executed: amounts.executed ?? undefined,
  })
    ? null
    : figure;
}
