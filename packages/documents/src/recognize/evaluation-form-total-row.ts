// Some 自评表 templates print the form's whole on the 年度资金总额 row: 分值 100 | 执行率 83.5% | 得分 98 above
// indicator rows that carry points of their own (20, 10, 10 …). Those 100 points are the form's total and the 98
// its 总分, not a 预算执行率 criterion worth 100 — read as a criterion they would be scored as one (83.5 of 100)
// and counted as a second award beside a 预算执行率 indicator.
import type { SelfEvaluationDocument } from '@jixiao/core';

const num = (v: string | null): number | null =>
  v === null || v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v);

/** The full marks a form is scored out of when it states none. */
const FULL_MARKS = '100';

/** Moves a budget row's 分值 / 得分 that are the form's total to the form's 总分 (only where none is stated). */
export function formTotalOnBudgetRow(doc: SelfEvaluationDocument): void {
  const weight = num(doc.budget.weight);
  const score = num(doc.budget.score);
  if (weight === null || weight !== num(doc.totalWeight ?? FULL_MARKS)) return;
  if (score !== null && score > weight) return;
  // The indicators must carry points themselves (a budget row alone under 100 points is no form to score), and
  // no more than the form's whole: a 10 read as both the budget row's points and the 总分 is no total.
  const points = doc.indicators.reduce((sum, i) => sum + (num(i.weight) ?? 0), 0);
  if (points === 0 || points > weight) return;
  const stated = num(doc.total);
  if (stated !== null && score !== null && stated !== score) return;
  doc.totalWeight ??= doc.budget.weight;
  doc.total ??= doc.budget.score;
  doc.budget.weight = null;
  doc.budget.score = null;
}
