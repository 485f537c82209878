// Migrations that change how data is held keep the data: a database migrated up to just before one, holding
// the cases it must carry over, is migrated to the end and checked. Publications: one published and one
// merely generated disclosure give exactly one publication (version 1) and both drafts. One round per period:
// two rounds already opened for one period are both kept, the later marked as a duplicate of the earlier.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from './client.ts';
import { storageDrivers, postgresUrl } from '../test-support/test-database.ts';

interface Engine {
  query(text: string): Promise<Record<string, unknown>[]>;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

async function openEngine(driver: 'pglite' | 'postgres'): Promise<Engine> {
  if (driver === 'pglite') {
    const client = await PGlite.create();
    return {
      query: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
      migrate: (folder) => migratePglite(drizzlePglite(client), { migrationsFolder: folder }),
      close: () => client.close(),
    };
  }
  const adminUrl = postgresUrl()!;
  const name = `jx_mig_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined); // a connection ended by DROP DATABASE … WITH (FORCE)
  return {
    query: async (text) => (await pool.query(text)).rows as Record<string, unknown>[],
    migrate: (folder) => migratePg(drizzlePg(pool), { migrationsFolder: folder }),
    close: async () => {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A copy of the migrations folder whose journal stops just before the publications migration. */
function migrationsBefore(tag: string, dir: string): string {
  const folder = join(dir, 'drizzle');
  mkdirSync(dir, { recursive: true });
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe.each(storageDrivers)('migrations keep the data on %s', (driver) => {
  const dir = mkdtempSync(join(tmpdir(), 'jx-mig-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns each published disclosure into publication version 1 and keeps every draft', async () => {
    const db = await openEngine(driver);
    try {
      await db.migrate(migrationsBefore('_budget_publications', dir));
      await db.query(`INSERT INTO orgs (id, name, kind, path) VALUES
        ('00000000-0000-4000-8000-000000000001', '部门甲', 'department', '/1/'),
        ('00000000-0000-4000-8000-000000000002', '部门乙', 'department', '/2/')`);
      await db.query(`INSERT INTO budgets (id, org_id, year, department, version) VALUES
        ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000001', 2025, '部门甲', 3),
        ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-000000000002', 2025, '部门乙', 1)`);
      await db.query(`INSERT INTO budget_disclosures (budget_id, org_id, year, status, content, findings, budget_version, published_at) VALUES
        ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-000000000001', 2025, 'published', '{"disclosure":{"title":"甲公开"}}', '[]', 3, '2025-02-01T08:00:00Z'),
        ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-000000000002', 2025, 'generated', '{"disclosure":{"title":"乙草稿"}}', '[]', 1, NULL)`);

      await db.migrate(migrationsFolder);

      const pubs = await db.query(
        `SELECT org_id, year, version, generation, content->'disclosure'->>'title' AS title, budget_version, published_at FROM budget_publications`,
      );
      expect(pubs).toHaveLength(1);
      expect(pubs[0]).toMatchObject({
        org_id: '00000000-0000-4000-8000-000000000001',
        year: 2025,
        version: 1,
        generation: 1,
        title: '甲公开',
        budget_version: 3,
      });
      expect(new Date(pubs[0]!.published_at as string).toISOString()).toBe('2025-02-01T08:00:00.000Z');
      const drafts = await db.query(`SELECT generation, content->'disclosure'->>'title' AS title FROM budget_disclosures ORDER BY title`);
      expect(drafts).toEqual([
        { generation: 1, title: '乙草稿' },
        { generation: 1, title: '甲公开' },
      ]);
    } finally {
      await db.close();
    }
  });

  it('keeps two rounds opened for one period, the later one marked duplicate_of the earlier', async () => {
    const db = await openEngine(driver);
    try {
      await db.migrate(migrationsBefore('_monitoring_round_period', join(dir, 'rounds')));
      await db.query(`INSERT INTO monitoring_rounds (id, year, month, title, thresholds, created_at) VALUES
        ('00000000-0000-4000-8000-0000000000a1', 2025, 7, '第一次', '{}', '2025-08-01T00:00:00Z'),
        ('00000000-0000-4000-8000-0000000000a2', 2025, 7, '第二次', '{}', '2025-08-02T00:00:00Z'),
        ('00000000-0000-4000-8000-0000000000a3', 2025, 8, '八月', '{}', '2025-09-01T00:00:00Z')`);
      await db.migrate(migrationsFolder);
      const rows = await db.query(`SELECT title, duplicate_of FROM monitoring_rounds ORDER BY created_at`);
      expect(rows).toEqual([
        { title: '第一次', duplicate_of: null },
        { title: '第二次', duplicate_of: '00000000-0000-4000-8000-0000000000a1' },
        { title: '八月', duplicate_of: null },
      ]);
      await expect(
        db.query(`INSERT INTO monitoring_rounds (year, month, title, thresholds) VALUES (2025, 8, '重复', '{}')`),
      ).rejects.toThrow();
    } finally {
      await db.close();
    }
  });
});
