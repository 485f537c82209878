// The batch actions a person may take on a tab of the inbox: by role and by the forms' status, as the
// server's workflow allows them (the server checks again, form by form).
import type { WorkflowAction } from '../api/review-api.ts';

export interface BatchActionOption {
  action: WorkflowAction;
  label: string;
  /** A returning action: a danger button whose opinion is required. */
  danger: boolean;
  needsOpinion: boolean;
}

const OPTIONS: Record<string, Record<string, BatchActionOption[]>> = {
  reviewer: {
    submitted: [
      { action: 'review-pass', label: '审核通过', danger: false, needsOpinion: false },
      { action: 'review-return', label: '退回', danger: true, needsOpinion: true },
    ],
  },
  finance: {
    passed: [
      { action: 'approve', label: '批复', danger: false, needsOpinion: false },
      { action: 'finance-return', label: '退回', danger: true, needsOpinion: true },
    ],
    approved: [{ action: 'publish', label: '公开', danger: false, needsOpinion: false }],
  },
};

export function batchActionsFor(role: string, status: string): BatchActionOption[] {
  return OPTIONS[role]?.[status] ?? [];
}

/** Why the batch cannot be sent yet, or null. */
export function batchBlockReason(option: BatchActionOption, count: number, opinion: string): string | null {
  if (count === 0) return '请先在列表中勾选表单';
  if (option.needsOpinion && opinion.trim() === '') return `批量${option.label}须填写意见`;
  return null;
}
