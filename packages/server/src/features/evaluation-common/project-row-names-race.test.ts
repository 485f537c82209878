// A monitoring entry or self-evaluation inserted while its form or organisation is being renamed, on PostgreSQL
// (two sessions at once; PGlite has one): the insert waits for the rename (it reads the organisation and the
// form FOR SHARE) and carries the new name, and a rename that starts after the insert waits for it and renames
// the new row too (migration 0052).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, postgresUrl } from '../../test-support/test-database.ts';
import type { Database } from '../../db/client.ts';

const REGION = '420000';
const insertEntry = `insert into monitoring_entries (region_code, round_id, year, form_id, org_id, status, data)
  values ('${REGION}', $1, 2025, $2, $3, 'pending', '{}') returning id`;
const insertEvaluation = `insert into self_evaluations (region_code, form_id, org_id, year, data)
  values ('${REGION}', $1, $2, $3, '{}') returning id`;

describe.skipIf(!postgresUrl())('an entry or evaluation inserted beside a rename, on postgres', () => {
  let database: Database & { url?: string };
  let a: pg.Client;
  let b: pg.Client;
  let org = '';
  let round = '';
  const newForm = async (name: string) =>
    (
      await a.query<{ id: string }>(
        `insert into forms (region_code, id, org_id, year, kind, form_type, name, rest)
         values ('${REGION}', gen_random_uuid(), $1, 2025, 'project', 'project-declaration', $2, '{}') returning id`,
        [org, name],
      )
    ).rows[0]!.id;
  const namesOf = async (table: string, id: string) =>
    (
      await a.query<{ project_name: string; org_name: string }>(
        `select project_name, org_name from ${table} where id = $1`,
        [id],
      )
    ).rows[0]!;
  /** Runs `second` on b while a's transaction (begun with `first`) is open, then commits a. */
  const whileOpen = async <T>(first: () => Promise<unknown>, second: () => Promise<T>): Promise<T> => {
    await a.query('begin');
    await first();
    const waiting = second();
    await new Promise((r) => setTimeout(r, 300));
    await a.query('commit');
    return waiting;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = new pg.Client(database.url);
    b = new pg.Client(database.url);
    await a.connect();
    await b.connect();
    org = (
      await a.query<{ id: string }>(
        `insert into orgs (id, name, kind, path, region_code) values (gen_random_uuid(), '并发单位', 'unit', '/x/', '${REGION}') returning id`,
      )
    ).rows[0]!.id;
    round = (
      await a.query<{ id: string }>(
        `insert into monitoring_rounds (region_code, year, month, title, thresholds)
         values ('${REGION}', 2025, 6, '并发轮次', '{}') returning id`,
      )
    ).rows[0]!.id;
  }, 120_000);
  afterAll(async () => {
    await a?.end();
    await b?.end();
    await database?.close();
  });

  it('an insert waits for a rename of its form in progress and carries the new name', async () => {
    const form = await newForm('并发项目一');
    const inserted = await whileOpen(
      () => a.query(`update forms set name = '并发项目一（改）' where id = $1`, [form]),
      () => b.query<{ id: string }>(insertEntry, [round, form, org]),
    );
    expect((await namesOf('monitoring_entries', inserted.rows[0]!.id)).project_name).toBe('并发项目一（改）');
  });

  it('an insert waits for a rename of its organisation in progress and carries the new name', async () => {
    const form = await newForm('并发项目二');
    const inserted = await whileOpen(
      () => a.query(`update orgs set name = '并发单位（一）' where id = $1`, [org]),
      () => b.query<{ id: string }>(insertEvaluation, [form, org, 2025]),
    );
    expect((await namesOf('self_evaluations', inserted.rows[0]!.id)).org_name).toBe('并发单位（一）');
  });

  it('a rename of the form that starts after an insert waits for it, and names the new row too', async () => {
    const form = await newForm('并发项目三');
    await b.query('begin');
    const entry = (await b.query<{ id: string }>(insertEntry, [round, form, org])).rows[0]!.id;
    const evaluation = (await b.query<{ id: string }>(insertEvaluation, [form, org, 2025])).rows[0]!.id;
    const renaming = a.query(`update forms set name = '并发项目三（改）' where id = $1`, [form]);
    await new Promise((r) => setTimeout(r, 300));
    await b.query('commit');
    await renaming;
    expect((await namesOf('monitoring_entries', entry)).project_name).toBe('并发项目三（改）');
    expect((await namesOf('self_evaluations', evaluation)).project_name).toBe('并发项目三（改）');
  });

  it('a rename of the organisation that starts after an insert waits for it, and names the new row too', async () => {
    const form = await newForm('并发项目四');
    await b.query('begin');
    const entry = (await b.query<{ id: string }>(insertEntry, [round, form, org])).rows[0]!.id;
    const renaming = a.query(`update orgs set name = '并发单位（二）' where id = $1`, [org]);
    await new Promise((r) => setTimeout(r, 300));
    await b.query('commit');
    await renaming;
    expect((await namesOf('monitoring_entries', entry)).org_name).toBe('并发单位（二）');
  });
});
