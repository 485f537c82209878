// R-SUM-02: 项目支出明细测算 adds up to the project budget (current year, or total).
import { auditAmountTable, totalVsPartsReport } from '../helpers/amounts.ts';
import { pointer } from '../helpers/pointer.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-SUM-02',
    severity: 'error',
    category: 'arithmetic',
    description: '项目支出明细测算之和等于项目预算',
    messages: {
      detailsTotalMismatch:
        '支出明细各项之和为{sum}万元，与「{totalName}」{total}万元相差{diff}万元：请核对明细金额或合计数',
      detailsTotalRounding:
        '支出明细各项之和为{sum}万元，与「{totalName}」{total}万元相差{diff}万元，属四舍五入误差：建议调整尾数使二者一致',
      detailsMismatch:
        '支出明细合计{details}万元，与项目预算{budget}万元相差{diff}万元：请补全或核减明细，使测算金额与预算一致',
      detailsRounding:
        '支出明细合计{details}万元，与项目预算{budget}万元相差{diff}万元，属四舍五入误差：建议调整尾数使二者一致',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.7',
    appliesTo: ['project'],
  },
  check(form) {
    if (form.kind !== 'project') return [];
    const lines = form.details.map((d, index) => ({ index, name: d.item, amount: d.amount }));
    const { totalVsParts, declaredVsBudget } = auditAmountTable(lines, [
      { value: form.budget.current, path: '/budget/current' },
      { value: form.budget.total, path: '/budget/total' },
    ]);
    const reports: RuleReport[] = [];
    const partsReport = totalVsPartsReport(
      totalVsParts,
      { mismatch: 'detailsTotalMismatch', rounding: 'detailsTotalRounding' },
      (total) => pointer('details', total.index, 'amount'),
    );
    if (partsReport) reports.push(partsReport);
    if (declaredVsBudget && declaredVsBudget.cmp.outcome !== 'equal') {
      const { declared, total, cmp } = declaredVsBudget;
      reports.push({
        messageId: cmp.outcome === 'mismatch' ? 'detailsMismatch' : 'detailsRounding',
        path: total ? pointer('details', total.index, 'amount') : '/details',
        data: { details: declared.toFixed(), budget: cmp.budget, diff: cmp.difference.abs().toFixed() },
        ...(cmp.outcome === 'rounding' ? { severity: 'info' as const } : {}),
      });
    }
    return reports;
  },
};
