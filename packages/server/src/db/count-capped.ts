// How many rows a list's filter matches: counted exactly up to a cap (cheap: an index range), above it the
// planner's estimate, since counting a province's rows on every first page cost more than the page.
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from './client.ts';

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
  const where = cond ? sql`where ${cond}` : sql``;
  const rows = await queryRows<{ n: string | number }>(
    ex,
    sql`select count(*) as n from (select 1 from ${from} ${where} limit ${EXACT_COUNT + 1}) capped`,
  );
  const n = Number(rows[0]?.n ?? 0);
  if (n <= EXACT_COUNT) return { total: n, estimated: false };
  const plan = await queryRows<{ 'QUERY PLAN': unknown }>(
    ex,
    sql`explain (format json) select 1 from ${from} ${where}`,
  );
  return { total: Math.max(n, planRows(plan[0]?.['QUERY PLAN'])), estimated: true };
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
