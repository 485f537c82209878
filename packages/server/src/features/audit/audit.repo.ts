// The audit log: append-only (the database refuses UPDATE/DELETE); written in the same transaction
// as the change it records.
import { and, desc, eq, getTableColumns, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog, orgs, users } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { encodeIdCursor, pageOf } from '../../http/list-cursor.ts';
import { prepareBuilt, preparedFor, prepareSql } from '../../db/prepared.ts';
import { isoTimestamp } from '../../db/timestamp-text.ts';
import { joinedAnswer, joinedPage, type JoinedRow } from '../../db/json-page.ts';
import { digitsOf, isoOf, jsonbText, jsonObjectText, jsonOf, quotedOf } from '../../db/json-text.ts';

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
  const has = filtersOf(q);
  const page = preparedFor(ex, `audit.page ${shapeOf(has)}`, () => auditPage(ex, has));
  const rows = await page.execute(valuesOf(regionCode, q));
  const { shown, more } = pageOf(rows, q.limit);
  return { items: shown, nextCursor: more ? encodeIdCursor(shown.at(-1)!.id) : null };
}

/**
 * The page as the JSON bytes the route sends: each entry written by the statement (`auditJsonColumns`), the page
 * joined into one row (db/json-page.ts) — the JSON of `listAudit`'s page: the same bytes but inside `before` and
 * `after`, which are jsonb's own text (`jsonbText`) and parse to the same values (audit-json.test.ts).
 */
export async function listAuditJson(ex: Executor, regionCode: string, q: AuditQuery): Promise<Buffer> {
  const has = filtersOf(q);
  const page = preparedFor(ex, `audit.json ${shapeOf(has)}`, () =>
    prepareSql<JoinedRow>(ex, joinedPage(auditJsonPage(ex, has), false)),
  );
  const [row] = await page.execute(valuesOf(regionCode, q));
  const more = row!.rows > q.limit;
  return joinedAnswer(row!, { nextCursor: more ? encodeIdCursor(Number(row!.id)) : null });
}

/** Which filters a page has: its statement's shape. */
function filtersOf(q: AuditQuery) {
  return { entity: !!q.entity, entityId: !!q.entityId, before: !!q.beforeId };
}
type Filters = ReturnType<typeof filtersOf>;
const shapeOf = (has: Filters) => `${has.entity} ${has.entityId} ${has.before}`;

/** A page's values: one row more than shown, to tell whether a next page follows. */
function valuesOf(regionCode: string, q: AuditQuery) {
  return {
    regionCode,
    entity: q.entity ?? null,
    entityId: q.entityId ?? null,
    beforeId: q.beforeId ?? null,
    limit: q.limit + 1,
  };
}

/**
 * What a page shows of an entry: every column, in the table's order, its time as ISO text made from the
 * driver's own (db/timestamp-text.ts) — the answer writes it as JSON.stringify wrote the Date drizzle made of
 * it, without the Date a row and its toISOString (the answer has no compiled serializer: before/after hold any
 * JSON).
 */
const auditPageColumns = { ...getTableColumns(auditLog), at: isoTimestamp(auditLog.at) };

/**
 * The same entry as the JSON text of the answer's item, written by the page's statement (db/json-text.ts): no
 * field a column for the driver to decode, no `before`/`after` parsed into objects to be written again (their
 * collections were a quarter of a page's server CPU: docs/scale.md, h-tails34).
 */
const a = auditLog;
const auditJsonColumns = {
  item: sql<string | null>`${jsonObjectText([
    ['regionCode', jsonOf(a.regionCode, false)],
    ['id', digitsOf(a.id, false)],
    ['at', isoOf(a.at)],
    ['actorId', quotedOf(a.actorId, true)],
    ['actorName', jsonOf(a.actorName, true)],
    ['action', jsonOf(a.action, false)],
    ['entity', jsonOf(a.entity, false)],
    ['entityId', jsonOf(a.entityId, true)],
    ['before', jsonbText(a.before)],
    ['after', jsonbText(a.after)],
    ['ip', jsonOf(a.ip, true)],
  ])}`.as('item'),
  id: a.id,
};

/** A page's condition of one shape (which filters are given), its values placeholders. */
function whereOf(has: Filters): SQL | undefined {
  const p = (name: string) => sql.placeholder(name);
  const where: SQL[] = [eq(auditLog.regionCode, p('regionCode'))];
  if (has.entity) where.push(eq(auditLog.entity, p('entity')));
  if (has.entityId) where.push(eq(auditLog.entityId, p('entityId')));
  if (has.before) where.push(lt(auditLog.id, p('beforeId')));
  return and(...where);
}

/** The page statement of one shape, prepared: the entries as fields. */
function auditPage(ex: Executor, has: Filters) {
  return prepareBuilt(
    ex
      .select(auditPageColumns)
      .from(auditLog)
      .where(whereOf(has))
      .orderBy(desc(auditLog.id))
      .limit(sql.placeholder('limit')),
  );
}

/**
 * The page statement of one shape: the entries as their JSON text, named for the statement that joins them
 * (db/json-page.ts); no count (`matching` null).
 */
function auditJsonPage(ex: Executor, has: Filters) {
  return ex
    .select({ ...auditJsonColumns, matching: sql`null`.as('matching') })
    .from(auditLog)
    .where(whereOf(has))
    .orderBy(desc(auditLog.id))
    .limit(sql.placeholder('limit'));
}
