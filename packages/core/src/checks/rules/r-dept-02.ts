// R-DEPT-02: the department funds table adds up — income and expenditure rows sum to their 合计 in every
// column, income 合计 = expenditure 合计, and each 占比 = row ÷ 合计 (DOMAIN §4, R-DEPT-02).
import type { FundLine } from '../../model/department-form.ts';
import { Decimal, decimalPlaces, parsePercent, sumDecimals } from '../../money/decimal.ts';
import { compareTotal, compareValues, isTotalLine } from '../helpers/amounts.ts';
import { pointer } from '../helpers/pointer.ts';
import type { Rule, RuleReport } from '../types.ts';

type Side = 'income' | 'expenditure';
const SIDE_LABEL: Record<Side, string> = { income: '收入', expenditure: '支出' };

interface Column {
  key: string | null; // null: 当年金额; else a history label
  label: string;
}

const cell = (line: FundLine, col: Column) =>
  col.key === null ? line.current : (line.history[col.key] ?? null);
const cellPath = (side: Side, index: number, col: Column) =>
  col.key === null
    ? pointer('funds', side, index, 'current')
    : pointer('funds', side, index, 'history', col.key);

function columns(lines: readonly FundLine[]): Column[] {
  const keys = [...new Set(lines.flatMap((l) => Object.keys(l.history)))].sort();
  return [
    { key: null, label: '当年金额' },
    ...keys.map((key) => ({ key, label: /^\d{4}$/.test(key) ? `${key}年金额` : key })),
  ];
}

/** Tolerance for a written share: 0.01 percentage point plus half a unit of its last written digit. */
function shareTolerance(share: string): Decimal {
  return new Decimal('0.01').plus(new Decimal(10).pow(-decimalPlaces(share)).div(2));
}

export const rule: Rule = {
  meta: {
    id: 'R-DEPT-02',
    severity: 'error',
    category: 'arithmetic',
    description: '部门总体资金情况：收入、支出各项之和等于合计，收入合计等于支出合计，占比计算正确',
    messages: {
      sumMismatch:
        '{side}构成{column}各项之和为{sum}万元，与合计{total}万元相差{diff}万元：请核对各行金额或合计数',
      sumRounding:
        '{side}构成{column}各项之和为{sum}万元，与合计{total}万元相差{diff}万元，属四舍五入误差：建议调整尾数使二者一致',
      balanceMismatch:
        '{column}收入合计{income}万元与支出合计{expenditure}万元不相等（相差{diff}万元）：部门收支应平衡，请核对收入或支出金额',
      balanceRounding:
        '{column}收入合计{income}万元与支出合计{expenditure}万元相差{diff}万元，属四舍五入误差：建议调整尾数使二者一致',
      shareMismatch: '「{name}」的占比写作{share}，按{amount}÷{total}计算应为{expected}%：请更正占比',
      sharesSum: '{side}构成各项占比之和为{sum}%，不等于100%：请核对各项占比',
      totalShare: '{side}合计的占比写作{share}：合计的占比应为100%',
      basicDiffers:
        '「{project}」列基本支出{amount}万元，而资金情况中基本支出为{fund}万元：同一笔基本支出两处金额不一致，请核对',
    },
    subjects: ['form'],
    reference: 'DOMAIN §4 R-DEPT-02',
    appliesTo: ['department'],
  },
  check(form) {
    if (form.kind !== 'department') return [];
    const reports: RuleReport[] = [];
    const totals: Partial<Record<Side, { index: number; line: FundLine }>> = {};
    const cols = columns([...form.funds.income, ...form.funds.expenditure]);

    for (const side of ['income', 'expenditure'] as const) {
      const lines = form.funds[side].map((line, index) => ({ line, index }));
      const total = lines.find((l) => isTotalLine(l.line.name));
      const parts = lines.filter((l) => !isTotalLine(l.line.name));
      if (total) totals[side] = total;

      // Rows sum to 合计, per column.
      for (const col of cols) {
        const t = total ? cell(total.line, col) : null;
        const values = parts.map((p) => cell(p.line, col)).filter((v): v is string => v !== null);
        if (!total || t === null || values.length === 0) continue;
        const cmp = compareTotal(t, values);
        if (cmp.outcome === 'equal') continue;
        reports.push({
          messageId: cmp.outcome === 'mismatch' ? 'sumMismatch' : 'sumRounding',
          path: cellPath(side, total.index, col),
          data: {
            side: SIDE_LABEL[side],
            column: col.label,
            sum: sumDecimals(values).toFixed(),
            total: t,
            diff: cmp.difference.abs().toFixed(),
          },
          severity: cmp.outcome === 'rounding' ? 'info' : col.key === null ? 'error' : 'warning',
        });
      }

      // Shares: row ÷ 合计 of the current year.
      const totalAmount = total?.line.current ?? null;
      if (total?.line.share != null) {
        const s = parsePercent(total.line.share);
        if (s !== null && !new Decimal(s).eq(100))
          reports.push({
            messageId: 'totalShare',
            path: pointer('funds', side, total.index, 'share'),
            data: { side: SIDE_LABEL[side], share: total.line.share },
            severity: 'warning',
          });
      }
      if (totalAmount === null || new Decimal(totalAmount).isZero()) continue;
      const shares: string[] = [];
      for (const p of parts) {
        const share = parsePercent(p.line.share);
        if (share === null || p.line.current === null) continue;
        shares.push(share);
        const expected = new Decimal(p.line.current).div(totalAmount).mul(100);
        if (expected.minus(share).abs().gt(shareTolerance(share)))
          reports.push({
            messageId: 'shareMismatch',
            path: pointer('funds', side, p.index, 'share'),
            data: {
              name: p.line.name,
              share: p.line.share,
              amount: p.line.current,
              total: totalAmount,
              expected: expected.toFixed(2),
            },
            severity: 'warning',
          });
      }
      const withAmount = parts.filter(
        (p) => p.line.current !== null && !new Decimal(p.line.current).isZero(),
      );
      if (shares.length > 0 && shares.length >= withAmount.length) {
        const sum = sumDecimals(shares);
        const tol = shares.reduce(
          (acc, s) => acc.plus(new Decimal(10).pow(-decimalPlaces(s)).div(2)),
          new Decimal('0.01'),
        );
        if (sum.minus(100).abs().gt(tol))
          reports.push({
            messageId: 'sharesSum',
            path: pointer('funds', side, total!.index, 'share'),
            data: { side: SIDE_LABEL[side], sum: sum.toFixed() },
            severity: 'warning',
          });
      }
    }

    // Income 合计 = expenditure 合计, per column.
    const inc = totals.income;
    const exp = totals.expenditure;
    if (inc && exp) {
      for (const col of cols) {
        const a = cell(inc.line, col);
        const b = cell(exp.line, col);
        if (a === null || b === null) continue;
        const cmp = compareValues(new Decimal(b), new Decimal(a), [a, b]);
        if (cmp.outcome === 'equal') continue;
        reports.push({
          messageId: cmp.outcome === 'mismatch' ? 'balanceMismatch' : 'balanceRounding',
          path: cellPath('expenditure', exp.index, col),
          data: { column: col.label, income: a, expenditure: b, diff: cmp.difference.abs().toFixed() },
          severity: cmp.outcome === 'rounding' ? 'info' : col.key === null ? 'error' : 'warning',
        });
      }
    }
    // A row of the project or 履职目标 list that carries the 基本支出 (its last cell 基本支出) restates the funds'
    // 基本支出: 基本支出 is one line of spending, so the two amounts are the same money.
    const basic = form.funds.expenditure.find(
      (l) => l.name.replace(/\s+/g, '') === '基本支出' && l.current !== null,
    );
    if (basic)
      form.projects.forEach((p, i) => {
        if (p.current === null || !p.name.replace(/\s+/g, '').endsWith('基本支出')) return;
        if (new Decimal(p.current).eq(basic.current!)) return;
        const name = p.name.replace(/\s+/g, '');
        reports.push({
          messageId: 'basicDiffers',
          path: pointer('projects', i, 'current'),
          data: {
            project: name.length > 20 ? `…${name.slice(-20)}` : name,
            amount: p.current,
            fund: basic.current!,
          },
        });
      });
    return reports;
  },
};
