// R-DEPT-03: the department form's current-year total equals the department's total in the disclosure
// of the same year, and its 项目支出 line equals the disclosed project expenditure (DOMAIN.md §4).
import type { DepartmentForm } from '../../model/department-form.ts';
import type { Disclosure } from '../../model/disclosure.ts';
import { Decimal } from '../../money/decimal.ts';
import { isTotalLine } from '../helpers/amounts.ts';
import { squash } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-DEPT-03',
    severity: 'error',
    category: 'consistency',
    description: '部门整体绩效目标表的资金总额、基本支出、项目支出应与同年部门预算公开报表一致',
    messages: {
      totalDiffers:
        '部门整体绩效目标表的{what}为 {form} 万元，而同一文件的部门预算公开报表为 {disclosed} 万元：请以批复的部门预算为准修改',
    },
    subjects: ['form'],
    reference: 'DOMAIN §4 R-DEPT-03',
    appliesTo: ['department'],
  },
  check(form, ctx) {
    if (form.kind !== 'department') return [];
    const d = ctx.siblings.find(
      (s): s is Disclosure =>
        s.kind === 'disclosure' && (s.year === null || form.year === null || s.year === form.year),
    );
    if (!d) return [];
    const reports: RuleReport[] = [];
    const compare = (
      what: string,
      side: 'income' | 'expenditure',
      match: (name: string) => boolean,
      disclosed: string | null | undefined,
    ) => {
      const index = form.funds[side].findIndex((l) => match(squash(l.name)));
      const line = (form as DepartmentForm).funds[side][index];
      if (!line?.current || !disclosed) return;
      if (!new Decimal(line.current).eq(disclosed))
        reports.push({
          messageId: 'totalDiffers',
          path: `/funds/${side}/${index}/current`,
          data: { what, form: line.current, disclosed },
        });
    };
    compare('收入合计', 'income', isTotalLine, d.figures['income']);
    compare('基本支出', 'expenditure', (n) => n === '基本支出', d.figures['basicExpenditure']);
    compare('项目支出', 'expenditure', (n) => n === '项目支出', d.figures['projectExpenditure']);
    return reports;
  },
};
