// R-PUB-10: the tables agree with each other: the 部门支出总表 合计 row restates the 部门收支总表 (总计, 基本
// 支出 and its economic parts, 项目支出), its 项 rows add up to its 合计; the 一般公共预算支出表 and its 项级
// version have the same 合计; the 基本支出表 合计 is the 基本支出 when all income is 财政拨款, else the 一般公共预算支出表's;
// the 国有资本经营预算支出表 合计 is the 国有资本经营预算 income the overview states (DOMAIN.md §5).
import { Decimal } from '../../money/decimal.ts';
import type { Disclosure, DisclosureTable } from '../../model/disclosure.ts';
import { compareValues } from '../helpers/amounts.ts';
import { amountOf, block, cellPath, tableOf, zero } from '../helpers/disclosure-tables.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

const columnIndex = (t: DisclosureTable, re: RegExp) => t.columns.findIndex((c) => re.test(squash(c)));
const totalRow = (t: DisclosureTable) => t.rows.findIndex((r) => r.some((c) => squash(c) === '合计'));

export const rule: Rule = {
  meta: {
    id: 'R-PUB-10',
    severity: 'error',
    category: 'consistency',
    description:
      '各公开报表之间的同一金额应一致（支出总表与收支总表、一般公共预算支出表与项级表、基本支出表）',
    messages: {
      tablesDiffer: '《{a}》的「{what}」为 {x} 万元，而《{b}》为 {y} 万元：同一金额在各表中必须一致',
      itemsMissing:
        '《{table}》所列各项级科目之和为 {sum} 万元，而「合计」为 {total} 万元（相差 {diff}）：缺少科目行，请补全',
    },
    subjects: ['form'],
    reference: 'DOMAIN §5.2',
    appliesTo: ['disclosure'],
  },
  check(form) {
    if (form.kind !== 'disclosure') return [];
    const reports: RuleReport[] = [];
    const differ = (
      what: string,
      a: { t: DisclosureTable; i: number; row: number; col: number; v: string },
      b: { t: DisclosureTable; v: string },
    ) => {
      const c = compareValues(zero(a.v), zero(b.v), [a.v, b.v]);
      if (c.outcome === 'mismatch')
        reports.push({
          messageId: 'tablesDiffer',
          path: cellPath(a.i, a.row, a.col),
          data: { a: a.t.title, b: b.t.title, what, x: zero(a.v).toFixed(2), y: zero(b.v).toFixed(2) },
        });
    };
    checkSpendingTable(form, differ, reports);
    const general = tableOf(form, /^一般公共预算支出表$/);
    const items = tableOf(form, /^一般公共预算支出表（功能分类项级）$/);
    if (general && items) {
      const [gr, ir] = [totalRow(general.table), totalRow(items.table)];
      const [gc, ic] = [columnIndex(general.table, /^合计$/), columnIndex(items.table, /^合计$/)];
      if (gr >= 0 && ir >= 0 && gc >= 0 && ic >= 0)
        differ(
          '合计',
          { t: items.table, i: items.index, row: ir, col: ic, v: items.table.rows[ir]![ic]! },
          { t: general.table, v: general.table.rows[gr]![gc]! },
        );
    }
    const overview = tableOf(form, /^部门收支总表/);
    const basicTable = tableOf(form, /^一般公共预算基本支出表/);
    if (overview && basicTable) {
      const income = block(overview.table, 0);
      const fiscal = amountOf(income, /^财政拨款（补助）$/);
      const thisYear = amountOf(income, /^本年收入合计$/);
      const basic = amountOf(block(overview.table, 2), /^基本支出$/);
      const r = totalRow(basicTable.table);
      const col = basicTable.table.columns.length - 1;
      const own = {
        t: basicTable.table,
        i: basicTable.index,
        row: r,
        col,
        v: r >= 0 ? (basicTable.table.rows[r]![col] ?? '') : '',
      };
      // Only when every yuan is 财政拨款 is the department's 基本支出 all 一般公共预算; otherwise the like figure
      // is the 基本支出 column of the 一般公共预算支出表 (other funds' basic spending is in neither table).
      if (fiscal && thisYear && basic && r >= 0 && zero(fiscal.amount).eq(zero(thisYear.amount)))
        differ('基本支出合计', own, { t: overview.table, v: basic.amount ?? '' });
      else if (general && r >= 0) {
        const [gr, gc] = [totalRow(general.table), columnIndex(general.table, /^基本支出$/)];
        if (gr >= 0 && gc >= 0)
          differ('一般公共预算基本支出合计', own, { t: general.table, v: general.table.rows[gr]![gc] ?? '' });
      }
    }
    checkStateCapitalTable(form, differ);
    return reports;
  },
};

/**
 * The 国有资本经营预算支出表 合计 against the 国有资本经营预算 income the 财政拨款收支预算总表 (else the 部门收支总表)
 * states, when it states it: the fund's spending is paid by that income alone. A table published empty (with its
 * remark) counts as 0.
 */
function checkStateCapitalTable(form: Disclosure, differ: Differ) {
  const capital = tableOf(form, /^国有资本经营预算(财政拨款)?支出表/);
  const overview = tableOf(form, /^财政拨款收支(预算)?总表/) ?? tableOf(form, /^部门收支总表/);
  if (!capital || !overview) return;
  const income = amountOf(block(overview.table, 0), /国有资本经营预算$/);
  if (!income) return;
  const t = capital.table;
  const [r, c] = [totalRow(t), columnIndex(t, /^合计$/)];
  if (r >= 0 && c >= 0)
    differ(
      '国有资本经营预算支出合计',
      { t, i: capital.index, row: r, col: c, v: t.rows[r]![c] ?? '' },
      { t: overview.table, v: income.amount ?? '' },
    );
  else if (t.rows.length === 0 && !zero(income.amount).isZero())
    differ(
      '国有资本经营预算支出合计',
      { t, i: capital.index, row: 0, col: 0, v: '0' },
      { t: overview.table, v: income.amount ?? '' },
    );
}

type Differ = (
  what: string,
  a: { t: DisclosureTable; i: number; row: number; col: number; v: string },
  b: { t: DisclosureTable; v: string },
) => void;

/** The 部门支出总表 against the 部门收支总表, and its 项 rows against its own 合计. */
function checkSpendingTable(form: Disclosure, differ: Differ, reports: RuleReport[]) {
  const spending = tableOf(form, /^部门支出总表/);
  if (!spending) return;
  const t = spending.table;
  const r = totalRow(t);
  if (r < 0) return;
  const total = columnIndex(t, /^总计$/);
  const overview = tableOf(form, /^部门收支总表/);
  if (overview) {
    const econ = block(overview.table, 2);
    const basicAt = econ.findIndex((c) => /基本支出$/.test(c.label));
    const pairs: Array<[string, RegExp, RegExp, number]> = [
      ['总计', /^总计$/, /^本年经济分类支出合计$/, 0],
      ['基本支出', /^基本支出\/小计$/, /^其中[:：]?基本支出$/, 0],
      ['基本支出：工资福利支出', /^基本支出\/工资福利/, /^工资福利/, basicAt],
      ['基本支出：商品和服务支出', /^基本支出\/商品和服务/, /^商品和服务/, basicAt],
      ['基本支出：对个人和家庭的补助支出', /^基本支出\/对个人和家庭/, /^对个人和家庭/, basicAt],
      ['项目支出', /^项目支出\/小计$/, /项目支出$/, basicAt],
    ];
    for (const [what, column, label, from] of pairs) {
      const col = columnIndex(t, column);
      if (col < 0 || (from < 0 && what.includes('：'))) continue;
      const cell = econ.slice(Math.max(0, from)).find((c) => label.test(c.label));
      if (!cell) continue;
      differ(
        what,
        { t, i: spending.index, row: r, col, v: t.rows[r]![col] ?? '' },
        { t: overview.table, v: cell.amount ?? '' },
      );
    }
  }
  if (total < 0) return;
  // Functional rows that are leaves (no listed row below them): 项 rows, or a 类/款 listed without its 项.
  const codes = t.rows.map((row) => (row[0] ?? '').trim()).filter((c) => /^2\d{2}(\d{2}){0,2}$/.test(c));
  const leaves = new Set(codes.filter((c) => !codes.some((o) => o !== c && o.startsWith(c))));
  const itemRows = t.rows.filter((row) => leaves.has((row[0] ?? '').trim()));
  if (itemRows.length === 0) return;
  const sum = itemRows.reduce((a, row) => a.plus(zero(row[total])), new Decimal(0));
  const written = t.rows[r]![total] ?? '';
  const c = compareValues(sum, zero(written), [written, ...itemRows.map((row) => row[total])]);
  if (c.outcome === 'mismatch')
    reports.push({
      messageId: 'itemsMissing',
      path: cellPath(spending.index, r, total),
      data: {
        table: t.title,
        sum: sum.toFixed(2),
        total: zero(written).toFixed(2),
        diff: c.difference.abs().toFixed(2),
      },
    });
}
