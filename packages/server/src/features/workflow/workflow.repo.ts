// SQL for transitions, review comments and approvals (批复).
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { approvals, reviewComments, transitions, users } from '../../db/schema.ts';

export async function insertTransition(ex: Executor, t: typeof transitions.$inferInsert) {
  const [row] = await ex.insert(transitions).values(t).returning();
  return row!;
}

export async function listTransitions(ex: Executor, formId: string) {
  return ex
    .select({
      id: transitions.id,
      action: transitions.action,
      fromStatus: transitions.fromStatus,
      toStatus: transitions.toStatus,
      version: transitions.version,
      opinion: transitions.opinion,
      grade: transitions.grade,
      createdAt: transitions.createdAt,
      actorId: transitions.actorId,
      actorName: users.displayName,
    })
    .from(transitions)
    .leftJoin(users, eq(users.id, transitions.actorId))
    .where(eq(transitions.formId, formId))
    .orderBy(asc(transitions.createdAt));
}

export async function insertComments(ex: Executor, rows: (typeof reviewComments.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return ex.insert(reviewComments).values(rows).returning();
}

export async function listComments(ex: Executor, formId: string, openOnly: boolean) {
  return ex
    .select()
    .from(reviewComments)
    .where(and(eq(reviewComments.formId, formId), openOnly ? isNull(reviewComments.resolvedAt) : undefined))
    .orderBy(asc(reviewComments.createdAt));
}

export async function resolveComment(ex: Executor, formId: string, commentId: string, userId: string) {
  const rows = await ex
    .update(reviewComments)
    .set({ resolvedAt: new Date(), resolvedBy: userId })
    .where(and(eq(reviewComments.id, commentId), eq(reviewComments.formId, formId)))
    .returning();
  return rows[0];
}

export async function insertApproval(ex: Executor, a: typeof approvals.$inferInsert) {
  const [row] = await ex.insert(approvals).values(a).returning();
  return row!;
}

export async function latestApproval(ex: Executor, formId: string) {
  const rows = await ex
    .select()
    .from(approvals)
    .where(eq(approvals.formId, formId))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  return rows[0];
}
