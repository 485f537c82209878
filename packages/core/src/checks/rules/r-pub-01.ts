// R-PUB-01: the 部门收支总表 (and 财政拨款收支预算总表) add up: income items to 本年收入合计, + 上年结转 to
// 收入总计, expenditure blocks to their totals, 收入总计 = 支出总计, economic = functional (DOMAIN.md §5).
import type { Disclosure, DisclosureTable } from '../../model/disclosure.ts';
import { Decimal } from '../../money/decimal.ts';
import { compareValues } from '../helpers/amounts.ts';
import { amountOf, bare, block, cellPath, zero, type TableCell } from '../helpers/disclosure-tables.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-PUB-01',
    severity: 'error',
    category: 'arithmetic',
    description: '部门收支总表、财政拨款收支总表的合计、总计应相互一致',
    messages: {
      sumMismatch:
        '《{table}》中「{total}」为 {expected} 万元，而各项之和为 {actual} 万元（相差 {diff}）：请核对各项金额或合计',
      sumRounding:
        '《{table}》中「{total}」{expected} 万元与各项之和 {actual} 万元相差 {diff}，在四舍五入范围内：请确认',
      totalsDiffer: '《{table}》中「{a}」{x} 万元与「{b}」{y} 万元不相等：收支总表两边的总计必须一致',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-01',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.tables.forEach((table, index) => {
      if (!/收支(预算)?总表$/.test(squash(table.title))) return;
      reports.push(...checkSummary(form, table, index));
    });
    return reports;
  },
};

function checkSummary(_d: Disclosure, table: DisclosureTable, index: number): RuleReport[] {
  const reports: RuleReport[] = [];
  const title = table.title;
  const sum = (total: TableCell | null, parts: TableCell[]) => {
    if (!total?.amount) return;
    const written = parts.map((p) => p.amount);
    const actual = parts.reduce((a, p) => a.plus(zero(p.amount)), new Decimal(0));
    const c = compareValues(actual, new Decimal(total.amount), [total.amount, ...written]);
    if (c.outcome === 'equal') return;
    reports.push({
      messageId: c.outcome === 'rounding' ? 'sumRounding' : 'sumMismatch',
      path: cellPath(index, total.row, total.col + 1),
      data: {
        table: title,
        total: total.label,
        expected: total.amount,
        actual: actual.toFixed(),
        diff: c.difference.abs().toFixed(),
      },
      ...(c.outcome === 'rounding' ? { severity: 'info' as const } : {}),
    });
  };
  const same = (a: TableCell | null, b: TableCell | null) => {
    if (!a?.amount || !b?.amount) return;
    if (!new Decimal(a.amount).eq(b.amount))
      reports.push({
        messageId: 'totalsDiffer',
        path: cellPath(index, b.row, b.col + 1),
        data: { table: title, a: a.label, x: a.amount, b: b.label, y: b.amount },
      });
  };
  const income = block(table, 0);
  const economic = block(table, 2);
  const functional = block(table, 4);

  // Income: top-level items 一、二、三… before 本年收入合计.
  const thisYear = amountOf(income, /^本年收入合计$/);
  if (thisYear) {
    const before = income.filter((c) => c.row < thisYear.row);
    sum(
      thisYear,
      before.filter((c) => /^[一二三四五六七八九十]+、/.test(c.label)),
    );
    // Sub-items （一）… sum to their item when the item has an amount of its own.
    before.forEach((item, k) => {
      if (!/^[一二三四五六七八九十]+、/.test(item.label) || !item.amount) return;
      const subs: TableCell[] = [];
      for (const c of before.slice(k + 1)) {
        if (/^[一二三四五六七八九十]+、/.test(c.label)) break;
        if (/^[（(][一二三四五六七八九十]+[)）]/.test(c.label)) subs.push(c);
      }
      if (subs.some((s) => s.amount)) sum(item, subs);
    });
    const carried = income.find((c) => c.row > thisYear.row && /上年结转$/.test(bare(c.label)));
    const grand = amountOf(income, /^收入总计$/);
    if (grand) sum(grand, carried ? [thisYear, carried] : [thisYear]);
  }
  // Expenditure by economic classification: 类 lines, 其中 blocks.
  const ecoTotal = amountOf(economic, /^本年.*支出合计$/);
  const ecoHead = economic.find((c) => /^一、经济分类$/.test(c.label));
  if (ecoTotal) {
    const firstOfWhich = economic.find((c) => /^其中[:：]/.test(c.label));
    const classes = economic.filter((c) => c.row < (firstOfWhich?.row ?? ecoTotal.row) && c !== ecoHead);
    sum(ecoTotal, classes);
    if (ecoHead) same(ecoTotal, ecoHead);
    const whichBlocks = economic.filter((c) => /^其中[:：]/.test(c.label) && c.row < ecoTotal.row);
    whichBlocks.forEach((head, k) => {
      const end = whichBlocks[k + 1]?.row ?? ecoTotal.row;
      const parts = economic.filter((c) => c.row > head.row && c.row < end);
      if (head.amount) sum(head, parts);
    });
    if (whichBlocks.length > 0 && whichBlocks.every((h) => h.amount !== null)) sum(ecoTotal, whichBlocks);
    const grandOut = amountOf(economic, /^支出总计$/);
    const carriedOut = economic.find((c) => c.row > ecoTotal.row && /结转下年$/.test(bare(c.label)));
    if (grandOut) sum(grandOut, carriedOut ? [ecoTotal, carriedOut] : [ecoTotal]);
  }
  // Expenditure by functional classification: the 类 lines (three-digit codes).
  const funTotal = amountOf(functional, /^本年.*(科目)?支出合计$/);
  if (funTotal)
    sum(
      funTotal,
      functional.filter((c) => /^\d{3}\D/.test(c.label) && c.row < funTotal.row),
    );
  same(ecoTotal, funTotal);
  same(amountOf(income, /^收入总计$/), amountOf(economic, /^支出总计$/));
  return reports;
}
