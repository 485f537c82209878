import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createScratchDatabase, databaseUrl, withAdmin } from './scratch-database.ts';
import { postgresUrl } from './test-database.ts';

describe('databaseUrl', () => {
  it('names another database on the same server, as the same user, with the same options', () => {
    expect(databaseUrl('postgres://jx:secret@db.example:5433/postgres?sslmode=require', 'jx_bench_1')).toBe(
      'postgres://jx:secret@db.example:5433/jx_bench_1?sslmode=require',
    );
    expect(databaseUrl('postgresql://127.0.0.1/', 'jx_x')).toBe('postgresql://127.0.0.1/jx_x');
  });
});

describe.skipIf(!postgresUrl())('a scratch database on postgres', () => {
  const exists = (name: string) =>
    withAdmin(postgresUrl()!, async (a) => {
      const r = await a.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      return r.rowCount === 1;
    });
  const fresh = () => `jx_scratch_${process.pid}_${randomBytes(4).toString('hex')}`;

  it('is created empty beside the server’s database, reached by its url, and dropped with its sessions', async () => {
    const name = fresh();
    const scratch = await createScratchDatabase(postgresUrl()!, name);
    expect(await exists(name)).toBe(true);
    // A session still open on it does not hold the drop back.
    const open = new pg.Client({ connectionString: scratch.url });
    open.on('error', () => undefined); // its connection ended by the drop
    await open.connect();
    expect((await open.query('SELECT current_database() AS name')).rows[0].name).toBe(name);
    await scratch.drop();
    await open.end().catch(() => undefined);
    expect(await exists(name)).toBe(false);
  });

  it('is left in place when kept', async () => {
    const name = fresh();
    const scratch = await createScratchDatabase(postgresUrl()!, name, { keep: true });
    await scratch.drop();
    expect(await exists(name)).toBe(true);
    await withAdmin(postgresUrl()!, (a) => a.query(`DROP DATABASE ${name}`));
  });
});
