// How many rows a list's filter matches: counted exactly up to a cap (cheap: an index range), above it the
// planner's estimate, since counting a province's rows on every first page cost more than the page.
import { getTableName, is, sql, type SQL } from 'drizzle-orm';
import { PgDialect, PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from './client.ts';
import { estimateToUse, keepEstimate } from './estimate-memo.ts';
import { prepareSql, type Prepared, type Values } from './prepared.ts';

/** Lists count their total exactly up to this many rows, and give the planner's estimate above. */
export const EXACT_COUNT = 1000;

export interface CappedCount {
  total: number;
  /** The total is the planner's estimate, not a count. */
  estimated: boolean;
}

/** `from` is the table (or a join) the filter `cond` reads. */
export async function countCapped(
  ex: Executor,
  from: PgTable | SQL,
  cond: SQL | undefined,
): Promise<CappedCount> {
  const rows = await queryRows<{ n: string | number }>(ex, sql`select ${cappedCountColumn(from, cond)} as n`);
  return totalOfCount(ex, Number(rows[0]?.n ?? 0), from, cond);
}

/**
 * The capped count as a column of a page's own select: an uncorrelated subquery, which PostgreSQL computes
 * once for the statement. A list's first page then costs one statement, not two: at 50 connections each
 * statement's round trip (protocol, socket, a backend's wake-up) cost more CPU than the count itself.
 * A whole table (no filter) above the cap gives, in the same column, its estimate as the planner makes it
 * (`tableEstimate`), so that no `EXPLAIN` follows: any figure above `EXACT_COUNT + 1` is an estimate.
 * `withEstimate` false: the capped count alone (the filter's estimate is known: estimate-memo.ts).
 */
export function cappedCountColumn(
  from: PgTable | SQL,
  cond: SQL | undefined,
  withEstimate = true,
): SQL<number> {
  const where = cond ? sql`where ${cond}` : sql``;
  const capped = sql`(select count(*) from (select 1 from ${from} ${where} limit ${EXACT_COUNT + 1}) capped)`;
  if (!withEstimate) return sql<number>`${capped}`;
  const estimate = cond || !is(from, PgTable) ? filterEstimate(from, where) : tableEstimate(from);
  // `offset 0` keeps `c` a subquery of its own: pulled up, each reference to `c.n` became a copy of the
  // count, and the cap's test and the figure each read the capped rows (two counts on every first page).
  return sql<number>`(select case when c.n <= ${EXACT_COUNT} then c.n
    else greatest(c.n, coalesce(${estimate}, 0)) end from (select ${capped} as n offset 0) c)`;
}

/**
 * A filter's row estimate as `EXPLAIN` gives it, in the statement itself (`jixiao_plan_rows`, migration
 * 0033): the filter's text, its values as placeholders, is a constant of the statement; its values (the
 * statement's own placeholders, or values) are passed as text. Evaluated only above the cap (`case`).
 */
function filterEstimate(from: PgTable | SQL, where: SQL): SQL {
  const filter = new PgDialect().sqlToQuery(sql`select 1 from ${from} ${where}`);
  const text = sql.raw(`'${filter.sql.replace(/'/g, "''")}'`);
  const args = sql.join(
    filter.params.map((v) => sql`${v}::text`),
    sql`, `,
  );
  return sql`jixiao_plan_rows(${text}, array[${args}]::text[])`;
}

/**
 * A table's row estimate as the planner makes it for a scan of all of it: the rows per page of its last
 * ANALYZE times its pages now; null if never analysed (the caller then asks `EXPLAIN`). A table partitioned
 * by year (distribution.ts) holds no rows of its own: the sum over its partitions, those analysed. The oids as
 * an array, so that pg_class is read by its index (`oid = … or oid in (…)` scanned all of pg_class: 0.2 ms).
 */
export function tableEstimate(table: PgTable): SQL {
  const name = sql.raw(`'"${getTableName(table).replace(/"/g, '""')}"'`);
  return sql`(select round(sum(t.reltuples / t.relpages
      * (pg_relation_size(t.oid) / current_setting('block_size')::int)))
    from pg_class t where t.oid = any(array(select ${name}::regclass::oid
      union all select i.inhrelid from pg_inherits i where i.inhparent = ${name}::regclass))
      and t.reltuples >= 0 and t.relpages > 0)`;
}

/** A count above `EXACT_COUNT + 1` came with its estimate (`cappedCountColumn`): no `EXPLAIN` to ask. */
function estimatedAlready(n: number): boolean {
  return n > EXACT_COUNT + 1;
}

/** The total for a count made by `cappedCountColumn`: the count, or above the cap the planner's estimate. */
export async function totalOfCount(
  ex: Executor,
  n: number,
  from: PgTable | SQL,
  cond: SQL | undefined,
): Promise<CappedCount> {
  if (n <= EXACT_COUNT) return { total: n, estimated: false };
  if (estimatedAlready(n)) return { total: n, estimated: true };
  const where = cond ? sql`where ${cond}` : sql``;
  const plan = await queryRows<{ 'QUERY PLAN': unknown }>(
    ex,
    sql`explain (format json) select 1 from ${from} ${where}`,
  );
  return { total: Math.max(n, planRows(plan[0]?.['QUERY PLAN'])), estimated: true };
}

/** A list's count statements, prepared (prepared.ts): `cond`'s values are placeholders. */
export interface PreparedCount {
  /** The capped count on its own (an offset past the last row has no row to carry it). */
  count: Prepared<{ n: string | number }>;
  /** The planner's estimate of the matching rows. */
  estimate: Prepared<{ 'QUERY PLAN': unknown }>;
}

export function prepareCount(ex: Executor, from: PgTable | SQL, cond: SQL | undefined): PreparedCount {
  const where = cond ? sql`where ${cond}` : sql``;
  return {
    count: prepareSql(ex, sql`select ${cappedCountColumn(from, cond)} as n`),
    estimate: prepareSql(ex, sql`explain (format json) select 1 from ${from} ${where}`),
  };
}

/** `totalOfCount` with prepared statements: the count `n` (from a page or `count`), above the cap the estimate. */
export async function preparedTotal(
  pc: PreparedCount,
  n: number,
  values: Values,
  kept?: { ex: Executor; counting: PageCounting },
): Promise<CappedCount> {
  if (n <= EXACT_COUNT) return { total: n, estimated: false };
  const known = kept?.counting.known;
  if (known !== undefined) return { total: Math.max(n, known), estimated: true };
  let total = n;
  if (!estimatedAlready(n)) {
    const plan = await pc.estimate.execute(values);
    total = Math.max(n, planRows(plan[0]?.['QUERY PLAN']));
  }
  if (kept) keepEstimate(kept.ex, kept.counting.key, total);
  return { total, estimated: true };
}

/**
 * A keyset page from its prepared statements: the rows asked (`values.limit`, one more than `limit`, to know
 * whether a next page follows), those shown, and on a first page the total the rows carry in `matching`.
 */
export async function preparedPage<R extends { matching?: unknown }>(
  ex: Executor,
  statements: { page: { execute(values: Values): Promise<R[]> }; count: PreparedCount },
  values: Values,
  counting: PageCounting,
  limit: number,
): Promise<{ shown: R[]; more: boolean; count: CappedCount | undefined }> {
  const rows = await statements.page.execute(values);
  const more = rows.length > limit;
  const count = await pageCount(ex, statements.count, values, counting, {
    read: rows.length,
    more,
    matching: rows[0]?.matching,
  });
  return { shown: more ? rows.slice(0, limit) : rows, more, count };
}

/**
 * A page's total from what its statement read (`read` rows, up to one more than shown) and carried (`matching`,
 * the count of its first row): none after a cursor; the kept estimate or the rows read where the statement did
 * not count (`estimated`); else the count, above the cap the planner's estimate.
 */
export async function pageCount(
  ex: Executor,
  count: PreparedCount,
  values: Values,
  counting: PageCounting,
  page: { read: number; more: boolean; matching: unknown },
): Promise<CappedCount | undefined> {
  if (counting.kind === 'none') return undefined;
  if (counting.kind === 'estimated') return uncountedTotal(counting, 0, page.read, page.more)!;
  return preparedTotal(count, Number(page.matching ?? 0), values, { ex, counting });
}

/**
 * The total of a first page whose statement did not count (`estimated`): the kept estimate while more rows
 * follow; exact when the page holds the list's last row (the `skipped` rows before it and its own) or the list
 * is empty. None when a page past the end cannot tell (its caller counts).
 */
export function uncountedTotal(
  counting: PageCounting,
  skipped: number,
  rows: number,
  more: boolean,
): CappedCount | undefined {
  if (more) return { total: counting.known!, estimated: true };
  if (rows > 0 || skipped === 0) return { total: skipped + rows, estimated: false };
  return undefined;
}

/** The row estimate of an EXPLAIN (FORMAT JSON) answer (text or parsed, by driver). */
function planRows(plan: unknown): number {
  const parsed: unknown = typeof plan === 'string' ? JSON.parse(plan) : plan;
  if (!Array.isArray(parsed)) return 0;
  const top: unknown = parsed[0];
  if (typeof top !== 'object' || top === null || !('Plan' in top)) return 0;
  const node: unknown = top.Plan;
  if (typeof node !== 'object' || node === null || !('Plan Rows' in node)) return 0;
  return Math.round(Number(node['Plan Rows']) || 0);
}

/**
 * The count column of a page's select: the capped count on a first page, nothing on the pages a cursor asks
 * for (they do not count again).
 */
export function pageCountColumn(
  counting: PageCount | boolean,
  from: PgTable | SQL,
  cond: SQL | undefined,
): SQL<number | string | null> {
  const kind = counting === true ? 'estimate' : counting === false ? 'none' : counting;
  return kind === 'none' || kind === 'estimated'
    ? sql<null>`null`
    : cappedCountColumn(from, cond, kind === 'estimate');
}

/**
 * What a page's statement counts: nothing (a page after a cursor), the capped count with the filter's
 * estimate (`estimate`), the capped count alone when an estimate of the same filter is kept (`count`), or on a
 * first page nothing when the kept estimate is far above the cap (`estimated`: the total is that estimate).
 */
export type PageCount = 'none' | 'count' | 'estimate' | 'estimated';

/**
 * A kept estimate at least this high stands for the count too: the capped count read 1,001 index entries on
 * every first page of a large list, 0.2 of its statement's ~0.7 ms of backend CPU (docs/scale.md, h-lists32),
 * to learn what the estimate already says — that more than the cap match. An estimate is kept only after a
 * count above the cap (`preparedTotal`) and is made again, with its count, at least once a minute
 * (estimate-memo.ts): a total shown as an estimate when fewer than the cap match needs nine in ten of the
 * filter's rows gone within that minute.
 */
export const COUNT_SKIPPED_FROM = 10 * EXACT_COUNT;

/** The values that place a page, not its filter: the same filter's estimate whatever the page. */
const PAGE_POSITION = new Set(['limit', 'afterAt', 'afterId', 'skipped']);

export interface PageCounting {
  kind: PageCount;
  /** The filter as the memo knows it: the statement's shape and its values. */
  key: string;
  /** The kept estimate, when `kind` is `count`. */
  known?: number | undefined;
}

/**
 * How a list page of this shape and these values counts (see PageCount); `shape` names the list's statement
 * shape, and goes with the result's `kind` into the key its statements are prepared under. The estimate kept
 * for the filter is used even aged, but by one request at a time made again (estimate-memo.ts).
 */
export function pageCounting(
  ex: Executor,
  first: boolean,
  shape: string,
  values: Values,
  now = Date.now(),
): PageCounting {
  if (!first) return { kind: 'none', key: shape };
  const filter = Object.entries(values).filter(([name]) => !PAGE_POSITION.has(name));
  const key = `${shape} ${JSON.stringify(filter)}`;
  const use = estimateToUse(ex, key, now);
  if (use.remake || use.known === undefined) return { kind: 'estimate', key };
  return { kind: use.known >= COUNT_SKIPPED_FROM ? 'estimated' : 'count', key, known: use.known };
}

/** A page counting as `counting` says, but with its count made whatever the estimate (a search's gate needs it). */
export function countedAnyway(counting: PageCounting): PageCounting {
  return counting.kind === 'estimated' ? { ...counting, kind: 'count' } : counting;
}

/**
 * A first page's total from the count its rows carry (`pageCountColumn`); no rows: none match. `undefined`
 * for the pages a cursor asks for.
 */
export async function pageTotal(
  ex: Executor,
  counted: boolean,
  rows: readonly { matching: number | string | null }[],
  from: PgTable | SQL,
  cond: SQL | undefined,
): Promise<CappedCount | undefined> {
  if (!counted) return undefined;
  return totalOfCount(ex, Number(rows[0]?.matching ?? 0), from, cond);
}
