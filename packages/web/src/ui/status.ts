// Workflow statuses as people read them (labels and tag colours), in workflow order.
// The states and their names are the contract's (core/contracts), shared with the server's messages.
import { formStatuses, formStatusLabels, type FormStatusName as FormStatus } from '@jixiao/core/contracts';

export type { FormStatus };
export const STATUS_ORDER = formStatuses;
export const STATUS_LABELS = formStatusLabels;

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
