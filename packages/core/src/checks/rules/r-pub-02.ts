// R-PUB-02: classification tables add up: each economic 类 = Σ its 款, 合计 = Σ 类; in the 部门支出总表
// each row's 总计 = 基本支出 + 项目支出 (+ 专项), and each 小计 = Σ its parts (DOMAIN.md §5).
import { Decimal } from '../../money/decimal.ts';
import { compareValues } from '../helpers/amounts.ts';
import { cellPath, zero } from '../helpers/disclosure-tables.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

const AMOUNT = /^-?\d+(\.\d+)?$/;

export const rule: Rule = {
  meta: {
    id: 'R-PUB-02',
    severity: 'error',
    category: 'arithmetic',
    description: '按功能、经济分类的支出表中，类、款、项及合计、小计应相互一致',
    messages: {
      codeSum:
        '《{table}》中 {code}「{name}」为 {expected} 万元，其下各科目之和为 {actual} 万元（相差 {diff}）：请核对',
      totalSum: '《{table}》中「合计」为 {expected} 万元，各类之和为 {actual} 万元（相差 {diff}）：请核对',
      columnSum:
        '《{table}》第 {row} 行「{name}」的「{column}」为 {expected} 万元，其组成之和为 {actual} 万元（相差 {diff}）：请核对',
      rounding:
        '《{table}》中「{name}」{expected} 万元与组成之和 {actual} 万元相差 {diff}，在四舍五入范围内：请确认',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5 R-PUB-02',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const reports: RuleReport[] = [];
    form.tables.forEach((table, ti) => {
      const report = (
        messageId: string,
        row: number,
        col: number,
        data: Record<string, string | number>,
        expected: string,
        actual: Decimal,
        written: string[],
      ) => {
        const c = compareValues(actual, new Decimal(expected), written);
        if (c.outcome === 'equal') return;
        reports.push({
          messageId: c.outcome === 'rounding' ? 'rounding' : messageId,
          path: cellPath(ti, row, col),
          data: {
            table: table.title,
            expected,
            actual: actual.toFixed(),
            diff: c.difference.abs().toFixed(),
            ...data,
          },
          ...(c.outcome === 'rounding' ? { severity: 'info' as const } : {}),
        });
      };
      const codeCol = table.rows.some((r) => /^\d{3,7}$/.test(r[0] ?? '')) ? 0 : -1;
      if (codeCol === 0) {
        // Amount column: the first column holding amounts (总计).
        const amountCol = table.columns.findIndex((c, k) => k > 0 && /总计|合计|金额|预算/.test(c));
        const ac = amountCol > 0 ? amountCol : 2;
        const coded = table.rows
          .map((r, row) => ({ row, code: r[0] ?? '', name: r[1] ?? '', amount: r[ac] ?? '' }))
          .filter((x) => AMOUNT.test(x.amount));
        for (const parent of coded.filter((x) => /^\d{3}$|^\d{5}$/.test(x.code))) {
          const kids = coded.filter(
            (x) => x.code.length === parent.code.length + 2 && x.code.startsWith(parent.code),
          );
          if (kids.length === 0) continue;
          const actual = kids.reduce((a, k) => a.plus(k.amount), new Decimal(0));
          report('codeSum', parent.row, ac, { code: parent.code, name: parent.name }, parent.amount, actual, [
            parent.amount,
            ...kids.map((k) => k.amount),
          ]);
        }
        const total = table.rows.findIndex((r) => /^(合计|总计)$/.test(squash(r[1] ?? r[0] ?? '')));
        const classes = coded.filter((x) => /^\d{3}$/.test(x.code));
        if (
          total >= 0 &&
          classes.length > 0 &&
          AMOUNT.test(table.rows[total]![ac] ?? '') &&
          /经济/.test(table.title + table.columns.join())
        ) {
          const expected = table.rows[total]![ac]!;
          const actual = classes.reduce((a, k) => a.plus(k.amount), new Decimal(0));
          report('totalSum', total, ac, { name: '合计' }, expected, actual, [
            expected,
            ...classes.map((c) => c.amount),
          ]);
        }
      }
      // Column groups: 总计 = Σ group 小计; each group 小计 = Σ its columns.
      const cols = table.columns.map(squash);
      const groups = new Map<string, { subtotal: number; parts: number[] }>();
      cols.forEach((c, k) => {
        const [group, sub] = c.split('/');
        if (!group || !sub) return;
        const g = groups.get(group) ?? { subtotal: -1, parts: [] };
        if (sub === '小计') g.subtotal = k;
        else g.parts.push(k);
        groups.set(group, g);
      });
      const grand = cols.findIndex((c) => c === '总计' || c === '合计');
      table.rows.forEach((r, row) => {
        const name = r[1] || r[0] || '';
        for (const [group, g] of groups) {
          if (g.subtotal < 0 || !AMOUNT.test(r[g.subtotal] ?? '')) continue;
          const written = g.parts.map((k) => r[k] ?? '');
          const actual = written.reduce((a, v) => a.plus(zero(v)), new Decimal(0));
          report(
            'columnSum',
            row,
            g.subtotal,
            { row: row + 1, name, column: `${group}/小计` },
            r[g.subtotal]!,
            actual,
            [r[g.subtotal]!, ...written],
          );
        }
        const subtotals = [...groups.values()].filter((g) => g.subtotal >= 0).map((g) => r[g.subtotal] ?? '');
        if (grand >= 0 && AMOUNT.test(r[grand] ?? '') && subtotals.length > 0) {
          const actual = subtotals.reduce((a, v) => a.plus(zero(v)), new Decimal(0));
          report('columnSum', row, grand, { row: row + 1, name, column: cols[grand]! }, r[grand]!, actual, [
            r[grand]!,
            ...subtotals,
          ]);
        }
      });
    });
    return reports;
  },
};
