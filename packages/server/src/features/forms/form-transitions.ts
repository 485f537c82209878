// The workflow as data: draft → submitted → (reviewer) returned | passed → (finance) returned |
// approved (批复) → published. Each action names who may take it and from which states (the review steps
// are the ones self-evaluations take too); the engine (workflow-engine/) answers which steps an actor may
// take and refuses the others.
import type { FormAction, FormStatusName } from '@jixiao/core/contracts';
import type { Role } from '../../http/access.ts';
import { reviewRules } from '../../workflow-engine/review-rules.ts';
import { allowedActions as allowedSteps, type WorkflowRules } from '../../workflow-engine/workflow-engine.ts';

export type Status = FormStatusName;

export const formRules: WorkflowRules<Status, FormAction> = {
  submit: {
    label: '提交',
    role: 'filler',
    from: ['draft', 'returned'],
    to: 'submitted',
    needsOpinion: false,
  },
  ...reviewRules,
  approve: { label: '财政批复', role: 'finance', from: ['passed'], to: 'approved', needsOpinion: false },
  publish: { label: '公开', role: 'finance', from: ['approved'], to: 'published', needsOpinion: false },
};

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
  return [...out, ...allowedSteps(formRules, { role: actor.role, ownUnit: own }, form)];
}
