// R-SUM-01: 项目资金来源 adds up — the 合计 line equals the sum of the sources and equals the project
// budget (total or current year), exactly or within the rounding of the written numbers. A template that lists
// the sources twice — 资金总额 with 财政拨款 / 其他资金 and 当年资金总额 with 当年财政拨款 / 当年其他资金 — gives two
// breakdowns of different bases: a source named again with 当年/本年 marks it, and each breakdown is summed on
// its own (adding both would count the current year's money twice).
import { auditAmountTable, totalVsPartsReport, type AmountLine as Line } from '../helpers/amounts.ts';
import { pointer } from '../helpers/pointer.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';
import type { ProjectForm } from '../../model/project-form.ts';

const bare = (name: string) => squash(name).replace(/^其中[:：]?/, '');
const CURRENT = /^(当年|本年)/;

/** The source lines as one breakdown, or as the period and the current-year breakdown when both are listed. */
function breakdowns(lines: Line[]): Line[][] {
  const names = new Set(lines.map((l) => bare(l.name)));
  const twinned = lines.some(
    (l) => CURRENT.test(bare(l.name)) && names.has(bare(l.name).replace(CURRENT, '')),
  );
  if (!twinned) return [lines];
  return [lines.filter((l) => !CURRENT.test(bare(l.name))), lines.filter((l) => CURRENT.test(bare(l.name)))];
}

export const rule: Rule = {
  meta: {
    id: 'R-SUM-01',
    severity: 'error',
    category: 'arithmetic',
    description: '项目资金来源各项之和等于合计，合计等于项目预算',
    messages: {
      sourcesMismatch:
        '项目资金来源各项之和为{sum}万元，与「{totalName}」{total}万元相差{diff}万元：请核对各资金来源金额或合计数',
      sourcesRounding:
        '项目资金来源各项之和为{sum}万元，与「{totalName}」{total}万元相差{diff}万元，属四舍五入误差：建议调整尾数使二者一致',
      budgetMismatch:
        '项目资金来源合计{sources}万元，与项目预算{budget}万元相差{diff}万元：请核对资金来源或项目预算',
      budgetRounding:
        '项目资金来源合计{sources}万元，与项目预算{budget}万元相差{diff}万元，属四舍五入误差：建议调整尾数使二者一致',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.7',
    appliesTo: ['project'],
  },
  check(form) {
    if (form.kind !== 'project') return [];
    const lines = form.budget.sources.map((s, index) => ({ index, name: s.name, amount: s.amount }));
    return breakdowns(lines).flatMap((b) => checkBreakdown(form, b));
  },
};

function checkBreakdown(form: ProjectForm, lines: Line[]): RuleReport[] {
  const { totalVsParts, declaredVsBudget } = auditAmountTable(lines, [
    { value: form.budget.total, path: '/budget/total' },
    { value: form.budget.current, path: '/budget/current' },
  ]);
  const reports: RuleReport[] = [];
  const partsReport = totalVsPartsReport(
    totalVsParts,
    { mismatch: 'sourcesMismatch', rounding: 'sourcesRounding' },
    (total) => pointer('budget', 'sources', total.index, 'amount'),
  );
  if (partsReport) reports.push(partsReport);
  if (declaredVsBudget && declaredVsBudget.cmp.outcome !== 'equal') {
    const { declared, cmp } = declaredVsBudget;
    reports.push({
      messageId: cmp.outcome === 'mismatch' ? 'budgetMismatch' : 'budgetRounding',
      path: cmp.path,
      data: { sources: declared.toFixed(), budget: cmp.budget, diff: cmp.difference.abs().toFixed() },
      ...(cmp.outcome === 'rounding' ? { severity: 'info' as const } : {}),
    });
  }
  return reports;
}
