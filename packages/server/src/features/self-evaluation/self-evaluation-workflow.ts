// The review of a self-evaluation, as data in the manner of features/workflow: the unit submits it, the
// 主管部门 returns it with an opinion or passes it, finance confirms it (审核确认) or returns it. Only a
// confirmed self-evaluation feeds next year's history panel and the dashboard's scores. Each step is one
// transaction with its transition record (who, when, opinion) and audit entry.
import { evaluationActions, type EvaluationAction } from '@jixiao/core/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, Role } from '../../http/access.ts';
import { appendAudit } from '../audit/audit.repo.ts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { canSee, fillsFor } from '../evaluation-common/evaluation-scope.ts';
import { recordTransition } from '../evaluation-common/evaluation-transitions.ts';
import * as repo from './self-evaluation.repo.ts';

export type EvaluationStatus = 'draft' | 'scored' | 'submitted' | 'returned' | 'passed' | 'confirmed';

interface Rule {
  label: string;
  role: Role;
  from: readonly EvaluationStatus[];
  to: EvaluationStatus;
  needsOpinion: boolean;
}

export const evaluationRules = {
  submit: {
    label: '提交',
    role: 'filler',
    from: ['scored', 'returned'],
    to: 'submitted',
    needsOpinion: false,
  },
  'review-return': {
    label: '主管部门退回',
    role: 'reviewer',
    from: ['submitted'],
    to: 'returned',
    needsOpinion: true,
  },
  'review-pass': {
    label: '主管部门审核通过',
    role: 'reviewer',
    from: ['submitted'],
    to: 'passed',
    needsOpinion: false,
  },
  'finance-return': {
    label: '财政退回',
    role: 'finance',
    from: ['passed'],
    to: 'returned',
    needsOpinion: true,
  },
  confirm: { label: '财政审核确认', role: 'finance', from: ['passed'], to: 'confirmed', needsOpinion: false },
} as const satisfies Record<EvaluationAction, Rule>;

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
  const out: string[] = [];
  if (fillsFor(actor, row.orgId) && editable(row.status)) out.push('edit');
  for (const action of evaluationActions) {
    const rule: Rule = evaluationRules[action];
    if (rule.role !== actor.role || !rule.from.includes(row.status as EvaluationStatus)) continue;
    if (rule.role === 'filler' && !fillsFor(actor, row.orgId)) continue;
    if (action === 'submit' && row.result === null) continue;
    out.push(action);
  }
  return out;
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
  const rule: Rule = evaluationRules[action];
  return db.transaction(async (tx) => {
    const row = await repo.findEvaluation(tx, id, true);
    if (!row || !canSee(actor, row)) throw evaluationError('evaluation-not-found');
    if (rule.role === 'filler' && !fillsFor(actor, row.orgId)) throw evaluationError('not-your-unit');
    // A step decides on what the actor saw: if the unit changed the table since, they must look again.
    if (row.version !== input.version)
      throw evaluationError('stale-review', { current: row.version, yours: input.version });
    if (!rule.from.includes(row.status as EvaluationStatus))
      throw evaluationError('wrong-state', { status: row.status, action });
    if (action === 'submit' && row.result === null) throw evaluationError('evaluation-unscored');
    if (rule.needsOpinion && !opinion) throw evaluationError('opinion-required');
    const updated = await repo.updateEvaluation(tx, id, row.version, { status: rule.to });
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
