// Joins onto a tenant table by its whole primary key (region_code, id). Since migration 0021 the key
// leads with region_code: a join on `id` alone cannot use it, and PostgreSQL hashed or scanned the
// whole table (every form of the province) for each request. The joining row always carries its own
// region_code (a child is in its parent's region, distribution.test.ts), so the join can name both.
import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** `target` is the row pointed at (its region_code and id), `regionCode`/`id` the pointing columns. */
export function onKey(
  target: { regionCode: AnyPgColumn; id: AnyPgColumn },
  regionCode: AnyPgColumn,
  id: AnyPgColumn,
): SQL {
  return and(eq(target.regionCode, regionCode), eq(target.id, id))!;
}
