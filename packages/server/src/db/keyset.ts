// The one condition of every keyset page ordered `time desc nulls last, id asc`: the rows after a cursor.
// Written as a range on the time that the list's index seeks to, then the ties on the cursor's time broken
// by id, so a deep page costs what the first one costs (http/list-cursor.ts makes and reads the cursors).
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TimeIdCursor } from '../http/list-cursor.ts';

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
