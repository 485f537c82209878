// Prepared statements (values as placeholders, named by their text) and independent reads run together
// on the pool but one after another in a transaction — on each driver present.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTogether, type Database } from './client.ts';
import { prepareSql, preparedFor, statementName } from './prepared.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';

describe('statementName', () => {
  it('is the same for the same text, differs for another, and fits a PostgreSQL name', () => {
    const a = statementName('select 1');
    expect(statementName('select 1')).toBe(a);
    expect(statementName('select 2')).not.toBe(a);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(63);
  });
});

describe.each(storageDrivers)('prepared statements on %s', (driver) => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await database.db.execute(sql`create table prepared_probe (n int not null, label text not null)`);
    await database.db.execute(
      sql`insert into prepared_probe select g, 'row ' || g from generate_series(1, 30) g`,
    );
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  const probe = () =>
    prepareSql<{ n: number; label: string }>(
      database.db,
      sql`select n, label from prepared_probe where n > ${sql.placeholder('above')} and n <= ${sql.placeholder('upTo')} order by n`,
    );

  it('runs one statement with new values each time, on every pooled connection', async () => {
    const q = probe();
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => q.execute({ above: i, upTo: i + 2 })),
    );
    runs.forEach((rows, i) => expect(rows.map((r) => r.n)).toEqual([i + 1, i + 2]));
    // The same text prepared again (another handle's build) shares the name without conflict.
    expect((await probe().execute({ above: 28, upTo: 40 })).map((r) => r.label)).toEqual([
      'row 29',
      'row 30',
    ]);
  });

  it('takes a list of any length as one array parameter: one statement text', async () => {
    const q = prepareSql<{ n: number }>(
      database.db,
      sql`select n from prepared_probe where label = any(${sql.placeholder('labels')}::text[]) order by n`,
    );
    expect((await q.execute({ labels: ['row 3', 'row 1'] })).map((r) => r.n)).toEqual([1, 3]);
    expect((await q.execute({ labels: ['row 2', 'row 30', 'none'] })).map((r) => r.n)).toEqual([2, 30]);
    expect(await q.execute({ labels: [] })).toEqual([]);
  });

  it('runs inside a transaction, and sees the transaction’s own writes', async () => {
    const seen = await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into prepared_probe values (31, 'row 31')`);
        const q = prepareSql<{ n: number }>(
          tx,
          sql`select n from prepared_probe where n > ${sql.placeholder('above')} order by n`,
        );
        const rows = await q.execute({ above: 29 });
        tx.rollback();
        return rows;
      })
      .catch((e: unknown) =>
        e instanceof Error && e.message === 'Rollback' ? undefined : Promise.reject(e),
      );
    expect(seen).toBeUndefined(); // rolled back after reading
    const after = await prepareSql<{ n: number }>(
      database.db,
      sql`select n from prepared_probe where n > ${sql.placeholder('above')} order by n`,
    ).execute({ above: 29 });
    expect(after.map((r) => r.n)).toEqual([30]);
  });

  it('builds a shape once per handle; a transaction builds its own', async () => {
    let built = 0;
    const make = () => ({ built: ++built });
    const first = preparedFor(database.db, 'probe shape', make);
    expect(preparedFor(database.db, 'probe shape', make)).toBe(first);
    expect(preparedFor(database.db, 'another shape', make)).not.toBe(first);
    await database.db.transaction(async (tx) => {
      expect(preparedFor(tx, 'probe shape', make)).not.toBe(first);
    });
    expect(built).toBe(3);
  });

  /** Two reads that log when they start and end, the first slower. */
  function loggedReads(ex: Parameters<typeof readTogether>[0], log: string[]) {
    const read = (name: string, ms: number) => async () => {
      log.push(`${name} starts`);
      await ex.execute(sql`select pg_sleep(${ms / 1000})`);
      log.push(`${name} ends`);
      return name;
    };
    return [read('a', 50), read('b', 0)] as const;
  }

  it('reads together on the pool, one after another in a transaction', async () => {
    const log: string[] = [];
    expect(await readTogether(database.db, loggedReads(database.db, log))).toEqual(['a', 'b']);
    expect(log.slice(0, 2)).toEqual(['a starts', 'b starts']);
    const inTx: string[] = [];
    const got = await database.db.transaction((tx) => readTogether(tx, loggedReads(tx, inTx)));
    expect(got).toEqual(['a', 'b']);
    expect(inTx).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });
});
