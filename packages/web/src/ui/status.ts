// Workflow statuses as people read them (labels and tag colours), in workflow order.
export const STATUS_ORDER = ['draft', 'submitted', 'returned', 'passed', 'approved', 'published'] as const;
export type FormStatus = (typeof STATUS_ORDER)[number];

export const STATUS_LABELS: Record<FormStatus, string> = {
  draft: '草稿',
  submitted: '已提交待审核',
  returned: '已退回',
  passed: '审核通过待批复',
  approved: '已批复',
  published: '已公开',
};

export const STATUS_COLORS: Record<FormStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  passed: 'cyan',
  approved: 'success',
  published: 'purple',
};

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export function statusColor(status: string): string {
  return (STATUS_COLORS as Record<string, string>)[status] ?? 'default';
}

export const ROLE_LABELS: Record<string, string> = {
  filler: '预算单位填报人',
  reviewer: '主管部门审核人',
  finance: '财政部门',
  admin: '系统管理员',
};

export const KIND_LABELS: Record<string, string> = {
  project: '项目绩效目标',
  department: '部门整体绩效目标',
  disclosure: '部门预算公开',
};
