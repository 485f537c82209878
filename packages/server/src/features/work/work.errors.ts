// Error codes of 待我处理 and 催报 (Chinese messages; statuses for the one handler).
import { defineErrors } from '../../http/errors.ts';

export const workError = defineErrors({
  'round-not-found': [404, '监控轮次不存在'],
  'round-closed': [409, '该监控轮次已关闭：关闭后不再催报'],
  'nothing-to-remind': [422, '所选单位都已提交，没有需要催报的单位'],
  'reminder-not-found': [404, '催报通知不存在或不是发给本单位的'],
});
