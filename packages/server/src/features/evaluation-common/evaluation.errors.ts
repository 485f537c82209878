// Error codes shared by monitoring and self-evaluation (Chinese messages; statuses for the one handler).
import { commonError, defineErrors, type AppError } from '../../http/errors.ts';
import type { WorkflowRefusals, WorkflowSubject } from '../../workflow-engine/workflow-engine.ts';

export const evaluationError = defineErrors({
  'form-not-found': [404, '项目表单不存在或无权查看'],
  'not-a-project': [422, '只有项目绩效目标表可以监控，项目表和部门整体绩效目标表可以自评'],
  'not-approved': [422, '该项目尚未批复：只有批复后的项目可以监控和自评'],
  'round-not-found': [404, '监控轮次不存在'],
  'round-exists': [409, '该期间的监控轮次已经开启'],
  'round-year-out-of-range': [422, '监控年度超出可选范围'],
  'round-closed': [409, '该监控轮次已关闭，不能再填报'],
  'entry-not-found': [404, '监控表不存在或无权查看'],
  'evaluation-not-found': [404, '自评表不存在或无权查看'],
  'evaluation-exists': [409, '该项目本年度已有自评表'],
  'not-your-unit': [403, '只能填报本单位的项目'],
  'stale-version': [409, '数据已被他人修改：请刷新后再保存'],
  'entry-not-returnable': [422, '只能退回本轮中已提交的监控表'],
  'stale-review': [409, '您查看之后该表已被修改：请刷新，看过最新内容后再操作'],
  'unknown-indicator': [422, '提交的指标不是该项目批复的年度指标'],
  'monitoring-invalid': [422, '监控数据有误，未保存：请按提示修改'],
  'self-evaluation-invalid': [422, '自评数据有误，未保存：请按提示修改'],
  'no-projects': [400, '请至少选择一个已批复的项目'],
  'import-unrecognised': [422, '文件中没有找到可识别的表格'],
  'no-file': [400, '请上传文件（multipart 字段 file）'],
  'round-already-closed': [409, '该监控轮次已经关闭'],
  'round-not-closed': [409, '该监控轮次尚未关闭，无需重新开启'],
  'entry-incomplete': [422, '监控表尚未填完（预算执行和全部指标），不能提交'],
  'entry-submitted': [409, '该监控表已提交，不能再修改：如需修改请先撤回'],
  'entry-not-submitted': [409, '该监控表尚未提交'],
  'evaluation-locked': [409, '自评表已提交或已审核，不能再修改'],
  'evaluation-unscored': [422, '自评表尚未保存评分，不能提交'],
  'wrong-state': [409, '当前状态下不能执行该操作'],
  'opinion-required': [422, '退回时须填写意见'],
});

/**
 * How monitoring and self-evaluation refuse a workflow step: another role is forbidden, a filler of another
 * unit is told so, a return needs its opinion; the wrong state each names in its own words.
 */
export function evaluationRefusals<
  Status extends string,
  Action extends string,
  Subject extends WorkflowSubject,
>(wrongState: (action: Action, status: string) => AppError): WorkflowRefusals<Status, Action, Subject> {
  return {
    wrongRole: (action) => commonError('forbidden', { action }),
    notOwnUnit: () => evaluationError('not-your-unit'),
    wrongState,
    opinionRequired: () => evaluationError('opinion-required'),
  };
}
