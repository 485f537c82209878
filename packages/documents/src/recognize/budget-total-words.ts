// A funds total the lexicon does not list, read by its words: templates put 预算 or 财政 between the period and
// 资金总额 as they please (年度预算资金总额 | 25 beside 中期预算资金总额, 本年度财政资金总额), so the period that
// opens the label says whose total it is — the year's is the form's budget, a longer span's is kept as written.
// A 省级 form may name the year by its number instead (广东's 绩效目标表: 2021年金额（元） | 30,223,400): a label
// that is one year and an amount is that year's money, the form's budget. One may name it by the year's end
// (年底金额, year-end-amount.ts).
import { isYearEndAmount } from './year-end-amount.ts';

/** The year's own total: 年度 / 本年度 / 当年 (度), then 预算 or 财政, then (资金) 总额. */
const YEAR_TOTAL = /^(?:年度|本年度?|当年度?)(?:预算|财政)(?:资金)?总额$/;

/** A span longer than the year (中期, 中长期, 实施期, 项目期) worded the same way: a total beside the year's. */
const SPAN_TOTAL = /^(?:中期|中长期|实施期|项目期)(?:预算|财政)(?:资金)?总额$/;

/**
 * One year named by its number, then an amount (2021年金额, 2025年度预算资金总额). Only 金额 / 总额 end it: a year's
 * 执行数 or 实际数 (a history column, 2020年实际执行数) is no budget, nor is a year alone.
 */
const NUMBERED_YEAR_AMOUNT = /^(?:19|20)\d{2}年度?(?:预算|财政)?(?:资金)?(?:金额|总额)$/;

/** 'budget.total' for the year's total, 'known' for a span's, null for any other label (keyed by lexiconKey). */
export function budgetTotalByWords(key: string): 'budget.total' | 'known' | null {
  // Nearly every cell asked about is no such label: one character test before the patterns.
  if (!key.endsWith('总额') && !key.endsWith('金额')) return null;
  if (YEAR_TOTAL.test(key) || NUMBERED_YEAR_AMOUNT.test(key) || isYearEndAmount(key)) return 'budget.total';
  return SPAN_TOTAL.test(key) ? 'known' : null;
}
