// The workflow buttons a reviewer or finance officer sees, from the actions the server allows.
import type { WorkflowAction } from '../api/review-api.ts';

export interface ActionButton {
  action: WorkflowAction;
  label: string;
  /** A returning action: shown as a danger button and needs a written opinion. */
  danger: boolean;
  needsOpinion: boolean;
  /** Sends the pending anchored comments with the transition. */
  sendsComments: boolean;
  done: string;
}

const BUTTONS: ActionButton[] = [
  {
    action: 'review-return',
    label: '退回修改',
    danger: true,
    needsOpinion: true,
    sendsComments: true,
    done: '已退回填报单位',
  },
  {
    action: 'review-pass',
    label: '审核通过',
    danger: false,
    needsOpinion: false,
    sendsComments: true,
    done: '已审核通过，转财政部门批复',
  },
  {
    action: 'finance-return',
    label: '退回',
    danger: true,
    needsOpinion: true,
    sendsComments: true,
    done: '已退回',
  },
  {
    action: 'approve',
    label: '批复',
    danger: false,
    needsOpinion: false,
    sendsComments: true,
    done: '已批复',
  },
  {
    action: 'publish',
    label: '公开',
    danger: false,
    needsOpinion: false,
    sendsComments: false,
    done: '已公开，社会公众可查看',
  },
];

export function actionButtons(allowed: readonly string[]): ActionButton[] {
  return BUTTONS.filter((b) => allowed.includes(b.action));
}

/** Why an action cannot be taken yet, or null. */
export function blockReason(button: ActionButton, opinion: string): string | null {
  if (button.needsOpinion && opinion.trim() === '') return `${button.label}须填写意见`;
  return null;
}

/**
 * The prompt of the 审核意见 box, or null when the box has no use: an opinion goes with a return or a
 * pass, not with 公开 — once the review and approval are done the page shows no empty box to fill.
 */
export function opinionPrompt(buttons: readonly ActionButton[]): string | null {
  if (!buttons.some((b) => b.sendsComments)) return null;
  return buttons.some((b) => b.needsOpinion) ? '总体意见（退回时必填）' : '总体意见（选填）';
}
