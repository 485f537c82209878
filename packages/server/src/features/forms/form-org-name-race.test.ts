// A form inserted while its organisation is being renamed, on PostgreSQL (two sessions at once; PGlite has one):
// the insert waits for the rename (it reads the organisation FOR SHARE) and carries the new name, and a rename
// that starts after the insert waits for it and renames the new form too (migration 0050).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, postgresUrl } from '../../test-support/test-database.ts';
import type { Database } from '../../db/client.ts';

const insertForm = `insert into forms (region_code, id, org_id, year, kind, form_type, name, rest)
  values ('420000', gen_random_uuid(), $1, 2025, 'project', 'project-declaration', '并发', '{}') returning id`;

describe.skipIf(!postgresUrl())('a form inserted beside a rename of its organisation, on postgres', () => {
  let database: Database & { url?: string };
  let a: pg.Client;
  let b: pg.Client;
  let org: string;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = new pg.Client(database.url);
    b = new pg.Client(database.url);
    await a.connect();
    await b.connect();
    const made = await a.query<{ id: string }>(
      `insert into orgs (id, name, kind, path, region_code) values (gen_random_uuid(), '并发单位', 'unit', '/x/', '420000') returning id`,
    );
    org = made.rows[0]!.id;
  }, 120_000);
  afterAll(async () => {
    await a?.end();
    await b?.end();
    await database?.close();
  });

  const nameOf = async (id: string) =>
    (await a.query<{ org_name: string }>('select org_name from forms where id = $1', [id])).rows[0]!.org_name;

  it('waits for a rename in progress and carries the new name', async () => {
    await a.query('begin');
    await a.query(`update orgs set name = '并发单位（一）' where id = $1`, [org]);
    const inserting = b.query<{ id: string }>(insertForm, [org]);
    await new Promise((r) => setTimeout(r, 300));
    await a.query('commit');
    const id = (await inserting).rows[0]!.id;
    expect(await nameOf(id)).toBe('并发单位（一）');
  });

  it('makes a rename that starts after it wait, and that rename names it too', async () => {
    await b.query('begin');
    const id = (await b.query<{ id: string }>(insertForm, [org])).rows[0]!.id;
    const renaming = a.query(`update orgs set name = '并发单位（二）' where id = $1`, [org]);
    await new Promise((r) => setTimeout(r, 300));
    await b.query('commit');
    await renaming;
    expect(await nameOf(id)).toBe('并发单位（二）');
  });
});
