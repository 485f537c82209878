// Error codes of forms started from the budget.
import { defineErrors } from '../../http/errors.ts';

export const budgetFormError = defineErrors({
  'budget-not-found': [404, '本单位该年度还没有保存的部门预算：请先在“部门预算”中填报并保存'],
  'line-not-found': [404, '预算的项目支出中没有这一行：请刷新预算后重试'],
  'form-exists': [409, '该项目已有绩效目标表：请打开已有的表继续填报'],
});
