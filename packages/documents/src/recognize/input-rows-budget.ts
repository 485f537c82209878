// Templates that score the money as the first part of their indicator table (投入目标 / 投入指标: 预算投入资金 |
// 6475 | 预算完成率 …, 实际支出 | 6475 | 实际支出率 …) state the year's budget and its execution nowhere else: the
// rows named for them give the amounts, the budget as the row's target, the spending as its result.
import type { SelfEvaluationDocument } from '@jixiao/core';

/** A row's name without the template's numbering (1.预算投入资金, 2、实际支出). */
const NUMBERING = /^\d{1,2}\s*[.、．]\s*/;

/** The money budgeted, and the money spent, as such rows are named. */
const BUDGETED = /^(预算投入资金|预算投入|预算资金|预算安排资金|计划投入资金|计划投资)$/;
const SPENT = /^(实际支出|实际支出资金|资金实际支出|实际使用资金|实际使用)$/;

/** An amount printed bare (its unit the table's), as the budget's figures are. */
const AMOUNT = /^\d+(\.\d+)?$/;

/**
 * The budget read from the indicator rows named for it, where the document states none otherwise; the figures
 * only where they are plain amounts.
 */
export function budgetFromInputRows(doc: SelfEvaluationDocument): void {
  if (doc.budget.annual !== null || doc.budget.executed !== null) return;
  for (const ind of doc.indicators) {
    const name = ind.name.replace(NUMBERING, '').trim();
    if (BUDGETED.test(name) && AMOUNT.test(ind.target.raw.trim()))
      doc.budget.annual ??= ind.target.raw.trim();
    if (SPENT.test(name) && AMOUNT.test(ind.actual.raw.trim())) doc.budget.executed ??= ind.actual.raw.trim();
  }
}
