// Error codes of organisations and fiscal years.
import { defineErrors } from '../../http/errors.ts';

export const orgError = defineErrors({
  'org-not-found': [404, '组织不存在'],
  'parent-not-found': [400, '上级组织不存在'],
  'org-exists': [409, '同一上级下已有同名组织'],
  'root-exists': [409, '已有顶级组织（财政局）：新组织须指定上级'],
  'year-exists': [409, '该年度已存在'],
  'root-cannot-move': [409, '顶级组织（财政局）不能移动'],
  'move-into-own-subtree': [409, '不能把组织移到它自己或它的下级之下'],
  'org-not-empty': [409, '该组织下还有下级组织、用户、表单或文件，不能删除：请先移走或删除它们'],
});
