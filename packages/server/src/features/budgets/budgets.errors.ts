// Error codes of budget data.
import { defineErrors } from '../../http/errors.ts';

export const budgetError = defineErrors({
  'org-not-found': [404, '部门不存在或无权查看'],
  'budget-not-found': [404, '该部门该年度还没有预算数据'],
  'version-conflict': [409, '预算已被他人修改：您的修改基于旧版本，未保存。请刷新后重新修改'],
  'not-your-budget': [403, '只能修改本单位的预算'],
  'no-file': [400, '请选择要导入的文件（字段 file）'],
  'no-disclosure-in-file': [422, '文件中没有识别到部门预算公开（部门收支总表等报表），无法导入预算'],
  'unreadable-file': [422, '无法读取该文件'],
  'year-mismatch': [422, '文件中的预算年度与所选年度不一致'],
  'duplicate-project-code': [422, '项目支出中有重复的项目编码：每个项目的编码应唯一'],
});
