// Listening on PostgreSQL survives a broken connection, and says so twice: when it breaks and once it
// listens again (what was announced in between was not heard, so whatever relies on it starts over).
import { describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { fromPostgres } from './client.ts';
import { postgresUrl } from '../test-support/test-database.ts';

const url = postgresUrl();

describe.skipIf(!url)('LISTEN on PostgreSQL', () => {
  it('reports the loss when the connection breaks and again once listening anew, then hears again', async () => {
    const database = fromPostgres(url!, 2);
    const channel = `jx_listen_test_${process.pid}`;
    const heard: string[] = [];
    let lost = 0;
    const stop = await database.listen(
      channel,
      (p) => heard.push(p),
      () => lost++,
    );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('select pg_notify($1, $2)', [channel, 'before']);
      await vi.waitFor(() => expect(heard).toEqual(['before']), { timeout: 10_000 });
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where query = $1 and pid <> pg_backend_pid()`,
        [`LISTEN ${pg.escapeIdentifier(channel)}`],
      );
      await vi.waitFor(() => expect(lost).toBe(2), { timeout: 15_000, interval: 50 });
      await admin.query('select pg_notify($1, $2)', [channel, 'after']);
      await vi.waitFor(() => expect(heard).toEqual(['before', 'after']), { timeout: 10_000 });
    } finally {
      await admin.end();
      await stop();
      await database.close();
    }
  }, 60_000);
});
