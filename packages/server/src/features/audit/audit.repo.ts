// The audit log: append-only (the database refuses UPDATE/DELETE); written in the same transaction
// as the change it records.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditContext {
  actor: Pick<Actor, 'id' | 'username'> | null;
  ip?: string | null;
}

export async function appendAudit(ex: Executor, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await ex.insert(auditLog).values({
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.username ?? 'system',
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: ctx.ip ?? null,
  });
}

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function listAudit(ex: Executor, q: AuditQuery) {
  const where: SQL[] = [];
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.beforeId) where.push(lt(auditLog.id, q.beforeId));
  return ex
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
}
