// R-IND-20: where a target form's template gives each indicator 分值 (指标权重), the weights of one goal add up
// to the full 100 points (DOMAIN.md §1 R-IND-20). A weight missing on a row says nothing (the row may be cut
// off or a sub-row), nor do the rows of one 一级指标 alone; a form whose rows all carry weights and add up to
// another total gets a warning naming it.
import { Decimal } from '../../money/decimal.ts';
import { goalGroups } from '../helpers/indicators.ts';
import type { Rule, RuleReport } from '../types.ts';

const FULL = new Decimal(100);

export const rule: Rule = {
  meta: {
    id: 'R-IND-20',
    severity: 'warning',
    category: 'arithmetic',
    description: '绩效目标表设有分值（指标权重）时，各指标分值之和应为100分',
    messages: {
      weightsTotal:
        '「{group}」{count}项指标的分值合计为 {sum} 分（{list}），不是 100 分：请核对各项指标权重',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1 R-IND-20',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    if (form.kind === 'disclosure') return [];
    const reports: RuleReport[] = [];
    for (const group of goalGroups(form)) {
      const weights = group.entries.map((e) => e.indicator.weight ?? null);
      if (weights.length < 2 || weights.some((w) => w === null)) continue;
      // Rows of one 一级指标 only are a part of the table (cut off, or 产出 weighted on its own): no total to hold.
      const level1s = new Set(group.entries.map((e) => e.indicator.level1));
      if (level1s.size === 1 && !level1s.has(null)) continue;
      const sum = weights.reduce((a, w) => a.plus(w!), new Decimal(0));
      if (sum.eq(FULL)) continue;
      reports.push({
        messageId: 'weightsTotal',
        path: `${group.entries[0]!.path}/weight`,
        data: { group: group.label, count: weights.length, sum: sum.toFixed(), list: weights.join('+') },
      });
    }
    return reports;
  },
};
