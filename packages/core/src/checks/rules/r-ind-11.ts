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

const TOTAL_COST = /^(项目)?总?成本(合计|总额)?$/;

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
        const data = { name: displayName(e.indicator), raw: v.raw, amount: amount.toFixed(), budget };
        const path = `${e.path}/target`;
        if (amount.gt(cap)) {
          reports.push({ messageId: 'costExceedsBudget', path, data });
          continue;
        }
        if (TOTAL_COST.test(squash(e.indicator.name))) {
          if (compareValues(amount, cap, [v.value, budget]).outcome === 'mismatch')
            reports.push({ messageId: 'totalCostNotBudget', path, data, severity: 'warning' });
          continue;
        }
        if (v.op === '≤' || v.op === '<' || v.op === '=') costs.push({ e, amount });
      }
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
