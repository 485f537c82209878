// The prepared list statements run on a pool whose sessions force generic plans (prepared.ts
// `usesGenericPlans`): each is planned once per connection, not on every run. On a database the bench's
// generator filled (a few thousand forms and, from them, every other list's rows), each list's first and
// deep pages are asked through the API; each statement sent on that pool is then explained as executed with
// its generic plan and with a plan made for its values. A generic plan is sound when it reads no table by a
// sequential scan the value-made plan does not, reads its page through an index, and reads only the year's
// partition where the year is a parameter (pruned as it runs). PostgreSQL only: PGlite has one connection
// and keeps its plans as before.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchForms } from '../../../../bench/province-data.ts';
import { listPaths, seedLists } from '../../../../bench/province-lists.ts';
import { copyForms } from '../features/forms/form-copy.ts';
import { encodeCursor } from '../http/list-cursor.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../test-support/test-app.ts';
import { postgresUrl } from '../test-support/test-database.ts';
import { databaseUrl } from '../test-support/scratch-database.ts';
import {
  captureGeneric,
  explainExecuted,
  scansOf,
  type Captured,
  type Explained,
} from '../test-support/generic-plans.ts';
import { queryRows } from './client.ts';
import { needsItsValues, prepareSql } from './prepared.ts';

const FORMS = 3000;
const YEAR = 2025;

describe('needsItsValues', () => {
  it('keeps value-made plans for a pattern given as a parameter, and only for it', () => {
    expect(needsItsValues('select 1 from orgs where "orgs"."path" like $3')).toBe(true);
    expect(needsItsValues('select 1 from forms where name ilike $1 or code = $2')).toBe(true);
    expect(needsItsValues("select 1 from forms where name like 'a%' and year = $1")).toBe(false);
    expect(needsItsValues('select 1 from forms where year = $1 limit $2')).toBe(false);
  });
});

describe.skipIf(!postgresUrl())('generic plans of the prepared list statements on postgres', () => {
  let ctx: TestContext;
  let url = '';
  const plans: { statement: Captured; generic: Explained; custom: Explained }[] = [];

  beforeAll(async () => {
    ctx = await createTestApp('postgres', { checkForm: () => [] });
    const { database } = ctx;
    const units = [ctx.orgs.unitA1, ctx.orgs.unitA2, ctx.orgs.unitB1];
    // The year opened first, as an administrator would: its partitions hold its rows.
    await database.db.execute(sql`insert into fiscal_years (year) values (${YEAR}) on conflict do nothing`);
    for (let start = 0; start < FORMS; start += 1000) {
      const items = batchForms(start, 1000, units, 15);
      await database.bulkCopy((copy, exec) => copyForms(copy, exec, TEST_REGION, items));
    }
    // Spread the forms' times (the generator writes one time for all): keyset pages are then what they are.
    await database.db.execute(
      sql`update forms set updated_at = now() - (abs(hashtext(id::text)) % 8640000) * interval '1 second'`,
    );
    const roundId = await seedLists(database, TEST_REGION, ctx.orgs.root, YEAR);
    await database.db.execute(sql`vacuum analyze`);
    const [here] = await queryRows<{ name: string }>(database.db, sql`select current_database() as name`);
    url = databaseUrl(postgresUrl()!, here!.name);
    const lists = await listPaths(database, roundId, YEAR);
    const [deepForm] = await queryRows<{ at: string; id: string }>(
      database.db,
      sql`select updated_at::text as at, id from forms order by updated_at desc, id offset 1000 limit 1`,
    );
    const finance = await ctx.as('finance');
    const admin = await ctx.as('admin');
    const asked: [string, typeof finance][] = [
      ['/api/forms?limit=50', finance],
      [`/api/forms?limit=200&year=${YEAR}`, finance],
      [`/api/forms?limit=50&cursor=${encodeCursor(deepForm!)}`, finance],
      ['/api/monitoring/rounds', finance],
      ...Object.entries(lists).flatMap(([name, l]) =>
        [l.first[0]!, l.deep[0]!].map((p): [string, typeof finance] => [
          p,
          name === 'audit' ? admin : finance,
        ]),
      ),
    ];
    const statements = await captureGeneric(async () => {
      for (const [path, session] of asked) {
        const res = await session.get(path);
        if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
      }
    });
    for (const statement of statements)
      plans.push({
        statement,
        generic: await explainExecuted(url, statement, 'force_generic_plan'),
        custom: await explainExecuted(url, statement, 'force_custom_plan'),
      });
  }, 600_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('every list page is one statement on the generic-plan pool, planned once', async () => {
    const tables = plans.map((p) => /from "(\w+)"/.exec(p.statement.text)?.[1]);
    // forms (first, the workbench's year, deep), rounds, self-evaluations, entries, budgets, check batches,
    // audit (first, deep).
    expect(plans.length).toBeGreaterThanOrEqual(12);
    for (const table of [
      'monitoring_rounds',
      'self_evaluations',
      'monitoring_entries',
      'budgets',
      'check_batches',
      'audit_log',
    ])
      expect(tables.filter((t) => t === table).length, table).toBeGreaterThanOrEqual(1);
    // Run again: the pool's connection kept generic plans for them, and made none for the values. (Read on
    // that pool: a prepared statement without a pattern; the pool hands out the connection last released.)
    const finance = await ctx.as('finance');
    for (let i = 0; i < 3; i++)
      expect((await finance.get(`/api/forms?limit=200&year=${YEAR}`)).statusCode).toBe(200);
    const kept = await prepareSql<{ generic: number; custom: number }>(
      ctx.database.db,
      sql`select coalesce(sum(generic_plans), 0)::int as generic, coalesce(sum(custom_plans), 0)::int as custom
          from pg_prepared_statements where name like 'jx%' and statement not like '%pg_prepared_statements%'`,
    ).execute({});
    expect(kept[0]!.generic).toBeGreaterThan(0);
    expect(kept[0]!.custom).toBe(0);
  });

  it("a list's estimate (a prepared EXPLAIN on that pool) is still the planner's for the values", async () => {
    // EXPLAIN plans its query with the values bound, whatever the session's plan_cache_mode.
    const estimate = prepareSql<{ 'QUERY PLAN': unknown }>(
      ctx.database.db,
      sql`explain (format json) select 1 from forms where year = ${sql.placeholder('year')}`,
    );
    const rows = async (year: number) => {
      const plan = (await estimate.execute({ year }))[0]!['QUERY PLAN'];
      const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [
        { Plan: { 'Plan Rows': number } },
      ];
      return parsed[0].Plan['Plan Rows'];
    };
    for (let i = 0; i < 6; i++) {
      expect(await rows(YEAR)).toBeGreaterThan(FORMS / 2);
      expect(await rows(1999)).toBeLessThan(10);
    }
  });

  it('no generic plan reads a table by a sequential scan that the plan made for its values does not', () => {
    for (const { statement, generic, custom } of plans) {
      const made = new Set(scansOf(custom.plan));
      const seq = scansOf(generic.plan).filter((s) => s.includes('Seq Scan') && !made.has(s));
      expect(seq, statement.text.slice(0, 200)).toEqual([]);
    }
  });

  it('every page of a table of thousands of rows is read through an index of it', async () => {
    const sizes = await queryRows<{ name: string; n: number }>(
      ctx.database.db,
      sql`select c.relname as name, c.reltuples::int as n
          from pg_class c where c.relkind in ('r', 'p') and c.relnamespace = 'public'::regnamespace`,
    );
    const rows = (table: string) =>
      sizes
        .filter((s) => s.name === table || s.name.startsWith(`${table}_y`))
        .reduce((n, s) => n + Math.max(0, s.n), 0);
    let checked = 0;
    for (const { statement, generic } of plans) {
      // The largest table the statement reads (a page's total may come first, from a kept row of its own).
      const table = [...statement.text.matchAll(/from "(\w+)"/g)]
        .map((m) => m[1]!)
        .sort((a, b) => rows(b) - rows(a))[0];
      if (!table || rows(table) < FORMS / 2) continue; // a small table is rightly read whole
      checked++;
      const indexed = scansOf(generic.plan).filter(
        (s) => s.startsWith(table) && /Index (Only )?Scan/.test(s),
      );
      expect(indexed.length, statement.text.slice(0, 200)).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('where the year is a parameter, only its partition is read (pruned as the statement runs)', () => {
    // A year given (forms, self-evaluations) or the round's, read in the statement (a round's entries); of
    // the tables partitioned by year (not the check batches, which are few).
    const byYear = plans.filter(
      (p) =>
        /"year" = (\$\d|\(select)/.test(p.statement.text) &&
        /from "(forms|self_evaluations|monitoring_entries)"/.test(p.statement.text),
    );
    expect(byYear.length).toBeGreaterThanOrEqual(3);
    for (const { statement, generic } of byYear) {
      const partitions = scansOf(generic.plan)
        .map((s) => s.split(':')[0]!)
        .filter((r) => /^(forms|self_evaluations|monitoring_entries)_/.test(r));
      expect(partitions.length, statement.text.slice(0, 200)).toBeGreaterThan(0);
      expect(
        partitions.filter((r) => !r.endsWith(`_y${YEAR}`)),
        statement.text.slice(0, 200),
      ).toEqual([]);
    }
  });
});
