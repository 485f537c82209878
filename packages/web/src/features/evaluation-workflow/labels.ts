// Chinese names of the monitoring and self-evaluation workflow's states and actions.
const statuses: Record<string, string> = {
  open: '填报中',
  closed: '已关闭',
  unfilled: '未填报',
  pending: '填报中/待完善',
  filled: '已填报',
  draft: '草稿',
  scored: '已计分',
  submitted: '已提交',
  returned: '已退回',
  passed: '主管部门已审核',
  confirmed: '财政已确认',
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
