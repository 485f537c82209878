// A fresh, migrated database per test file: PGlite loaded from a migrated template (built once per
// migration history and cached in the temp folder), or, when DATABASE_URL is set, a new PostgreSQL database
// copied from a migrated template database (built once per migration history on that server).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { fromPglite, fromPostgres, migrationsFolder, type Database } from '../db/client.ts';
import { databaseUrl, dropDatabase, withAdmin } from './scratch-database.ts';

export type Driver = 'pglite' | 'postgres';

export function postgresUrl(): string | undefined {
  return loadConfig().databaseUrl;
}

/**
 * Where the storage itself is under test (locks and races, migrations, backups, the demo seed, the rate-limit
 * store, crash safety): every driver present — PGlite always, PostgreSQL when DATABASE_URL is set.
 */
export const storageDrivers: Driver[] = postgresUrl() ? ['pglite', 'postgres'] : ['pglite'];

/**
 * The features' API tests, which exercise the same SQL through the same Drizzle code on either driver: the
 * server the deployment would use — PostgreSQL when DATABASE_URL is set, else the embedded PGlite (which the
 * browser tests also run on). JIXIAO_TEST_DRIVERS=all runs them on both, e.g. after changing a query.
 */
export const drivers: Driver[] =
  process.env.JIXIAO_TEST_DRIVERS === 'all' ? storageDrivers : postgresUrl() ? ['postgres'] : ['pglite'];

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

/**
 * A PGlite data folder holding the migrated template, for a server process of a test to open: loading the
 * template took 2.4 CPU-seconds where migrating a new folder took 9.9.
 */
export async function migratedPgliteFolder(dataDir: string): Promise<void> {
  const client = await PGlite.create({ dataDir, loadDataDir: await pgliteTemplate() });
  await client.close();
}

/** Any number that no other part of the project takes as an advisory lock: the template's, on the admin database. */
const TEMPLATE_LOCK = 0x6a78_7470;

/** The migrated template database of this migration history, built by the first test file that needs it. */
async function postgresTemplate(admin: pg.Client, adminUrl: string): Promise<string> {
  const name = `jx_template_${migrationsHash()}`;
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return name;
    // Built under another name and renamed when complete: a crash half-way never leaves a broken template.
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building}`);
    const database = fromPostgres(databaseUrl(adminUrl, building), 2);
    try {
      await database.migrate();
    } finally {
      await database.close();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}

export async function createTestDatabase(driver: Driver): Promise<Database & { url?: string }> {
  if (driver === 'pglite') {
    const client = await PGlite.create({ loadDataDir: await pgliteTemplate() });
    return fromPglite(client);
  }
  const adminUrl = postgresUrl();
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `jx_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, async (admin) => {
    const template = await postgresTemplate(admin, adminUrl);
    // Copying a template needs it to have no other session, so copies are made one at a time.
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  const url = databaseUrl(adminUrl, name);
  const database = fromPostgres(url, 5);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}
