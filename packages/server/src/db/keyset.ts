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
