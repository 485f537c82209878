// The PostgreSQL pool as a deployment opens it: DATABASE_POOL_SIZE connections, kept through quiet spells
// (a backend opened anew pays for its first statements; pg closes an idle connection after 10 s).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { openDatabase, POOL_IDLE_MS, queryRows, type Database } from './client.ts';
import { postgresUrl } from '../test-support/test-database.ts';

const url = postgresUrl();

describe.skipIf(!url)('the PostgreSQL pool', () => {
  let database: Database | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await database?.close();
    database = undefined;
  });

  /** The backends that answered `n` statements sent at once, each holding its connection a moment. */
  const backends = async (db: Database, n: number) => {
    const answers = await Promise.all(
      Array.from({ length: n }, () =>
        queryRows<{ pid: number }>(db.db, sql`select pg_backend_pid() as pid, pg_sleep(0.05)`),
      ),
    );
    return new Set(answers.map((rows) => rows[0]!.pid));
  };

  it('opens no more connections than DATABASE_POOL_SIZE', async () => {
    const config = loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '3' });
    expect(config.databasePoolSize).toBe(3);
    database = await openDatabase(config);
    const pids = await backends(database, 9);
    expect(pids.size).toBeGreaterThan(0);
    expect(pids.size).toBeLessThanOrEqual(3);
  });

  it('keeps its connections through a quiet spell longer than pg’s default 10 s', async () => {
    database = await openDatabase({ databaseUrl: url, databasePoolSize: 3, dataDir: '' });
    // The pool's idle timers are the only timers faked: the statements themselves run for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = await backends(database, 3);
    await vi.advanceTimersByTimeAsync(11_000);
    const after = await backends(database, 3);
    expect([...after].every((pid) => before.has(pid))).toBe(true);
    // A quiet spell longer than the pool keeps them ends them: the next statements run on new backends.
    await vi.advanceTimersByTimeAsync(POOL_IDLE_MS + 1_000);
    const later = await backends(database, 3);
    expect([...later].some((pid) => before.has(pid))).toBe(false);
  });

  it('refuses a pool size that is not a positive whole number', () => {
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: 'many' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
