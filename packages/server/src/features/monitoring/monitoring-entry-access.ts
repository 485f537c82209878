// Who may write a monitoring entry: its own unit, while the round is open — checked once for every write.
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../http/access.ts';
import { evaluationError } from '../evaluation-common/evaluation.errors.ts';
import { canSee, fillsFor } from '../evaluation-common/evaluation-scope.ts';
import * as repo from './monitoring.repo.ts';

/**
 * The entry locked for a write by its own unit (save, submit, withdraw): 404 when the actor cannot see it,
 * 403 when it is another unit's, 409 when its round is closed.
 */
export async function lockOwnOpenEntry(tx: Executor, actor: Actor, id: string) {
  const row = await repo.findEntry(tx, actor.regionCode, id, true);
  if (!row || !canSee(actor, row)) throw evaluationError('entry-not-found');
  if (!fillsFor(actor, row.orgId)) throw evaluationError('not-your-unit');
  const round = await repo.findRound(tx, row.regionCode, row.roundId);
  if (!round) throw evaluationError('round-not-found');
  if (round.status !== 'open') throw evaluationError('round-closed');
  return { row, round };
}
