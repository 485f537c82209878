// The forms' workflow for the engine: the steps are the forms feature's data (forms/form-transitions.ts, which
// also gives the page its buttons); the refusals are this feature's error codes and messages.
import type { Role } from '../../http/access.ts';
import { commonError } from '../../http/errors.ts';
import type { Workflow } from '../../workflow-engine/workflow-engine.ts';
import { formRules, type Action, type Status } from '../forms/form-transitions.ts';
import { workflowError } from './workflow.errors.ts';

export const formWorkflow: Workflow<Status, Action> = {
  rules: formRules,
  refusals: {
    wrongRole: () => workflowError('wrong-status'),
    notOwnUnit: () => workflowError('not-your-form'),
    wrongState: (_action, status, rule) =>
      workflowError(
        'wrong-status',
        { status, allowedFrom: rule.from },
        `表单当前状态为“${status}”，不能${rule.label}`,
      ),
    opinionRequired: () => workflowError('opinion-required'),
  },
};

/**
 * A batch is refused as a whole before any form is touched: by role (the organisation decides form by
 * form), and for a missing opinion (a return without one would skip every form for the same reason).
 */
export function checkBatch(action: Action, role: Role, opinion: string | undefined) {
  const rule = formRules[action];
  if (role !== rule.role) throw commonError('forbidden', { action });
  if (rule.needsOpinion && !opinion?.trim()) throw workflowError('opinion-required');
}
