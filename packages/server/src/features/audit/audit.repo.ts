// The audit log: append-only (the database refuses UPDATE/DELETE); written in the same transaction
// as the change it records.
import { and, desc, eq, getTableColumns, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog, orgs, users } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { encodeIdCursor } from '../../http/list-cursor.ts';
import { prepareBuilt, preparedFor } from '../../db/prepared.ts';
import { isoTimestamp } from '../../db/timestamp-text.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditContext {
  actor: (Pick<Actor, 'id' | 'username'> & Partial<Pick<Actor, 'regionCode'>>) | null;
  ip?: string | null;
  /** The region written to, when there is no signed-in actor (the command line, the demo seed). */
  regionCode?: string | null;
}

/**
 * The region an entry is filed under: the actor's; else (a sign-in, the command line) that of the account's
 * organisation, or of the root organisation (one region per deployment of a single database).
 */
function auditRegion(ctx: AuditContext): string | SQL {
  const known = ctx.actor?.regionCode ?? ctx.regionCode;
  if (known) return known;
  const root = sql`(select ${orgs.regionCode} from ${orgs} where ${orgs.parentId} is null order by ${orgs.createdAt} limit 1)`;
  if (!ctx.actor) return sql`coalesce(${root}, '000000')`;
  const own = sql`(select ${orgs.regionCode} from ${users} join ${orgs} on ${orgs.id} = ${users.orgId} where ${users.id} = ${ctx.actor.id})`;
  return sql`coalesce(${own}, ${root}, '000000')`;
}

export async function appendAudit(ex: Executor, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await ex.insert(auditLog).values({
    regionCode: auditRegion(ctx),
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

/**
 * A page of the region's log, newest first. The region leads the key (region_code, id): with it the page is
 * read backwards from the key's index; without it PostgreSQL read and sorted the whole log for every page.
 */
export async function listAudit(ex: Executor, regionCode: string, q: AuditQuery) {
  const has = { entity: !!q.entity, entityId: !!q.entityId, before: !!q.beforeId };
  const page = preparedFor(ex, `audit.page ${has.entity} ${has.entityId} ${has.before}`, () =>
    auditPage(ex, has),
  );
  const rows = await page.execute({
    regionCode,
    entity: q.entity ?? null,
    entityId: q.entityId ?? null,
    beforeId: q.beforeId ?? null,
    limit: q.limit + 1, // one more: whether there is a next page
  });
  const more = rows.length > q.limit;
  const items = more ? rows.slice(0, q.limit) : rows;
  return { items, nextCursor: more ? encodeIdCursor(items.at(-1)!.id) : null };
}

/**
 * What a page shows of an entry: every column, in the table's order, its time as ISO text made from the
 * driver's own (db/timestamp-text.ts) — the answer writes it as JSON.stringify wrote the Date drizzle made of
 * it, without the Date a row and its toISOString (the answer has no compiled serializer: before/after hold any
 * JSON).
 */
const auditPageColumns = { ...getTableColumns(auditLog), at: isoTimestamp(auditLog.at) };

/** The page statement of one shape (which filters are given), prepared: values are placeholders. */
function auditPage(ex: Executor, has: { entity: boolean; entityId: boolean; before: boolean }) {
  const p = (name: string) => sql.placeholder(name);
  const where: SQL[] = [eq(auditLog.regionCode, p('regionCode'))];
  if (has.entity) where.push(eq(auditLog.entity, p('entity')));
  if (has.entityId) where.push(eq(auditLog.entityId, p('entityId')));
  if (has.before) where.push(lt(auditLog.id, p('beforeId')));
  return prepareBuilt(
    ex
      .select(auditPageColumns)
      .from(auditLog)
      .where(and(...where))
      .orderBy(desc(auditLog.id))
      .limit(p('limit')),
  );
}
