// Error codes of importing a 自评表 / 监控表 from outside (Chinese messages; statuses for the one handler).
import { defineErrors } from '../../http/errors.ts';

export const evaluationImportError = defineErrors({
  'no-file': [400, '请上传一个文件（multipart/form-data，字段名 file）'],
  unreadable: [422, '文件无法读取'],
  'no-evaluation': [422, '文件中没有找到绩效自评表或绩效运行监控表'],
  'not-an-evaluation': [422, '这是绩效目标表，不是自评表或监控表：请在导入页面按目标表导入'],
  'upload-not-found': [404, '上传的文件不存在或无权访问'],
  'bad-index': [400, '文件中没有该序号的表'],
  'bad-pairs': [400, '指标对应关系有误'],
  'wrong-kind': [422, '该项目不能接收这种表'],
  'no-open-entry': [409, '该项目没有开启中的监控轮次：可以作为独立记录保存，或请财政部门开启监控轮次'],
  'record-not-found': [404, '导入记录不存在或无权查看'],
});
