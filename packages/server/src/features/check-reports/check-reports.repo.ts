// Storage of 检查报告: the batch with its running counts, each document as it is done (with its read text)
// and its findings. A batch is seen by finance of its organisation and of the organisations above it.
import { and, asc, desc, eq, inArray, like, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { pageCountColumn, prepareCount, type PageCount } from '../../db/count-capped.ts';
import { prepareSql, preparedFor } from '../../db/prepared.ts';
import { joinedAnswer, joinedPage, joinedRead, type JoinedRow } from '../../db/json-page.ts';
import { digitsOf, isoOf, jsonObjectText, jsonOf, quotedOf } from '../../db/json-text.ts';
import { afterPlaced, keptFirstPage, keysetPageRead } from '../../db/keyset.ts';
import type { TimeIdCursor } from '../../http/list-cursor.ts';
import type { Db } from '../../db/client.ts';
import {
  checkBatchCounts,
  checkBatchDocuments,
  checkBatchFindings,
  checkBatches,
  orgs,
  users,
} from '../../db/schema.ts';
import { isoTimestamp } from '../../db/timestamp-text.ts';
import type { Actor } from '../../http/access.ts';
import { severityCounts, type DocumentCheck } from '../../batch/document-check.ts';
import type { batchDocument, batchFinding, batchSummary } from '@jixiao/core/contracts';
import type { z } from 'zod';

type BatchSummary = z.output<typeof batchSummary>;
type BatchDocument = z.output<typeof batchDocument>;
type BatchFinding = z.output<typeof batchFinding>;

/** A running batch whose counts have not moved for this long was interrupted (its process stopped). */
export const STALE_AFTER_MS = 10 * 60_000;

export async function createBatch(
  db: Db,
  input: { regionCode: string; orgId: string; year: number; title: string; total: number; createdBy: string },
): Promise<string> {
  const [row] = await db
    .insert(checkBatches)
    .values({ ...input, status: 'running' })
    .returning({ id: checkBatches.id });
  return row!.id;
}

/** Stores one checked document and its findings, and moves the batch's counts, in one transaction. */
export async function recordDocument(
  db: Db,
  batch: { id: string; regionCode: string },
  ordinal: number,
  d: DocumentCheck,
): Promise<void> {
  const c = severityCounts(d.findings);
  await db.transaction(async (tx) => {
    const [doc] = await tx
      .insert(checkBatchDocuments)
      .values({
        regionCode: batch.regionCode,
        batchId: batch.id,
        ordinal,
        name: d.name,
        format: d.format,
        unit: d.unit,
        titles: d.titles,
        errorCode: d.error?.code ?? null,
        errorMessage: d.error?.message ?? null,
        errors: c.error,
        warnings: c.warning,
        infos: c.info,
        rows: d.rows ?? null,
      })
      .returning({ id: checkBatchDocuments.id });
    const rows = d.findings.map((f, i) => ({
      regionCode: batch.regionCode,
      batchId: batch.id,
      documentId: doc!.id,
      ordinal: i,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      path: f.path,
      form: f.form,
      place: f.place,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(checkBatchFindings).values(rows.slice(i, i + 500));
    await tx
      .update(checkBatches)
      .set({
        done: sql`${checkBatches.done} + 1`,
        failed: sql`${checkBatches.failed} + ${d.error ? 1 : 0}`,
        errors: sql`${checkBatches.errors} + ${c.error}`,
        warnings: sql`${checkBatches.warnings} + ${c.warning}`,
        infos: sql`${checkBatches.infos} + ${c.info}`,
        updatedAt: new Date(),
      })
      // The region routes the update to the batch's shard on Citus.
      .where(and(eq(checkBatches.regionCode, batch.regionCode), eq(checkBatches.id, batch.id)));
  });
}

export async function finishBatch(db: Db, id: string, status: 'done' | 'failed', at: Date): Promise<void> {
  await db.update(checkBatches).set({ status, finishedAt: at, updatedAt: at }).where(eq(checkBatches.id, id));
}

const summaryColumns = {
  id: checkBatches.id,
  year: checkBatches.year,
  title: checkBatches.title,
  status: checkBatches.status,
  total: checkBatches.total,
  done: checkBatches.done,
  failed: checkBatches.failed,
  errors: checkBatches.errors,
  warnings: checkBatches.warnings,
  infos: checkBatches.infos,
  orgName: orgs.name,
  createdBy: users.displayName,
  // ISO text, no Date a row (db/timestamp-text.ts): written to the answer as read; the last change is
  // parsed only for a batch still running (is it stale?).
  createdAt: isoTimestamp(checkBatches.createdAt),
  updatedAt: isoTimestamp(checkBatches.updatedAt),
  finishedAt: isoTimestamp(checkBatches.finishedAt),
};

const summaries = (db: Db) =>
  db
    .select(summaryColumns)
    .from(checkBatches)
    .innerJoin(orgs, eq(orgs.id, checkBatches.orgId))
    .leftJoin(users, eq(users.id, checkBatches.createdBy));
type SummaryRow = Awaited<ReturnType<typeof summaries>>[number];

function toSummary(r: SummaryRow, now: Date): BatchSummary {
  const stale = r.status === 'running' && now.getTime() - Date.parse(r.updatedAt) > STALE_AFTER_MS;
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    status: stale ? 'failed' : (r.status as BatchSummary['status']),
    total: r.total,
    done: r.done,
    failed: r.failed,
    counts: { error: r.errors, warning: r.warnings, info: r.infos },
    orgName: r.orgName,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt ?? null,
  };
}

/** Finance sees the batches of its organisation and of the organisations under it. */
const inRegion = (actor: Actor) => like(orgs.path, `${actor.orgPath}%`);

export interface BatchFilter {
  year: number;
  limit: number;
  /** The page after this position (keyset); the total is then not counted again. */
  after?: TimeIdCursor | undefined;
}

/**
 * A batch of the list as the answer writes it (batchSummary's fields in its order, as the route's compiled
 * serializer wrote `toSummary` of the row), written by the page's statement: no field a column read, no object made
 * and written again a row (docs/scale.md, h-deep38). A batch still running whose counts have not moved for
 * `STALE_AFTER_MS` before the request's time (`now`: its moment as ISO text) is `failed`, as `toSummary` says —
 * its last move compared in milliseconds, as the answer's ISO time holds it.
 */
function batchItemText(now: Placeholder): SQL<string> {
  const c = checkBatches;
  const stale = sql`${c.status} = 'running'
    and date_trunc('milliseconds', ${c.updatedAt}) < ${now}::timestamptz - ${sql.raw(`interval '${STALE_AFTER_MS} milliseconds'`)}`;
  return jsonObjectText([
    ['id', quotedOf(c.id, false)],
    ['year', digitsOf(c.year, false)],
    ['title', jsonOf(c.title, false)],
    // One of batchStatus's names (running, done, failed): quoted, nothing to escape.
    ['status', quotedOf(sql`case when ${stale} then 'failed' else ${c.status} end`, false)],
    ['total', digitsOf(c.total, false)],
    ['done', digitsOf(c.done, false)],
    ['failed', digitsOf(c.failed, false)],
    [
      'counts',
      jsonObjectText([
        ['error', digitsOf(c.errors, false)],
        ['warning', digitsOf(c.warnings, false)],
        ['info', digitsOf(c.infos, false)],
      ]),
    ],
    ['orgName', jsonOf(orgs.name, false)],
    ['createdBy', jsonOf(users.displayName, true)],
    ['createdAt', isoOf(c.createdAt)],
    ['finishedAt', sql`coalesce(${isoOf(c.finishedAt)}, 'null')`],
  ]);
}

/**
 * The page statement of one shape (first page or after a cursor; values as placeholders): each batch's item as
 * its JSON text (`batchItemText`), its id and time for the next page's cursor; joined into one row by the
 * statement around it (db/json-page.ts). The region is
 * tested on the organisation the page joins for its name (`orgs.path like`): as `org_id in (select …)` beside
 * that join, each batch's organisation was read twice — once by the join, probed by key for every row, once
 * by the sub-query, memoized — 153 of the 161 buffers of a deep page, ~20 % of its backend CPU (docs/scale.md).
 * The rows are the same (orgs.id is the key); a capped count (tests' shapes) still counts by `inRegionIds`.
 */
export function batchPageQuery(db: Db, counting: BatchCount) {
  const p = (name: string) => sql.placeholder(name);
  const cond = and(eq(checkBatches.year, p('year')), inRegionIds(db, p('regionPath')));
  const after = afterPlaced(checkBatches.createdAt, checkBatches.id, counting !== 'none');
  const page = db
    .select({
      item: batchItemText(p('now')).as('item'),
      id: checkBatches.id,
      at: sql`${checkBatches.createdAt}`.as('at'),
      matching: (counting === 'kept' ? keptBatches(p) : pageCountColumn(counting, checkBatches, cond)).as(
        'matching',
      ),
    })
    .from(checkBatches)
    .innerJoin(orgs, eq(orgs.id, checkBatches.orgId))
    .leftJoin(users, eq(users.id, checkBatches.createdBy))
    .where(and(eq(checkBatches.year, p('year')), like(orgs.path, p('regionPath')), after))
    // check_batches_year_created's order: read from the index, not sorted.
    .orderBy(sql`${checkBatches.createdAt} desc nulls last`, asc(checkBatches.id))
    .limit(p('limit'));
  return { page, cond };
}

/**
 * How a page of batches counts: `kept` (a first page), the year's batches of the region's organisations as
 * check_batch_counts keeps them (migration 0053) — a row an organisation that ran any, exact at any size; the
 * capped count read 1,001 batches (0.4 of the 0.6 ms of backend a first page took) and above it answered the
 * planner's estimate. `none` after a cursor; the other kinds are count-capped.ts's (kept for the shapes' tests).
 */
export type BatchCount = PageCount | 'kept';

/** The year's batches in the region (`regionPath`), summed from their organisations' kept counts. */
function keptBatches(p: (name: string) => Placeholder): SQL<number> {
  const c = checkBatchCounts;
  // A name of its own for `orgs`: the page joins it too.
  const o = sql.identifier('counted_orgs');
  return sql<number>`(select coalesce(sum(${c.batches}), 0)::int from ${c} join ${orgs} ${o} on ${o}.id = ${c.orgId}
    where ${c.year} = ${p('year')} and ${o}.path like ${p('regionPath')})`;
}

/** The statements of a page of batches of one shape (first page or after a cursor); values as placeholders. */
function batchPageStatements(db: Db, counting: BatchCount) {
  const { page, cond } = batchPageQuery(db, counting);
  // On the generic-plan pool (db/prepared.ts), planned once: the region's pattern (`like $n`) is read by no
  // index — each batch's organisation is probed by key and its path tested — so one plan serves every
  // pattern. On the main pool a page after a cursor was planned anew on every run (PostgreSQL's custom plan,
  // its cursor's values known, always looked cheaper than the generic one): 0.77 ms of backend a page
  // against 0.20 (docs/scale.md, twenty-sixth session).
  return {
    page: prepareSql<JoinedRow>(db, joinedPage(page, true), true),
    count: prepareCount(db, checkBatches, cond),
  };
}

/**
 * A page of the year's batches in the actor's region, newest first (prepared statements: db/prepared.ts): the page
 * joined into one row (its items' JSON) and its end, as the answer's bytes.
 */
export async function listBatches(db: Db, actor: Actor, f: BatchFilter, now: Date): Promise<Buffer> {
  const filter = { year: f.year, regionPath: `${actor.orgPath}%`, now: now.toISOString() };
  if (!f.after) {
    // A first page: its total as kept, exact (no estimate above a cap).
    const statements = preparedFor(db, 'check-batches.page kept', () => batchPageStatements(db, 'kept'));
    const { shown, end } = await keptFirstPage(statements.page, filter, f.limit, joinedRead);
    return joinedAnswer(shown, end);
  }
  const { shown, end } = await keysetPageRead(
    db,
    'check-batches.page',
    filter,
    f,
    (counting) => batchPageStatements(db, counting),
    joinedRead,
  );
  return joinedAnswer(shown, end);
}

/**
 * The year's batches still running in the actor's region (few at any time): the list page polls these
 * rather than re-reading its pages. One interrupted (not moved for long) is no longer running.
 */
export async function runningBatches(db: Db, actor: Actor, year: number, now: Date): Promise<BatchSummary[]> {
  const rows = await summaries(db)
    .where(and(eq(checkBatches.year, year), eq(checkBatches.status, 'running'), inRegion(actor)))
    .orderBy(desc(checkBatches.createdAt), asc(checkBatches.id));
  return rows.map((r) => toSummary(r, now)).filter((b) => b.status === 'running');
}

/** `inRegion` as the ids of the region's organisations: the page is then read in its index's order. */
const inRegionIds = (db: Db, pathPrefix: Placeholder) =>
  inArray(checkBatches.orgId, db.select({ id: orgs.id }).from(orgs).where(like(orgs.path, pathPrefix)));

export async function findBatch(db: Db, actor: Actor, id: string, now: Date): Promise<BatchSummary | null> {
  const [row] = await summaries(db).where(and(eq(checkBatches.id, id), inRegion(actor)));
  return row ? toSummary(row, now) : null;
}

const documentColumns = {
  id: checkBatchDocuments.id,
  ordinal: checkBatchDocuments.ordinal,
  name: checkBatchDocuments.name,
  format: checkBatchDocuments.format,
  unit: checkBatchDocuments.unit,
  titles: checkBatchDocuments.titles,
  errorCode: checkBatchDocuments.errorCode,
  errorMessage: checkBatchDocuments.errorMessage,
  errors: checkBatchDocuments.errors,
  warnings: checkBatchDocuments.warnings,
  infos: checkBatchDocuments.infos,
};

function toDocument(r: {
  id: string;
  ordinal: number;
  name: string;
  format: string | null;
  unit: string | null;
  titles: string[];
  errorCode: string | null;
  errorMessage: string | null;
  errors: number;
  warnings: number;
  infos: number;
}): BatchDocument {
  return {
    id: r.id,
    ordinal: r.ordinal,
    name: r.name,
    format: r.format,
    unit: r.unit,
    titles: r.titles,
    error: r.errorCode ? { code: r.errorCode, message: r.errorMessage ?? '' } : null,
    counts: { error: r.errors, warning: r.warnings, info: r.infos },
  };
}

export async function batchDocuments(db: Db, batchId: string): Promise<BatchDocument[]> {
  const rows = await db
    .select(documentColumns)
    .from(checkBatchDocuments)
    .where(eq(checkBatchDocuments.batchId, batchId))
    .orderBy(asc(checkBatchDocuments.ordinal));
  return rows.map(toDocument);
}

const findingColumns = {
  id: checkBatchFindings.id,
  documentId: checkBatchFindings.documentId,
  rule: checkBatchFindings.rule,
  severity: checkBatchFindings.severity,
  message: checkBatchFindings.message,
  path: checkBatchFindings.path,
  form: checkBatchFindings.form,
  place: checkBatchFindings.place,
};

export async function batchFindings(db: Db, batchId: string, documentId?: string): Promise<BatchFinding[]> {
  const rows = await db
    .select(findingColumns)
    .from(checkBatchFindings)
    .where(
      documentId
        ? and(eq(checkBatchFindings.batchId, batchId), eq(checkBatchFindings.documentId, documentId))
        : eq(checkBatchFindings.batchId, batchId),
    )
    .orderBy(asc(checkBatchFindings.documentId), asc(checkBatchFindings.ordinal));
  return rows.map((r) => ({ ...r, severity: r.severity as BatchFinding['severity'] }));
}

export async function documentWithRows(db: Db, batchId: string, documentId: string) {
  const [row] = await db
    .select({ ...documentColumns, rows: checkBatchDocuments.rows })
    .from(checkBatchDocuments)
    .where(and(eq(checkBatchDocuments.batchId, batchId), eq(checkBatchDocuments.id, documentId)));
  return row ? { ...toDocument(row), rows: row.rows ?? [] } : null;
}
