// The year's money named by the point the year is counted at. A target form's funds block sets the year's amount
// as of its end as readily as by its period: 资金金额（万元） | 年底金额（万元） | 120, then 其中：省级补助 | 120 (a
// district's 绩效目标表, 2024). 年底 / 年末 (the year's end) with 金额 or 总额 is that year's amount, the form's budget
// — as 年度金额 is. Typed by pinyin, 年底 (niandi) is also the slip a writer makes for 年度 (niandu): both read alike.
// Only an amount ends it: a year-end balance (年末余额) or count (年底人数) is no budget, nor is last year's end.

/** 年底 / 年末, optionally 预算 / 财政 and 资金, then 金额 or 总额 (a key as lexiconKey gives it, the unit note gone). */
const YEAR_END_AMOUNT = /^(?:本|当)?(?:年底|年末)(?:预算|财政)?(?:资金)?(?:金额|总额)$/;

/** Whether a label key names the year's amount by the year's end (年底金额, 年末资金总额). */
export function isYearEndAmount(key: string): boolean {
  return YEAR_END_AMOUNT.test(key);
}
