// The workflow as data: draft → submitted → (reviewer) returned | passed → (finance) returned |
// approved (批复) → published. Each action names who may take it and from which states.
import type { FormAction, FormStatusName } from '@jixiao/core/contracts';
import type { Role } from '../../http/access.ts';

export type Status = FormStatusName;

export interface TransitionRule {
  action: string;
  label: string;
  role: Role;
  from: readonly Status[];
  to: Status;
  /** An opinion (意见) must be written. */
  needsOpinion: boolean;
}

export const transitionRules = {
  submit: {
    action: 'submit',
    label: '提交',
    role: 'filler',
    from: ['draft', 'returned'],
    to: 'submitted',
    needsOpinion: false,
  },
  'review-return': {
    action: 'review-return',
    label: '主管部门退回',
    role: 'reviewer',
    from: ['submitted'],
    to: 'returned',
    needsOpinion: true,
  },
  'review-pass': {
    action: 'review-pass',
    label: '主管部门审核通过',
    role: 'reviewer',
    from: ['submitted'],
    to: 'passed',
    needsOpinion: false,
  },
  'finance-return': {
    action: 'finance-return',
    label: '财政退回',
    role: 'finance',
    from: ['passed'],
    to: 'returned',
    needsOpinion: true,
  },
  approve: {
    action: 'approve',
    label: '财政批复',
    role: 'finance',
    from: ['passed'],
    to: 'approved',
    needsOpinion: false,
  },
  publish: {
    action: 'publish',
    label: '公开',
    role: 'finance',
    from: ['approved'],
    to: 'published',
    needsOpinion: false,
  },
} as const satisfies Record<FormAction, TransitionRule>;

/** The list of actions is the contract's (core/contracts), shared with the web. */
export type Action = FormAction;

export { grades, reasonCodeList, reasonCodes, type ReasonCode } from '@jixiao/core/contracts';

/**
 * What the actor may do with a form it can see, for the UI's buttons: the workflow actions whose role
 * and source state match, plus `edit` and `copy` for the filler of the form's own unit.
 */
export function allowedActions(
  actor: { role: Role; orgId: string },
  form: { status: string; orgId: string },
): string[] {
  const own = actor.role === 'filler' && actor.orgId === form.orgId;
  const out: string[] = [];
  if (own && (form.status === 'draft' || form.status === 'returned')) out.push('edit');
  if (own) out.push('copy');
  for (const rule of Object.values(transitionRules)) {
    if (rule.role !== actor.role || !(rule.from as readonly string[]).includes(form.status)) continue;
    if (rule.role === 'filler' && !own) continue;
    out.push(rule.action);
  }
  return out;
}
