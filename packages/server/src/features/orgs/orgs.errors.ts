// Error codes of organisations and fiscal years.
import { defineErrors } from '../../http/errors.ts';

export const orgError = defineErrors({
  'org-not-found': [404, '组织不存在'],
  'parent-not-found': [400, '上级组织不存在'],
  'org-exists': [409, '同一上级下已有同名组织'],
  'root-exists': [409, '已有顶级组织（财政局）：新组织须指定上级'],
  'year-exists': [409, '该年度已存在'],
});
