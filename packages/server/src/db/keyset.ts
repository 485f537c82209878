// The one condition of every keyset page ordered `time desc nulls last, id asc`: the rows after a cursor.
// Written as a range on the time that the list's index seeks to, then the ties on the cursor's time broken
// by id, so a deep page costs what the first one costs (http/list-cursor.ts makes and reads the cursors); and
// the reading of such a page by its prepared statements, the same for every list.
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { pageEnd, pageOf, type TimeIdCursor } from '../http/list-cursor.ts';
import type { Executor } from './client.ts';
import { pageCount, pageCounting, type PageCount, type PreparedCount } from './count-capped.ts';
import { preparedFor, type Values } from './prepared.ts';

/**
 * The cursor's values, or placeholders for them in a prepared statement (db/prepared.ts), or the columns of
 * a row's read in the same statement (an offset page's last skipped row).
 */
type CursorValues = TimeIdCursor | { at: Placeholder | SQL; id: Placeholder | SQL };

export function afterTimeId(time: AnyPgColumn, id: AnyPgColumn, c: CursorValues): SQL {
  const at = sql`${c.at}::timestamptz`;
  return sql`(${time} <= ${at} and (${time} < ${at} or ${id} > ${c.id}::uuid))`;
}

/**
 * A prepared page's cursor condition on its placeholders `afterAt` and `afterId` (the names `keysetPage` gives
 * the cursor's values): none where the page is a first one, which has no cursor.
 */
export function afterPlaced(time: AnyPgColumn, id: AnyPgColumn, first: boolean): SQL | undefined {
  return first
    ? undefined
    : afterTimeId(time, id, { at: sql.placeholder('afterAt'), id: sql.placeholder('afterId') });
}

/** What a keyset page is asked for: the cursor it follows (none on a first page) and how many rows it shows. */
export interface PageAsk {
  after?: TimeIdCursor | undefined;
  limit: number;
}

/** A list's statements of one shape (what it counts): the page's, and its count's where it counts. */
export type PageStatements<R> = (counting: PageCount) => {
  page: { execute(values: Values): Promise<R[]> };
  count: PreparedCount;
};

/**
 * A keyset page read by its prepared statements: `filter`'s values with the page's place (the cursor, and one
 * row more than shown, to know whether a next page follows), counted on a first page (count-capped.ts's
 * `pageCounting`), the statements made once for each `shape` and what it counts (`statementsOf`, its values as
 * placeholders). Gives the rows shown and how the page ends (its total and next cursor).
 */
export async function keysetPage<R extends TimeIdCursor & { matching?: unknown }>(
  ex: Executor,
  shape: string,
  filter: Values,
  ask: PageAsk,
  statementsOf: PageStatements<R>,
) {
  return keysetPageRead(ex, shape, filter, ask, statementsOf, rowsRead);
}

/**
 * What a page statement's result says of its page: what it shows, how many rows it read (one more than shown
 * tells that more follow), the count its first page carried (`matching`) and the place of the last row shown.
 * `rowsRead` for a statement of rows; json-page.ts's `joinedRead` for one that joins its page into one row.
 */
export interface PageRead<S> {
  shown: S;
  read: number;
  more: boolean;
  matching: unknown;
  last: TimeIdCursor | undefined;
}

/** A statement of rows (one more asked than `limit`) read as a page. */
export function rowsRead<R extends TimeIdCursor & { matching?: unknown }>(
  rows: R[],
  limit: number,
): PageRead<R[]> {
  const { shown, more } = pageOf(rows, limit);
  return { shown, read: rows.length, more, matching: rows[0]?.matching, last: shown.at(-1) };
}

/** The values that place a page in `filter`'s rows: after its cursor, one row more than shown. */
function placed(filter: Values, ask: PageAsk): Values {
  return { ...filter, afterAt: ask.after?.at ?? null, afterId: ask.after?.id ?? null, limit: ask.limit + 1 };
}

/**
 * `keysetPage` for a page statement whose result is read by `read` (`rowsRead` for rows; a page joined into one
 * row: json-page.ts): the same values, counting and statements by shape; gives what `read` shows and how the
 * page ends.
 */
export async function keysetPageRead<R, S>(
  ex: Executor,
  shape: string,
  filter: Values,
  ask: PageAsk,
  statementsOf: PageStatements<R>,
  read: (rows: R[], limit: number) => PageRead<S>,
) {
  const values = placed(filter, ask);
  const counting = pageCounting(ex, !ask.after, shape, values);
  const statements = preparedFor(ex, `${shape} ${counting.kind}`, () => statementsOf(counting.kind));
  const page = read(await statements.page.execute(values), ask.limit);
  const count = await pageCount(ex, statements.count, values, counting, page);
  return { shown: page.shown, end: pageEnd(page.last ? [page.last] : [], page.more, count) };
}

/**
 * A first page whose total is kept by the database (a round's entries, the year's check batches: a row of
 * counts kept by a trigger, read by the page's own statement into `matching`): exact at any size, so never an
 * estimate and no count statement besides. `page` is the list's prepared statement of that shape, its result
 * read by `read` (`rowsRead` for rows).
 */
export async function keptFirstPage<R, S>(
  page: { execute(values: Values): Promise<R[]> },
  filter: Values,
  limit: number,
  read: (rows: R[], limit: number) => PageRead<S>,
) {
  const shown = read(await page.execute(placed(filter, { limit })), limit);
  const total = { total: Number(shown.matching ?? 0), estimated: false };
  return { shown: shown.shown, end: pageEnd(shown.last ? [shown.last] : [], shown.more, total) };
}

/**
 * The rows after a cursor, as two conditions each of which the list's index seeks to exactly: those tied
 * with the cursor's time after its id, and those older. Together the rows of `afterTimeId`, but read as two
 * ranges (a union of two ordered reads, `forms.repo.ts`): in one, the index seeks to the cursor's time only,
 * and every row tied with it before the cursor is fetched from the table and filtered out.
 */
export function tiedAfter(time: AnyPgColumn, id: AnyPgColumn, c: CursorValues): SQL {
  return sql`(${time} = ${c.at}::timestamptz and ${id} > ${c.id}::uuid)`;
}

/** The older rows than a cursor's (see `tiedAfter`). */
export function olderThan(time: AnyPgColumn, c: CursorValues): SQL {
  return sql`${time} < ${c.at}::timestamptz`;
}
