// A fresh, migrated database per test file: PGlite loaded from a migrated template (built once per
// migration history and cached in the temp folder), or a new PostgreSQL database when DATABASE_URL is set.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { fromPglite, fromPostgres, migrationsFolder, type Database } from '../db/client.ts';

export type Driver = 'pglite' | 'postgres';

export function postgresUrl(): string | undefined {
  return loadConfig().databaseUrl;
}

/** The drivers the API tests run on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const drivers: Driver[] = postgresUrl() ? ['pglite', 'postgres'] : ['pglite'];

function migrationsHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsFolder).sort())
    if (f.endsWith('.sql')) h.update(f).update(readFileSync(join(migrationsFolder, f)));
  h.update(readFileSync(join(migrationsFolder, 'meta', '_journal.json')));
  return h.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<Blob> {
  const path = join(tmpdir(), `jixiao-pglite-template-${migrationsHash()}.tar.gz`);
  if (!existsSync(path)) {
    const client = await PGlite.create();
    const db = fromPglite(client);
    await db.migrate();
    const dump = await client.dumpDataDir('gzip');
    await client.close();
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, new Uint8Array(await dump.arrayBuffer()));
    renameSync(tmp, path); // atomic: parallel test files never read a half-written template
  }
  return new Blob([readFileSync(path)]);
}

export async function createTestDatabase(driver: Driver): Promise<Database & { url?: string }> {
  if (driver === 'pglite') {
    const client = await PGlite.create({ loadDataDir: await pgliteTemplate() });
    return fromPglite(client);
  }
  const adminUrl = postgresUrl();
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `jx_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = fromPostgres(url.toString(), 5);
  await database.migrate();
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
