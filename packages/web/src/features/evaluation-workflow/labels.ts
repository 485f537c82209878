// Chinese names of the monitoring and self-evaluation workflow's states and actions.
import { evaluationStatusNames } from '@jixiao/core/contracts';

const statuses: Record<string, string> = {
  ...evaluationStatusNames,
  open: '填报中',
  closed: '已关闭',
  unfilled: '未填报',
  pending: '填报中/待完善',
  filled: '已填报',
};
const actions: Record<string, string> = {
  close: '关闭轮次',
  reopen: '重新开启',
  return: '财政退回修改',
  submit: '提交',
  withdraw: '撤回',
  'review-return': '主管部门退回',
  'review-pass': '主管部门审核通过',
  'finance-return': '财政退回',
  confirm: '财政审核确认',
};
export const statusLabel = (s: string) => statuses[s] ?? s;
export const actionLabel = (a: string) => actions[a] ?? a;

/** Tag colour of a state (antd preset colours). */
export function statusColor(s: string): string | undefined {
  if (s === 'confirmed' || s === 'submitted' || s === 'filled') return 'green';
  if (s === 'returned') return 'red';
  if (s === 'passed') return 'blue';
  if (s === 'closed') return 'default';
  return undefined;
}
