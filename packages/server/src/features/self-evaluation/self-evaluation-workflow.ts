// The review of a self-evaluation, as data for the workflow engine (workflow-engine/) like the forms': the
// unit submits it, the 主管部门 returns it with an opinion or passes it, finance confirms it (审核确认) or
// returns it. Only a
// confirmed self-evaluation feeds next year's history panel and the dashboard's scores. Each step is one
// transaction with its transition record (who, when, opinion) and audit entry.
import { evaluationActions, type EvaluationAction } from '@jixiao/core/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import {
  allowedActions,
  checkActor,
  checkTransition,
  type Workflow,
  type WorkflowRules,
} from '../../workflow-engine/workflow-engine.ts';
import { reviewRules } from '../../workflow-engine/review-rules.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { evaluationError, evaluationRefusals } from '../evaluation-common/evaluation.errors.ts';
import { canSee, fillsFor } from '../evaluation-common/evaluation-scope.ts';
import { recordTransition } from '../evaluation-common/evaluation-transitions.ts';
import * as repo from './self-evaluation.repo.ts';

export type EvaluationStatus = 'draft' | 'scored' | 'submitted' | 'returned' | 'passed' | 'confirmed';

/** What a step looks at: the state, and whether the self-evaluation has been scored (saved with a result). */
interface EvaluationSubject {
  status: string;
  result: unknown;
}

export const selfEvaluationRules: WorkflowRules<EvaluationStatus, EvaluationAction, EvaluationSubject> = {
  submit: {
    label: '提交',
    role: 'filler',
    from: ['scored', 'returned'],
    to: 'submitted',
    needsOpinion: false,
    guard: { holds: (row) => row.result !== null, refusal: () => evaluationError('evaluation-unscored') },
  },
  ...reviewRules,
  confirm: { label: '财政审核确认', role: 'finance', from: ['passed'], to: 'confirmed', needsOpinion: false },
};

export const selfEvaluationWorkflow: Workflow<EvaluationStatus, EvaluationAction, EvaluationSubject> = {
  rules: selfEvaluationRules,
  refusals: evaluationRefusals((action, status) => evaluationError('wrong-state', { status, action })),
};

/** The list of steps is the contract's (core/contracts), shared with the web. */
export { evaluationActions, type EvaluationAction };

/** Whether the unit may still edit (save or import) the self-evaluation. */
export const editable = (status: string) =>
  status === 'draft' || status === 'scored' || status === 'returned';

/** The actions the actor may take now, for the page's buttons. */
export function allowedEvaluationActions(
  actor: Actor,
  row: { status: string; orgId: string; result: unknown },
): string[] {
  const own = fillsFor(actor, row.orgId);
  const edit = own && editable(row.status) ? ['edit'] : [];
  return [...edit, ...allowedActions(selfEvaluationRules, { role: actor.role, ownUnit: own }, row)];
}

export async function transitionEvaluation(
  db: Db,
  actor: Actor,
  ip: string | null,
  id: string,
  action: EvaluationAction,
  input: { version: number; opinion: string | null },
) {
  const { opinion } = input;
  return db.transaction(async (tx) => {
    const row = await repo.findEvaluation(tx, actor.regionCode, id, true);
    if (!row || !canSee(actor, row)) throw evaluationError('evaluation-not-found');
    checkActor(selfEvaluationWorkflow, action, { role: actor.role, ownUnit: fillsFor(actor, row.orgId) });
    // A step decides on what the actor saw: if the unit changed the table since, they must look again.
    if (row.version !== input.version)
      throw evaluationError('stale-review', { current: row.version, yours: input.version });
    const rule = checkTransition(selfEvaluationWorkflow, action, row, opinion);
    const updated = await repo.updateEvaluation(tx, row.regionCode, id, row.version, { status: rule.to });
    if (!updated) throw evaluationError('stale-version');
    await recordTransition(tx, {
      regionCode: actor.regionCode,
      entity: 'self-evaluation',
      entityId: id,
      action,
      fromStatus: row.status,
      toStatus: rule.to,
      opinion,
      actorId: actor.id,
    });
    await appendAudit(
      tx,
      { actor, ip },
      {
        action: `self-evaluation-${action}`,
        entity: 'self-evaluation',
        entityId: id,
        before: { status: row.status, version: row.version },
        after: { status: rule.to, version: updated.version, opinion },
      },
    );
    return { status: rule.to, version: updated.version };
  });
}
