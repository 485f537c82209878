// R-IND-11: money cost indicators fit the project budget — none above it, their caps together not above it,
// and a 项目成本/总成本 row equal to it within rounding (DOMAIN R-IND-11). Caps are compared exactly (a cap
// is not a rounded figure); amounts in 元 are converted exactly to 万元.
import { Decimal } from '../../money/decimal.ts';
import { compareValues } from '../helpers/amounts.ts';
import { displayName, goalGroups, hasName, type IndicatorEntry } from '../helpers/indicators.ts';
import { formFramework, isCostIndicator } from '../helpers/levels.ts';
import { squash } from '../helpers/text.ts';
import { moneyInWan } from '../helpers/values.ts';
import type { Rule, RuleReport } from '../types.ts';

const TOTAL_COST = /^(项目|年度|全年)?(预算)?总?成本(合计|总额)?$/;

/** A fund source a cost indicator may name as its own (财政资金补助 ≤ the 财政拨款 line). */
const SOURCE_WORDS: Array<[RegExp, RegExp]> = [
  [/财政(资金|拨款|补助)|一般公共预算/, /财政拨款|财政资金|一般公共预算/],
  [/自筹/, /自筹/],
  [/中央(资金|补助)/, /中央/],
  [/省级(资金|补助)/, /省/],
];

export const rule: Rule = {
  meta: {
    id: 'R-IND-11',
    severity: 'error',
    category: 'consistency',
    description: '金额类成本指标不超过项目预算，项目成本（总成本）与项目预算一致',
    messages: {
      costExceedsBudget:
        '成本指标「{name}」的指标值{raw}（{amount}万元）超过项目预算{budget}万元：成本上限不能高于预算，请按预算测算结果修改',
      costSumExceedsBudget:
        '「{group}」各项成本指标的上限合计{sum}万元，超过项目预算{budget}万元：请按支出明细测算调整各项成本上限',
      costExceedsSource:
        '成本指标「{name}」的指标值{raw}（{amount}万元）超过资金来源「{source}」{sourceAmount}万元：由这项资金承担的成本不能高于其金额，请核对',
      totalCostNotBudget:
        '「{name}」的指标值{raw}（{amount}万元）与项目预算{budget}万元不一致：项目总成本应与预算相符，请改为「≤{budget}万元」',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1 R-IND-11',
    appliesTo: ['project'],
  },
  check(form) {
    if (form.kind !== 'project') return [];
    const fw = formFramework(form);
    const reports: RuleReport[] = [];
    for (const group of goalGroups(form)) {
      const budget =
        group.term === 'annual'
          ? (form.budget.current ?? form.budget.total)
          : (form.budget.total ?? form.budget.current);
      if (budget === null) continue;
      const cap = new Decimal(budget);
      const costs: Array<{ e: IndicatorEntry; amount: Decimal }> = [];
      for (const e of group.entries) {
        const v = e.indicator.target;
        const amount = moneyInWan(v);
        if (amount === null || !hasName(e.indicator) || !isCostIndicator(e.indicator, fw)) continue;
        // Built only for a report: most cost rows give none.
        const data = () => ({ name: displayName(e.indicator), raw: v.raw, amount: amount.toFixed(), budget });
        const path = `${e.path}/target`;
        if (amount.gt(cap)) {
          reports.push({ messageId: 'costExceedsBudget', path, data: data() });
          continue;
        }
        if (TOTAL_COST.test(squash(e.indicator.name))) {
          if (compareValues(amount, cap, [v.value, budget]).outcome === 'mismatch')
            reports.push({ messageId: 'totalCostNotBudget', path, data: data(), severity: 'warning' });
          continue;
        }
        const source = sourceOf(form.budget.sources, e.indicator.name ?? '');
        if (source && amount.gt(source.amount)) {
          reports.push({
            messageId: 'costExceedsSource',
            path,
            data: { ...data(), source: source.name, sourceAmount: source.amount },
          });
          continue;
        }
        if (v.op === '≤' || v.op === '<' || v.op === '=') costs.push({ e, amount });
      }
      // A row that is the sum of the others is their total (年度预算总成本 3 = 1 + 2 + 0), not one more part.
      const totalRow = costs.findIndex((c) =>
        costs
          .filter((o) => o !== c)
          .reduce((a, o) => a.plus(o.amount), new Decimal(0))
          .eq(c.amount),
      );
      if (totalRow >= 0 && costs.length > 2) costs.splice(totalRow, 1);
      if (costs.length < 2) continue;
      const sum = costs.reduce((acc, c) => acc.plus(c.amount), new Decimal(0));
      if (sum.gt(cap))
        reports.push({
          messageId: 'costSumExceedsBudget',
          path: `${costs[0]!.e.path}/target`,
          data: { group: group.label, sum: sum.toFixed(), budget },
          severity: 'warning',
        });
    }
    return reports;
  },
};

/** The fund source (资金来源 line, its 合计 left out) whose words the cost indicator's name carries. */
function sourceOf(
  sources: ReadonlyArray<{ name: string; amount: string | null }>,
  name: string,
): { name: string; amount: string } | null {
  const n = squash(name);
  for (const [inName, inSource] of SOURCE_WORDS) {
    if (!inName.test(n)) continue;
    const found = sources.filter(
      (s) =>
        s.amount !== null &&
        /^-?\d+(\.\d+)?$/.test(s.amount) &&
        !/合计|总计|小计/.test(s.name) &&
        inSource.test(squash(s.name)),
    );
    if (found.length === 1) return { name: found[0]!.name, amount: found[0]!.amount! };
  }
  return null;
}
