// The one condition of every keyset page ordered `time desc nulls last, id asc`: the rows after a cursor.
// Written as a range on the time that the list's index seeks to, then the ties on the cursor's time broken
// by id, so a deep page costs what the first one costs (http/list-cursor.ts makes and reads the cursors).
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TimeIdCursor } from '../http/list-cursor.ts';

export function afterTimeId(time: AnyPgColumn, id: AnyPgColumn, c: TimeIdCursor): SQL {
  const at = sql`${c.at}::timestamptz`;
  return sql`(${time} <= ${at} and (${time} < ${at} or ${id} > ${c.id}::uuid))`;
}
