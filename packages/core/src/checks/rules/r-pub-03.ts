// R-PUB-03: the "三公" table identity: 合计 = 因公出国（境） + 公务用车购置及运行维护费 + 公务接待费, and
// 公务用车购置及运行维护费 = 购置 + 运行维护 (DOMAIN.md §5).
import { Decimal } from '../../money/decimal.ts';
import { compareValues } from '../helpers/amounts.ts';
import { amountOf, block, cellPath, tableOf, zero, type TableCell } from '../helpers/disclosure-tables.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-PUB-03',
    severity: 'error',
    category: 'arithmetic',
    description: '“三公”经费合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和',
    messages: {
      mismatch: '“三公”经费表中「{total}」为 {expected} 万元，各项之和为 {actual} 万元（相差 {diff}）：请核对',
    },
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const t = tableOf(form, /三公/);
    if (!t) return [];
    const cells = block(t.table, 0);
    const reports: RuleReport[] = [];
    const sum = (total: TableCell | null, parts: Array<TableCell | null>) => {
      if (!total?.amount || parts.every((p) => !p?.amount)) return;
      const written = parts.map((p) => p?.amount ?? null);
      const actual = written.reduce((a, v) => a.plus(zero(v)), new Decimal(0));
      const c = compareValues(actual, new Decimal(total.amount), [total.amount, ...written]);
      if (c.outcome !== 'equal')
        reports.push({
          messageId: 'mismatch',
          path: cellPath(t.index, total.row, 1),
          data: { total: total.label, expected: total.amount, actual: actual.toFixed(), diff: c.difference.abs().toFixed() },
          ...(c.outcome === 'rounding' ? { severity: 'info' as const } : {}),
        });
    };
    const vehicles = amountOf(cells, /^公务用车购置及运行维护费/);
    sum(amountOf(cells, /^合计$/), [amountOf(cells, /因公出国/), vehicles, amountOf(cells, /公务接待费/)]);
    sum(vehicles, [amountOf(cells, /^(（\d）)?公务用车购置(费)?$/), amountOf(cells, /^(（\d）)?公务用车运行维护费$/)]);
    return reports;
  },
};
