// The budget block's column labels that carry the letter the form refers to them by: 全年预算数（A）,
// 统筹整合资金数（B）, 全年执行资金（E）, and rates written as the ratio of two of them, 预算执行（E/C×100%). A label
// with its letter is a column of the block whatever its words (a template's own, 扣除统筹整合资金后预算金额（C）);
// a ratio is the 执行率 when its numerator is the column of the money spent — what the words cannot tell
// (预算到位 / 预算执行 are both "a share of the budget"), the letters do.
import type { BudgetColumn } from './evaluation-budget-labels.ts';

/** A label's letter note: （A）, （E）. */
const LETTER = /^（([A-H])）/;
/** A ratio note: （E/C×100%）, （D/C）. */
const RATIO = /^（([A-H])\/([A-H])(?:[×*xX]100[%％])?）/;
/** The words of a lettered label the lexicon does not know: Han characters, maybe a 、. */
const WORDS = /^[\p{Script=Han}、]{2,16}?(?=（[A-H](?:\/[A-H](?:[×*xX]100[%％])?)?）)/u;

/** The column letter a note right at `at` gives (（A） → A), or null. */
export function letterAt(key: string, at: number): string | null {
  return LETTER.exec(key.slice(at, at + 3))?.[1] ?? null;
}

/**
 * A label the lexicon does not know, standing at `at` with its letter or ratio note: the column it is, read
 * by the letters already named (`letters`: letter → column), and where its note ends. Null where no such note
 * follows a few words.
 */
export function letteredLabelAt(
  key: string,
  at: number,
  letters: ReadonlyMap<string, BudgetColumn>,
  taken: readonly BudgetColumn[],
): { value: BudgetColumn; end: number; letter: string | null } | null {
  const words = WORDS.exec(key.slice(at, at + 40));
  if (!words) return null;
  const noteAt = at + words[0].length;
  const note = key.slice(noteAt, noteAt + 16);
  const single = LETTER.exec(note);
  if (single) return { value: 'other', end: noteAt + single[0].length, letter: single[1]! };
  const ratio = RATIO.exec(note)!;
  // The money spent over a budget column: the 执行率, named once.
  const spent = letters.get(ratio[1]!) === 'executed' && letters.has(ratio[2]!) && !taken.includes('rate');
  return { value: spent ? 'rate' : 'other', end: noteAt + ratio[0].length, letter: null };
}
