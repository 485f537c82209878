// A funds total the lexicon does not list, read by its words: templates put 预算 or 财政 between the period and
// 资金总额 as they please (年度预算资金总额 | 25 beside 中期预算资金总额, 本年度财政资金总额), so the period that
// opens the label says whose total it is — the year's is the form's budget, a longer span's is kept as written.

/** The year's own total: 年度 / 本年度 / 当年 (度), then 预算 or 财政, then (资金) 总额. */
const YEAR_TOTAL = /^(?:年度|本年度?|当年度?)(?:预算|财政)(?:资金)?总额$/;

/** A span longer than the year (中期, 中长期, 实施期, 项目期) worded the same way: a total beside the year's. */
const SPAN_TOTAL = /^(?:中期|中长期|实施期|项目期)(?:预算|财政)(?:资金)?总额$/;

/** 'budget.total' for the year's total, 'known' for a span's, null for any other label (keyed by lexiconKey). */
export function budgetTotalByWords(key: string): 'budget.total' | 'known' | null {
  // Nearly every cell asked about is no such label: one character test before the patterns.
  if (!key.endsWith('总额')) return null;
  if (YEAR_TOTAL.test(key)) return 'budget.total';
  return SPAN_TOTAL.test(key) ? 'known' : null;
}
