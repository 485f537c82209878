// Error codes shared by monitoring and self-evaluation (Chinese messages; statuses for the one handler).
import { defineErrors } from '../../http/errors.ts';

export const evaluationError = defineErrors({
  'form-not-found': [404, '项目表单不存在或无权查看'],
  'not-a-project': [422, '只有项目绩效目标表可以监控，项目表和部门整体绩效目标表可以自评'],
  'not-approved': [422, '该项目尚未批复：只有批复后的项目可以监控和自评'],
  'round-not-found': [404, '监控轮次不存在'],
  'round-closed': [409, '该监控轮次已关闭，不能再填报'],
  'entry-not-found': [404, '监控表不存在或无权查看'],
  'evaluation-not-found': [404, '自评表不存在或无权查看'],
  'evaluation-exists': [409, '该项目本年度已有自评表'],
  'not-your-unit': [403, '只能填报本单位的项目'],
  'stale-version': [409, '数据已被他人修改：请刷新后再保存'],
  'unknown-indicator': [422, '提交的指标不是该项目批复的年度指标'],
  'monitoring-invalid': [422, '监控数据有误，未保存：请按提示修改'],
  'self-evaluation-invalid': [422, '自评数据有误，未保存：请按提示修改'],
  'no-projects': [400, '请至少选择一个已批复的项目'],
  'import-unrecognised': [422, '文件中没有找到可识别的表格'],
  'no-file': [400, '请上传文件（multipart 字段 file）'],
});
