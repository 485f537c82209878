// A list's timestamps read as ISO text (no Date a row): the same text a Date's toISOString() writes, from
// what each driver hands over, and the prepared list rows carry it (the forms' page).
import { sql } from 'drizzle-orm';
import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.ts';
import { prepareBuilt } from './prepared.ts';
import { isoFromTimestampText, isoTimestamp } from './timestamp-text.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';

describe('isoFromTimestampText', () => {
  it("writes PostgreSQL's UTC text as toISOString does, milliseconds truncated", () => {
    for (const text of [
      '2025-03-01 12:34:56.789123+00',
      '2025-03-01 12:34:56.9999+00',
      '2025-03-01 12:34:56.7+00',
      '2025-03-01 12:34:56.78+00',
      '2025-03-01 12:34:56+00',
      '1999-12-31 23:59:59.999999+00',
    ])
      expect(isoFromTimestampText(text)).toBe(new Date(text).toISOString());
  });

  it('reads another time zone through a Date, as drizzle did', () => {
    expect(isoFromTimestampText('2025-03-01 20:34:56.789+08')).toBe('2025-03-01T12:34:56.789Z');
    expect(isoFromTimestampText('2025-03-01 07:04:56+05:30')).toBe('2025-03-01T01:34:56.000Z');
  });
});

const probe = pgTable('timestamp_text_probe', {
  id: uuid('id').primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }),
});

describe.each(storageDrivers)('isoTimestamp on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await database.db.execute(sql`create table timestamp_text_probe (id uuid primary key, at timestamptz)`);
    await database.db.execute(sql`insert into timestamp_text_probe values
      ('00000000-0000-4000-8000-000000000001', '2025-03-01 12:34:56.789123+00'),
      ('00000000-0000-4000-8000-000000000002', '2025-03-01 20:00:00+08'),
      ('00000000-0000-4000-8000-000000000003', null)`);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("reads a row's timestamp as the text its Date would be written as, null as null", async () => {
    const dates = await database.db.select({ id: probe.id, at: probe.at }).from(probe).orderBy(probe.id);
    const texts = await database.db
      .select({ id: probe.id, at: isoTimestamp(probe.at) })
      .from(probe)
      .orderBy(probe.id);
    expect(texts.map((r) => r.at)).toEqual(dates.map((r) => r.at?.toISOString() ?? null));
    expect(texts.map((r) => typeof r.at)).toEqual(['string', 'string', 'object']);
  });

  it('gives text through a prepared flat selection too (the list pages)', async () => {
    const page = prepareBuilt(
      database.db
        .select({ id: probe.id, at: isoTimestamp(probe.at) })
        .from(probe)
        .orderBy(probe.id)
        .limit(sql.placeholder('limit')),
    );
    const rows = await page.execute({ limit: 2 });
    expect(rows.map((r) => r.at)).toEqual(['2025-03-01T12:34:56.789Z', '2025-03-01T12:00:00.000Z']);
  });
});
