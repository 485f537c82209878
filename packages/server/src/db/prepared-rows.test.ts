// A prepared flat selection's rows are mapped by flatRowMapper: the same objects drizzle's own mapper makes
// (keys in the selection's order, timestamps as Dates, custom SQL decoders applied, nulls kept).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { forms, orgs } from './schema.ts';
import { flatRowMapper, prepareBuilt } from './prepared.ts';
import type { Database, Db } from './client.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';

describe.each(storageDrivers)('flat prepared rows on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await database.db.execute(
      sql`insert into orgs (name, kind, path, code, region_code) values
        ('乙单位', 'unit', '/b/', null, '420100'), ('甲单位', 'unit', '/a/', '001', '420100')`,
    );
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  const selection = (db: Db) =>
    db
      .select({
        name: orgs.name,
        createdAt: orgs.createdAt,
        code: orgs.code,
        // A decoder of its own: drizzle applies it, so must the mapper.
        doubled: sql<number>`1`.mapWith((v) => Number(v) * 2),
        at: sql<string>`${orgs.createdAt}::text`.as('at'),
      })
      .from(orgs)
      .orderBy(orgs.name);

  it('equals what drizzle maps, for every row', async () => {
    const db = database.db;
    const expected = await selection(db);
    expect(expected.length).toBeGreaterThan(0);
    const prepared = prepareBuilt(selection(db));
    // The flat mapper is the one in use (drizzle calls it instead of its own).
    expect((prepared as unknown as { customResultMapper?: unknown }).customResultMapper).toBeTypeOf(
      'function',
    );
    const rows = await prepared.execute();
    expect(rows).toEqual(expected);
    expect(Object.keys(rows[0]!)).toEqual(['name', 'createdAt', 'code', 'doubled', 'at']);
    expect(rows[0]!.createdAt).toBeInstanceOf(Date);
    expect(rows[0]!.doubled).toBe(2);
    expect(rows.some((r) => r.code === null)).toBe(true);
  });

  it('looks each decoder up once, not once a row', () => {
    // A decoder reached through a getter, as a subquery's column is through drizzle's alias proxy.
    let lookups = 0;
    const decoder = {
      get mapFromDriverValue() {
        lookups++;
        return (v: unknown) => `<${String(v)}>`;
      },
    };
    const map = flatRowMapper([
      { path: ['id'], field: orgs.id },
      { path: ['tagged'], field: sql`1`.mapWith(decoder) },
    ])!;
    const rows = map(Array.from({ length: 50 }, (_, i) => [`id${i}`, i === 3 ? null : i]));
    expect(rows[0]).toEqual({ id: 'id0', tagged: '<0>' });
    expect(rows[3]).toEqual({ id: 'id3', tagged: null });
    expect(lookups).toBe(1);
  });

  it('writes any key as a field, never as code', () => {
    const map = flatRowMapper([
      { path: ['a"b\\c'], field: orgs.id },
      { path: ['x}); throw 1; ({'], field: orgs.name },
    ])!;
    expect(map([['1', '2']])).toEqual([{ 'a"b\\c': '1', 'x}); throw 1; ({': '2' }]);
    // `__proto__` would set the prototype in an object literal: such a selection is drizzle's to map.
    expect(flatRowMapper([{ path: ['__proto__'], field: orgs.id }])).toBeUndefined();
  });

  it('leaves a nested selection to drizzle', () => {
    expect(
      flatRowMapper([
        { path: ['form', 'id'], field: forms.id },
        { path: ['orgName'], field: orgs.name },
      ]),
    ).toBeUndefined();
  });
});
