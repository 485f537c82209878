// The record of each workflow step of monitoring and self-evaluation (who, when, from → to, opinion), in the
// manner of features/workflow's transitions but for rounds, entries and self-evaluations.
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { evaluationTransitions, users } from '../../db/schema.ts';

export type TransitionEntity = 'monitoring-round' | 'monitoring-entry' | 'self-evaluation';

export async function recordTransition(
  ex: Executor,
  t: {
    /** The acting organisation's region (Actor.regionCode). */
    regionCode: string;
    entity: TransitionEntity;
    entityId: string;
    action: string;
    fromStatus: string;
    toStatus: string;
    opinion?: string | null;
    actorId: string | null;
  },
) {
  const [row] = await ex
    .insert(evaluationTransitions)
    .values({ ...t, opinion: t.opinion ?? null })
    .returning();
  return row!;
}

/** The steps of one round, entry or self-evaluation, oldest first, with the actor's name. */
export async function listTransitionsOf(ex: Executor, entity: TransitionEntity, entityId: string) {
  return ex
    .select({
      id: evaluationTransitions.id,
      action: evaluationTransitions.action,
      fromStatus: evaluationTransitions.fromStatus,
      toStatus: evaluationTransitions.toStatus,
      opinion: evaluationTransitions.opinion,
      createdAt: evaluationTransitions.createdAt,
      actorName: users.displayName,
    })
    .from(evaluationTransitions)
    .leftJoin(users, eq(users.id, evaluationTransitions.actorId))
    .where(and(eq(evaluationTransitions.entity, entity), eq(evaluationTransitions.entityId, entityId)))
    .orderBy(asc(evaluationTransitions.createdAt), asc(evaluationTransitions.id));
}
