// Error codes of generated disclosures.
import { defineErrors } from '../../http/errors.ts';

export const disclosureError = defineErrors({
  'disclosure-not-found': [404, '该部门该年度还没有生成部门预算公开'],
  'no-budget': [422, '该部门该年度还没有预算数据：请先录入或导入预算'],
  'has-errors': [422, '部门预算公开仍有错误，不能公开：请先修改预算数据'],
  'stale-disclosure': [409, '预算数据在生成公开后已修改：请重新生成后再公开'],
  'finance-only': [403, '只有财政部门可以公开部门预算'],
  'not-published': [404, '该部门该年度的预算尚未公开'],
  'already-published': [409, '这一版部门预算公开已经公开：重新生成后才能公开新版本'],
  'export-failed': [503, '导出失败，请稍后重试'],
});
