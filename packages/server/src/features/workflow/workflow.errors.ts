// Error codes of the workflow and review comments.
import { defineErrors } from '../../http/errors.ts';

export const workflowError = defineErrors({
  'wrong-status': [409, '表单当前状态不允许此操作'],
  'form-has-errors': [422, '表单仍有错误级审核问题，不能提交：请先修改'],
  'opinion-required': [400, '退回时必须填写审核意见'],
  'not-your-form': [403, '只能提交本单位的表单'],
  'bad-pointer': [400, '意见所指的字段或指标在表单中不存在'],
  'comment-not-found': [404, '审核意见不存在'],
  'cannot-comment': [409, '只能在审核中（已提交或主管部门已通过）对表单提出意见'],
  'approval-not-found': [404, '该表单尚未批复'],
  'approval-inconsistent': [422, '批复的预算与资金来源不一致：请同时批复各项资金来源，使其合计等于批复金额'],
});
