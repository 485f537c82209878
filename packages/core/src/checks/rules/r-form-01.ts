// R-FORM-01: the header fields a form cannot do without (项目名称, 申报单位, 项目预算; 部门名称, 资金情况).
import { isBlank } from '../helpers/text.ts';
import type { Rule, RuleReport } from '../types.ts';

export const rule: Rule = {
  meta: {
    id: 'R-FORM-01',
    severity: 'error',
    category: 'completeness',
    description: '表头必填项：项目名称、申报单位、项目预算；部门名称、部门总体资金情况',
    messages: {
      missingProjectName: '未填写项目名称：请填写与预算项目库一致的项目名称',
      missingUnit: '未填写申报单位：请填写申报该项目的预算单位全称',
      missingBudget: '未填写项目预算（项目总预算）：请填写以万元为单位的项目预算金额',
      missingDepartment: '未填写部门（单位）名称：请填写部门全称',
      missingIncome:
        '部门总体资金情况中没有收入构成：请按财政拨款、财政专户管理资金、单位资金及合计填写当年金额和占比',
      missingExpenditure:
        '部门总体资金情况中没有支出构成：请按人员类、运转类、特定目标类项目支出及合计填写当年金额和占比',
    },
    subjects: ['form'],
    reference: 'DOMAIN §1.7, §4.2',
    appliesTo: ['project', 'department'],
  },
  check(form) {
    const reports: RuleReport[] = [];
    if (form.kind === 'project') {
      if (isBlank(form.name)) reports.push({ messageId: 'missingProjectName', path: '/name' });
      if (isBlank(form.unit)) reports.push({ messageId: 'missingUnit', path: '/unit', severity: 'warning' });
      if (form.budget.total === null) reports.push({ messageId: 'missingBudget', path: '/budget/total' });
    } else if (form.kind === 'department') {
      if (isBlank(form.department)) reports.push({ messageId: 'missingDepartment', path: '/department' });
      if (form.funds.income.length === 0)
        reports.push({ messageId: 'missingIncome', path: '/funds/income', severity: 'warning' });
      if (form.funds.expenditure.length === 0)
        reports.push({ messageId: 'missingExpenditure', path: '/funds/expenditure', severity: 'warning' });
    }
    return reports;
  },
};
