// A list's first page carries its total in its own statement (the capped count as a column): exact up to
// EXACT_COUNT, the planner's estimate above it, and the same figure as counting on its own.
import { sql } from 'drizzle-orm';
import { integer, PgDialect, pgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from './client.ts';
import {
  cappedCountColumn,
  COUNT_SKIPPED_FROM,
  countCapped,
  countedAnyway,
  EXACT_COUNT,
  pageCountColumn,
  pageCounting,
  pageTotal,
  prepareCount,
  preparedPage,
  preparedTotal,
  uncountedTotal,
  type PreparedCount,
} from './count-capped.ts';
import { ESTIMATE_KEEP_MS, keepEstimate, knownEstimate } from './estimate-memo.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';

const countProbe = pgTable('count_probe', { n: integer('n').notNull() });
const partitionedProbe = pgTable('count_probe_years', {
  n: integer('n').notNull(),
  year: integer('year').notNull(),
});

describe.each(storageDrivers)('capped count on %s', (driver) => {
  let database: Database;
  const table = sql.raw('count_probe');

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await database.db.execute(sql`create table count_probe (n int not null)`);
    await database.db.execute(
      sql`insert into count_probe select g from generate_series(1, ${EXACT_COUNT + 500}) g`,
    );
    await database.db.execute(sql`analyze count_probe`);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  /** A page of the probe table with its count column, as a list's first page selects it. */
  async function page(below: number) {
    const cond = sql`n <= ${below}`;
    const rows = await queryRows<{ n: number; matching: number | string }>(
      database.db,
      sql`select n, ${cappedCountColumn(table, cond)} as matching from count_probe where ${cond} order by n limit 5`,
    );
    return {
      rows,
      total: await pageTotal(database.db, true, rows, table, cond),
      alone: await countCapped(database.db, table, cond),
    };
  }

  it('counts exactly up to the cap, as counting on its own does', async () => {
    const { rows, total, alone } = await page(EXACT_COUNT - 1);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
    expect(total).toEqual({ total: EXACT_COUNT - 1, estimated: false });
    expect(alone).toEqual(total);
  });

  it('gives the planner estimate above the cap, never below the capped count', async () => {
    const { total, alone } = await page(EXACT_COUNT + 500);
    expect(total?.estimated).toBe(true);
    expect(total!.total).toBeGreaterThan(EXACT_COUNT);
    expect(alone).toEqual(total);
  });

  it('carries the estimate of a whole table above the cap in the page itself: no EXPLAIN after it', async () => {
    const rows = await queryRows<{ matching: number | string }>(
      database.db,
      sql`select ${cappedCountColumn(countProbe, undefined)} as matching`,
    );
    const n = Number(rows[0]?.matching);
    // The planner's figure for the whole table, which an EXPLAIN would have given.
    const plan = await queryRows<{ 'QUERY PLAN': unknown }>(
      database.db,
      sql`explain (format json) select 1 from count_probe`,
    );
    const parsed =
      typeof plan[0]!['QUERY PLAN'] === 'string'
        ? JSON.parse(plan[0]!['QUERY PLAN'] as string)
        : plan[0]!['QUERY PLAN'];
    expect(n).toBe(Number(parsed[0].Plan['Plan Rows']));
    expect(n).toBeGreaterThan(EXACT_COUNT + 1);
    // Taken as the estimate without a statement: a closed executor would throw if one were run.
    const refusing = new Proxy(database.db, {
      get: () => {
        throw new Error('a statement was run');
      },
    });
    expect(await pageTotal(refusing, true, rows, countProbe, undefined)).toEqual({
      total: n,
      estimated: true,
    });
  });

  it('carries the estimate of a whole table partitioned by year in the page too: its partitions’ rows', async () => {
    await database.db.execute(sql`create table count_probe_years (n int not null, year int not null)
      partition by list (year)`);
    await database.db.execute(
      sql`create table count_probe_years_y2025 partition of count_probe_years for values in (2025)`,
    );
    await database.db.execute(
      sql`create table count_probe_years_default partition of count_probe_years default`,
    );
    await database.db.execute(
      sql`insert into count_probe_years select g, case when g % 2 = 0 then 2025 else 0 end
        from generate_series(1, ${EXACT_COUNT + 500}) g`,
    );
    await database.db.execute(sql`analyze count_probe_years`);
    const rows = await queryRows<{ matching: number | string }>(
      database.db,
      sql`select ${cappedCountColumn(partitionedProbe, undefined)} as matching`,
    );
    const n = Number(rows[0]?.matching);
    // The parent holds no rows: its partitions' estimates summed, above the cap, so no EXPLAIN follows.
    expect(n).toBeGreaterThan(EXACT_COUNT + 1);
    expect(Math.abs(n - (EXACT_COUNT + 500))).toBeLessThan((EXACT_COUNT + 500) / 10);
  });

  it('carries a filter’s estimate above the cap in the page itself, as EXPLAIN gives it with the values', async () => {
    // Twelve values: $1 must not be put in for the start of $10, $11, $12.
    const excluded = Array.from({ length: 10 }, (_, i) => -1 - i);
    const cond = sql`n between ${0} and ${EXACT_COUNT + 400} and n not in (${sql.join(
      excluded.map((x) => sql`${x}`),
      sql`, `,
    )})`;
    const rows = await queryRows<{ matching: number | string }>(
      database.db,
      sql`select ${cappedCountColumn(table, cond)} as matching`,
    );
    const n = Number(rows[0]?.matching);
    const plan = await queryRows<{ 'QUERY PLAN': unknown }>(
      database.db,
      sql`explain (format json) select 1 from count_probe where ${cond}`,
    );
    const parsed =
      typeof plan[0]!['QUERY PLAN'] === 'string'
        ? JSON.parse(plan[0]!['QUERY PLAN'] as string)
        : plan[0]!['QUERY PLAN'];
    expect(n).toBe(Math.max(EXACT_COUNT + 1, Math.round(Number(parsed[0].Plan['Plan Rows']))));
    expect(n).toBeGreaterThan(EXACT_COUNT + 1);
    const refusing = new Proxy(database.db, {
      get: () => {
        throw new Error('a statement was run');
      },
    });
    expect(await pageTotal(refusing, true, rows, table, cond)).toEqual({ total: n, estimated: true });
    // Up to the cap the count is exact, and the estimate is not asked for.
    const below = await queryRows<{ matching: number | string }>(
      database.db,
      sql`select ${cappedCountColumn(table, sql`n <= ${7}`)} as matching`,
    );
    expect(Number(below[0]?.matching)).toBe(7);
  });

  it('counts the capped rows once a statement, above the cap as below', async () => {
    // The count is read twice (the cap's test and the figure): PostgreSQL pulled the subquery up and ran
    // one copy of the count for each reference, reading the capped rows twice on every first page.
    for (const below of [EXACT_COUNT - 1, EXACT_COUNT + 400]) {
      const plan = await queryRows<{ 'QUERY PLAN': unknown }>(
        database.db,
        sql`explain (analyze, format json) select ${cappedCountColumn(table, sql`n <= ${below}`)} as matching`,
      );
      const raw = plan[0]!['QUERY PLAN'];
      const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
      const scans: number[] = [];
      const walk = (node: { 'Relation Name'?: string; 'Actual Loops'?: number; Plans?: unknown[] }) => {
        if (node['Relation Name'] === 'count_probe') scans.push(node['Actual Loops'] ?? 0);
        for (const child of node.Plans ?? []) walk(child as typeof node);
      };
      walk((parsed as { Plan: Parameters<typeof walk>[0] }[])[0]!.Plan);
      expect(scans.filter((loops) => loops > 0)).toHaveLength(1);
    }
  });

  it('counts a whole table exactly up to the cap, whatever its estimate says', async () => {
    await database.db.execute(sql`create table count_small (n int not null)`);
    await database.db.execute(sql`insert into count_small select g from generate_series(1, 2000) g`);
    await database.db.execute(sql`analyze count_small`);
    await database.db.execute(sql`delete from count_small where n > 10`);
    const small = pgTable('count_small', { n: integer('n').notNull() });
    const rows = await queryRows<{ matching: number | string }>(
      database.db,
      sql`select ${cappedCountColumn(small, undefined)} as matching`,
    );
    expect(Number(rows[0]?.matching)).toBe(10);
  });

  it('has no total on a page a cursor asks for, and none matching on an empty first page', async () => {
    expect(await pageTotal(database.db, false, [], table, undefined)).toBeUndefined();
    expect(await pageTotal(database.db, true, [], table, sql`n < 0`)).toEqual({ total: 0, estimated: false });
  });

  it('keeps a filter’s estimate a while: the next first page of the same filter counts without planning it', async () => {
    const probe = pgTable('count_probe', { n: integer('n').notNull() });
    const cond = sql`n <= ${sql.placeholder('below')}`;
    const count = prepareCount(database.db, probe, cond);
    const values = { below: EXACT_COUNT + 400, limit: 51, afterAt: null, afterId: null };
    // The first time, the statement carries the estimate; the total is kept for the filter.
    const first = pageCounting(database.db, true, 'probe.page', values);
    expect(first.kind).toBe('estimate');
    const withEstimate = await queryRows<{ matching: number | string }>(
      database.db,
      sql`select ${cappedCountColumn(probe, sql`n <= ${EXACT_COUNT + 400}`, true)} as matching`,
    );
    const made = await preparedTotal(count, Number(withEstimate[0]!.matching), values, {
      ex: database.db,
      counting: first,
    });
    expect(made.estimated).toBe(true);
    // Another page of the same filter (another size, another position) knows it: the capped count alone,
    // and no statement after it.
    const again = pageCounting(database.db, true, 'probe.page', { ...values, limit: 201 });
    expect(again).toMatchObject({ kind: 'count', known: made.total });
    const countOnly = cappedCountColumn(probe, sql`n <= ${EXACT_COUNT + 400}`, false);
    const rows = await queryRows<{ matching: number | string }>(
      database.db,
      sql`select ${countOnly} as matching`,
    );
    expect(Number(rows[0]!.matching)).toBe(EXACT_COUNT + 1);
    const refusing = new Proxy(count, {
      get: () => {
        throw new Error('a statement was run');
      },
    });
    expect(
      await preparedTotal(refusing, EXACT_COUNT + 1, values, { ex: database.db, counting: again }),
    ).toEqual(made);
    // Below the cap the count is exact, whatever was kept (rows deleted since).
    expect(await preparedTotal(refusing, 7, values, { ex: database.db, counting: again })).toEqual({
      total: 7,
      estimated: false,
    });
    // Another filter, a page after a cursor, another database handle, or a minute later: not known.
    expect(pageCounting(database.db, true, 'probe.page', { ...values, below: 5 }).kind).toBe('estimate');
    expect(pageCounting(database.db, false, 'probe.page', values).kind).toBe('none');
    expect(pageCounting({} as typeof database.db, true, 'probe.page', values).kind).toBe('estimate');
    expect(knownEstimate(database.db, again.key, Date.now() + ESTIMATE_KEEP_MS + 1)).toBeUndefined();
  });

  it('leaves the estimate out of a count-only column: the filter is not planned again', async () => {
    const text = (withEstimate: boolean) =>
      new PgDialect().sqlToQuery(cappedCountColumn(table, sql`n <= ${1}`, withEstimate)).sql;
    expect(text(true)).toContain('jixiao_plan_rows');
    expect(text(false)).not.toContain('jixiao_plan_rows');
  });
});

describe('a first page of a list kept far above the cap', () => {
  const handle = {} as Database['db'];
  const values = { below: 1, limit: 51, afterAt: null, afterId: null };
  // Statements that fail when run: the page's own is the only one a first page may run.
  const refusing = new Proxy({} as PreparedCount, {
    get: () => {
      throw new Error('a count statement was run');
    },
  });
  const pageOf = (rows: number) => ({
    page: { execute: async () => Array.from({ length: rows }, (_, n) => ({ n, matching: null })) },
    count: refusing,
  });

  it('counts nothing: its total is the kept estimate while more rows follow', async () => {
    keepEstimate(handle, `far.page ${JSON.stringify([['below', 1]])}`, COUNT_SKIPPED_FROM + 5);
    const counting = pageCounting(handle, true, 'far.page', values);
    expect(counting).toMatchObject({ kind: 'estimated', known: COUNT_SKIPPED_FROM + 5 });
    // The statement carries no count.
    expect(new PgDialect().sqlToQuery(pageCountColumn(counting.kind, sql.raw('t'), undefined)).sql).toBe(
      'null',
    );
    const page = await preparedPage(handle, pageOf(51), values, counting, 50);
    expect(page.count).toEqual({ total: COUNT_SKIPPED_FROM + 5, estimated: true });
  });

  it('is exact when it holds the list’s last row, or the list is empty', async () => {
    const counting = { kind: 'estimated' as const, key: 'k', known: COUNT_SKIPPED_FROM };
    expect((await preparedPage(handle, pageOf(7), values, counting, 50)).count).toEqual({
      total: 7,
      estimated: false,
    });
    expect(uncountedTotal(counting, 0, 0, false)).toEqual({ total: 0, estimated: false });
    expect(uncountedTotal(counting, 100, 3, false)).toEqual({ total: 103, estimated: false });
    // A page past the end cannot tell: its caller counts.
    expect(uncountedTotal(counting, 100, 0, false)).toBeUndefined();
  });

  it('still counts below that, and where the count is needed whatever the estimate', () => {
    keepEstimate(handle, `near.page ${JSON.stringify([['below', 1]])}`, COUNT_SKIPPED_FROM - 1);
    expect(pageCounting(handle, true, 'near.page', values).kind).toBe('count');
    const far = { kind: 'estimated' as const, key: 'k', known: COUNT_SKIPPED_FROM };
    expect(countedAnyway(far).kind).toBe('count');
    expect(countedAnyway({ kind: 'none', key: 'k' }).kind).toBe('none');
  });
});
