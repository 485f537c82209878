// Migrations that change how data is held keep the data: a database migrated up to just before one, holding
// the cases it must carry over, is migrated to the end and checked. Publications: one published and one
// merely generated disclosure give exactly one publication (version 1) and both drafts. One round per period:
// two rounds already opened for one period are both kept, the later marked as a duplicate of the earlier.
// Region code: every row takes its organisation's region and keeps its data and its keys. Each test starts
// from its own copy of a database migrated to its point; the points are made once per driver, in one pass
// along the history (MigrationPoints).
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from './client.ts';
import { storageDrivers, postgresUrl } from '../test-support/test-database.ts';
import { databaseUrl } from '../test-support/scratch-database.ts';

interface Engine {
  query(text: string): Promise<Record<string, unknown>[]>;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

/** A copy of the migrations folder whose journal stops just before the migration tagged `tag`. */
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

/** Where `tag` stands in the migration history. */
function positionOf(tag: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.findIndex((e) => e.tag.endsWith(tag));
}

/**
 * Databases migrated to just before each of the given migrations, made in one pass along the history:
 * a copy of one migrated database, kept at each point (PGlite: its data folder as a tarball; PostgreSQL: a
 * template database). Each test then opens its own copy of its point, where it used to migrate a new
 * database from the first migration — seven times the whole history per driver (63 CPU-seconds).
 */
interface MigrationPoints {
  /** A new database of its own at the point just before `tag`. */
  open(tag: string): Promise<Engine>;
  close(): Promise<void>;
}

async function pglitePoints(tags: string[], dir: string): Promise<MigrationPoints> {
  const kept = new Map<string, Blob>();
  const chain = await PGlite.create();
  try {
    for (const tag of tags) {
      await migratePglite(drizzlePglite(chain), { migrationsFolder: migrationsBefore(tag, join(dir, tag)) });
      kept.set(tag, await chain.dumpDataDir('none'));
    }
  } finally {
    await chain.close();
  }
  return {
    open: async (tag) => {
      const client = await PGlite.create({ loadDataDir: kept.get(tag)! });
      return {
        query: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
        migrate: (folder) => migratePglite(drizzlePglite(client), { migrationsFolder: folder }),
        close: () => client.close(),
      };
    },
    close: async () => kept.clear(),
  };
}

async function postgresPoints(tags: string[], dir: string): Promise<MigrationPoints> {
  const adminUrl = postgresUrl()!;
  const prefix = `jx_mig_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const made: string[] = [];
  const create = async (name: string, template?: string) => {
    made.push(name);
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  };
  const chain = `${prefix}_chain`;
  await create(chain);
  for (const [i, tag] of tags.entries()) {
    // The chain's connections end before each copy: a template database must have no other session.
    const pool = new pg.Pool({ connectionString: databaseUrl(adminUrl, chain), max: 1 });
    try {
      await migratePg(drizzlePg(pool), { migrationsFolder: migrationsBefore(tag, join(dir, tag)) });
    } finally {
      await pool.end();
    }
    await create(`${prefix}_p${i}`, chain);
  }
  let copies = 0;
  return {
    open: async (tag) => {
      const name = `${prefix}_t${copies++}`;
      await create(name, `${prefix}_p${tags.indexOf(tag)}`);
      const pool = new pg.Pool({ connectionString: databaseUrl(adminUrl, name), max: 2 });
      pool.on('error', () => undefined); // a connection ended by DROP DATABASE … WITH (FORCE)
      return {
        query: async (text) => (await pool.query(text)).rows as Record<string, unknown>[],
        migrate: (folder) => migratePg(drizzlePg(pool), { migrationsFolder: folder }),
        close: async () => {
          await pool.end();
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    close: async () => {
      for (const name of made.reverse()) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The migrations before which each test's data is written, in the order of the history. */
const POINTS = [
  '_budget_publications',
  '_monitoring_round_period',
  '_region_code',
  '_self_evaluations_year_keys',
  '_monitoring_entries_year',
  '_budget_lines_year',
  '_form_year_keys',
  '_forms_form_json',
  '_form_list_text',
].sort((a, b) => positionOf(a) - positionOf(b));

describe.each(storageDrivers)('migrations keep the data on %s', (driver) => {
  const dir = mkdtempSync(join(tmpdir(), 'jx-mig-'));
  let points: MigrationPoints;
  beforeAll(async () => {
    points = await (driver === 'pglite' ? pglitePoints : postgresPoints)(POINTS, join(dir, 'points'));
  }, 300_000);
  afterAll(async () => {
    await points?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns each published disclosure into publication version 1 and keeps every draft', async () => {
    const db = await points.open('_budget_publications');
    try {
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
      const drafts = await db.query(
        `SELECT generation, content->'disclosure'->>'title' AS title FROM budget_disclosures ORDER BY title`,
      );
      expect(drafts).toEqual([
        { generation: 1, title: '乙草稿' },
        { generation: 1, title: '甲公开' },
      ]);
    } finally {
      await db.close();
    }
  });

  it('keeps two rounds opened for one period, the later one marked duplicate_of the earlier', async () => {
    const db = await points.open('_monitoring_round_period');
    try {
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
        db.query(
          `INSERT INTO monitoring_rounds (region_code, year, month, title, thresholds) VALUES ('000000', 2025, 8, '重复', '{}')`,
        ),
      ).rejects.toThrow();
    } finally {
      await db.close();
    }
  });

  it(
    'moves the self-evaluations into partitions by year, keeping every row, miss and kept figure',
    { timeout: 240_000 },
    async () => {
      const db = await points.open('_self_evaluations_year_keys');
      try {
        const unit = '00000000-0000-4000-8000-000000000002';
        await db.query(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES
        ('${unit}', '某单位', 'unit', '/${unit}/', '420100')`);
        await db.query(`INSERT INTO fiscal_years (year) VALUES (2025)`);
        await db.query(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest) VALUES
        ('420100', '00000000-0000-4000-8000-0000000000f1', '${unit}', 2024, 'project', '申报表', '项目甲', '{}'),
        ('420100', '00000000-0000-4000-8000-0000000000f2', '${unit}', 2025, 'project', '申报表', '项目乙', '{}')`);
        // A confirmed one with a missed indicator (2024, no fiscal_years row) and a draft (2025, opened).
        const data = `{"indicators":[{"name":"满意度","level1":"满意度指标"}],"budget":{"annual":"10","executed":"9"}}`;
        const result = `{"indicators":[{"result":{"ok":true,"value":{"score":5,"weight":10}}}]}`;
        await db.query(`INSERT INTO self_evaluations (region_code, id, form_id, org_id, year, status, data, result, total, grade) VALUES
        ('420100', '00000000-0000-4000-8000-0000000000e1', '00000000-0000-4000-8000-0000000000f1', '${unit}', 2024,
         'confirmed', '${data}', '${result}', 80, '良'),
        ('420100', '00000000-0000-4000-8000-0000000000e2', '00000000-0000-4000-8000-0000000000f2', '${unit}', 2025,
         'draft', '{}', NULL, NULL, NULL)`);
        const kept = `SELECT (SELECT json_agg(t ORDER BY year, status)::text FROM self_evaluation_year_totals t) AS totals,
        (SELECT json_agg(c ORDER BY year, name)::text FROM self_evaluation_indicator_counts c) AS counts`;
        const before = await db.query(kept);

        await db.migrate(migrationsFolder);

        expect(
          await db.query(`SELECT id, year, status, total::text AS total, data->'budget'->>'annual' AS annual,
          tableoid::regclass::text AS part FROM self_evaluations ORDER BY year`),
        ).toEqual([
          {
            id: '00000000-0000-4000-8000-0000000000e1',
            year: 2024,
            status: 'confirmed',
            total: '80',
            annual: '10',
            part: 'self_evaluations_y2024',
          },
          {
            id: '00000000-0000-4000-8000-0000000000e2',
            year: 2025,
            status: 'draft',
            total: null,
            annual: null,
            part: 'self_evaluations_y2025',
          },
        ]);
        expect(
          await db.query(
            `SELECT evaluation_id, name, project, tableoid::regclass::text AS part FROM self_evaluation_misses`,
          ),
        ).toEqual([
          {
            evaluation_id: '00000000-0000-4000-8000-0000000000e1',
            name: '满意度',
            project: '项目甲',
            part: 'self_evaluation_misses_y2024',
          },
        ]);
        expect(await db.query(kept)).toEqual(before);
        // The key is now (region_code, id, year) and the form still must exist.
        await expect(
          db.query(`INSERT INTO self_evaluations (region_code, form_id, org_id, year, data) VALUES
          ('420100', '00000000-0000-4000-8000-0000000000ff', '${unit}', 2025, '{}')`),
        ).rejects.toThrow();
        await expect(
          db.query(`INSERT INTO self_evaluations (region_code, form_id, org_id, year, data) VALUES
          ('420100', '00000000-0000-4000-8000-0000000000f2', '${unit}', 2025, '{}')`),
        ).rejects.toThrow();
      } finally {
        await db.close();
      }
    },
  );

  it(
    'gives each monitoring entry its round’s year and moves the entries into partitions by year',
    { timeout: 240_000 },
    async () => {
      const db = await points.open('_monitoring_entries_year');
      try {
        const unit = '00000000-0000-4000-8000-000000000002';
        await db.query(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES
        ('${unit}', '某单位', 'unit', '/${unit}/', '420100')`);
        await db.query(`INSERT INTO fiscal_years (year) VALUES (2025)`);
        await db.query(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest) VALUES
        ('420100', '00000000-0000-4000-8000-0000000000f1', '${unit}', 2024, 'project', '申报表', '项目甲', '{}')`);
        await db.query(`INSERT INTO monitoring_rounds (region_code, id, year, month, title, thresholds) VALUES
        ('420100', '00000000-0000-4000-8000-0000000000a1', 2024, 6, '上年', '{}'),
        ('420100', '00000000-0000-4000-8000-0000000000a2', 2025, 6, '本年', '{}')`);
        await db.query(`INSERT INTO monitoring_entries (region_code, id, round_id, form_id, org_id, status, data, worst_light) VALUES
        ('420100', '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1',
         '00000000-0000-4000-8000-0000000000f1', '${unit}', 'submitted', '{"budget":{"annual":"8","executedToDate":"3"}}', 'red'),
        ('420100', '00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-0000000000a2',
         '00000000-0000-4000-8000-0000000000f1', '${unit}', 'unfilled', '{}', NULL)`);
        const kept = `SELECT json_agg(c ORDER BY round_id)::text AS counts FROM monitoring_round_counts c`;
        const before = await db.query(kept);

        await db.migrate(migrationsFolder);

        expect(
          await db.query(`SELECT id, year, status, worst_light, data->'budget'->>'annual' AS annual,
          tableoid::regclass::text AS part FROM monitoring_entries ORDER BY year`),
        ).toEqual([
          {
            id: '00000000-0000-4000-8000-0000000000b1',
            year: 2024,
            status: 'submitted',
            worst_light: 'red',
            annual: '8',
            part: 'monitoring_entries_y2024',
          },
          {
            id: '00000000-0000-4000-8000-0000000000b2',
            year: 2025,
            status: 'unfilled',
            worst_light: null,
            annual: null,
            part: 'monitoring_entries_y2025',
          },
        ]);
        expect(await db.query(kept)).toEqual(before);
        // Each round's totals (migration 0046) summed once from the counts kept per unit.
        const totals = `SELECT round_id, entries, filled, submitted, unfilled, red, yellow
          FROM monitoring_round_totals ORDER BY round_id`;
        const round = (id: string, n: Partial<Record<string, number>>) => ({
          round_id: `00000000-0000-4000-8000-0000000000${id}`,
          entries: 1,
          filled: 0,
          submitted: 0,
          unfilled: 0,
          red: 0,
          yellow: 0,
          ...n,
        });
        expect(await db.query(totals)).toEqual([
          round('a1', { filled: 1, submitted: 1, red: 1 }),
          round('a2', { unfilled: 1 }),
        ]);
        // A round's entries still go with it, and its totals.
        await db.query(`DELETE FROM monitoring_rounds WHERE id = '00000000-0000-4000-8000-0000000000a1'`);
        expect(await db.query(`SELECT count(*)::int AS n FROM monitoring_entries`)).toEqual([{ n: 1 }]);
        expect(await db.query(totals)).toEqual([round('a2', { unfilled: 1 })]);
      } finally {
        await db.close();
      }
    },
  );

  it(
    'gives each budget line its budget’s year and moves the lines into partitions by year',
    { timeout: 240_000 },
    async () => {
      const db = await points.open('_budget_lines_year');
      try {
        const unit = '00000000-0000-4000-8000-000000000002';
        const b24 = '00000000-0000-4000-8000-0000000000b1';
        const b25 = '00000000-0000-4000-8000-0000000000b2';
        await db.query(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES
        ('${unit}', '某单位', 'unit', '/${unit}/', '420100')`);
        await db.query(`INSERT INTO fiscal_years (year) VALUES (2025)`);
        await db.query(`INSERT INTO budgets (region_code, id, org_id, year, department) VALUES
        ('420100', '${b24}', '${unit}', 2024, '某单位'), ('420100', '${b25}', '${unit}', 2025, '某单位')`);
        for (const b of [b24, b25]) {
          await db.query(
            `INSERT INTO budget_income (region_code, budget_id, source, amount) VALUES ('420100', '${b}', 'fiscal', 12.5)`,
          );
          await db.query(
            `INSERT INTO budget_functional_lines (region_code, budget_id, position, code, name, wages) VALUES ('420100', '${b}', 0, '2010101', '行政运行', 3.25)`,
          );
          await db.query(
            `INSERT INTO budget_economic_lines (region_code, budget_id, position, code, name, basic) VALUES ('420100', '${b}', 0, '301', '工资福利支出', 3.25)`,
          );
          await db.query(
            `INSERT INTO budget_units (region_code, budget_id, position, code, name) VALUES ('420100', '${b}', 0, '001', '本级')`,
          );
          await db.query(
            `INSERT INTO budget_unit_income (region_code, budget_id, unit_code, source, amount) VALUES ('420100', '${b}', '001', 'fiscal', 12.5)`,
          );
          await db.query(
            `INSERT INTO budget_projects (region_code, budget_id, position, name, category, code, amount) VALUES ('420100', '${b}', 0, '项目', '其他', 'P001', 7)`,
          );
        }

        await db.migrate(migrationsFolder);

        const tables = [
          'budget_income',
          'budget_functional_lines',
          'budget_economic_lines',
          'budget_units',
          'budget_unit_income',
          'budget_projects',
        ];
        for (const table of tables) {
          const rows = await db.query(
            `SELECT budget_id, year, tableoid::regclass::text AS part FROM ${table} ORDER BY year`,
          );
          expect({ table, rows }).toEqual({
            table,
            rows: [
              { budget_id: b24, year: 2024, part: `${table}_y2024` },
              { budget_id: b25, year: 2025, part: `${table}_y2025` },
            ],
          });
        }
        expect(await db.query(`SELECT amount::text AS amount FROM budget_income ORDER BY year`)).toEqual([
          { amount: '12.5000' },
          { amount: '12.5000' },
        ]);
        expect(
          await db.query(`SELECT code, amount::text AS amount FROM budget_projects WHERE year = 2024`),
        ).toEqual([{ code: 'P001', amount: '7.0000' }]);
        // A budget's lines still go with it.
        await db.query(`DELETE FROM budgets WHERE id = '${b24}'`);
        for (const table of tables) {
          expect(await db.query(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 1 }]);
        }
      } finally {
        await db.close();
      }
    },
  );

  it(
    'gives each form’s children its year, a form without a year NO_YEAR, and moves them into partitions by year',
    { timeout: 240_000 },
    async () => {
      const db = await points.open('_form_year_keys');
      try {
        const unit = '00000000-0000-4000-8000-000000000002';
        const f25 = '00000000-0000-4000-8000-0000000000f1';
        const none = '00000000-0000-4000-8000-0000000000f2';
        await db.query(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES
        ('${unit}', '某单位', 'unit', '/${unit}/', '420100')`);
        await db.query(`INSERT INTO fiscal_years (year) VALUES (2025)`);
        await db.query(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest, status) VALUES
        ('420100', '${f25}', '${unit}', 2025, 'project', '申报表', '项目甲', '{"a":1}', 'approved'),
        ('420100', '${none}', '${unit}', NULL, 'project', '申报表', '项目乙', '{}', 'draft')`);
        for (const [n, f] of [f25, none].entries()) {
          await db.query(`INSERT INTO form_goals (region_code, form_id, position, term, label, text) VALUES
          ('420100', '${f}', 0, 'annual', '年度目标', '完成')`);
          await db.query(`INSERT INTO indicators (region_code, id, form_id, position, term, raw, value_kind, target) VALUES
          ('420100', '00000000-0000-4000-8000-0000000000e${n}', '${f}', 0, 'annual', '≥1个', 'quantitative', '{"raw":"≥1个"}')`);
          await db.query(
            `INSERT INTO form_versions (region_code, form_id, version, data) VALUES ('420100', '${f}', 1, '{"v":1}')`,
          );
          await db.query(`INSERT INTO transitions (region_code, form_id, action, from_status, to_status, version) VALUES
          ('420100', '${f}', 'submit', 'draft', 'submitted', 1)`);
        }
        await db.query(
          `INSERT INTO approvals (region_code, form_id, version, targets) VALUES ('420100', '${f25}', 1, '[]')`,
        );
        await db.query(`INSERT INTO self_evaluations (region_code, form_id, org_id, year, data) VALUES
        ('420100', '${f25}', '${unit}', 2025, '{}')`);

        await db.migrate(migrationsFolder);

        for (const table of ['forms', 'form_goals', 'indicators', 'form_versions']) {
          const id = table === 'forms' ? 'id' : 'form_id';
          const rows = await db.query(
            `SELECT ${id} AS form, year, tableoid::regclass::text AS part FROM ${table} ORDER BY 1`,
          );
          expect({ table, rows }).toEqual({
            table,
            rows: [
              { form: f25, year: 2025, part: `${table}_y2025` },
              { form: none, year: 0, part: `${table}_default` },
            ],
          });
        }
        expect(await db.query(`SELECT rest::text AS rest, status FROM forms ORDER BY id`)).toEqual([
          { rest: '{"a": 1}', status: 'approved' },
          { rest: '{}', status: 'draft' },
        ]);
        expect(await db.query(`SELECT target->>'raw' AS raw FROM indicators ORDER BY form_id`)).toEqual([
          { raw: '≥1个' },
          { raw: '≥1个' },
        ]);
        expect(await db.query(`SELECT count(*)::int AS n FROM form_keys`)).toEqual([{ n: 2 }]);
        expect(await db.query(`SELECT count(*)::int AS n FROM transitions`)).toEqual([{ n: 2 }]);
        // The year opened later takes the year-less form's rows when it gets that year.
        await db.query(`UPDATE forms SET year = 2025 WHERE id = '${none}'`);
        expect(
          await db.query(`SELECT tableoid::regclass::text AS part FROM indicators WHERE form_id = '${none}'`),
        ).toEqual([{ part: 'indicators_y2025' }]);
        // A form's key still takes everything of the form with it.
        await db.query(`DELETE FROM self_evaluations`);
        await db.query(`DELETE FROM form_keys WHERE id = '${f25}'`);
        for (const table of ['forms', 'form_goals', 'indicators', 'form_versions', 'transitions']) {
          expect({ table, n: await db.query(`SELECT count(*)::int AS n FROM ${table}`) }).toEqual({
            table,
            n: [{ n: 1 }],
          });
        }
        expect(await db.query(`SELECT count(*)::int AS n FROM approvals`)).toEqual([{ n: 0 }]);
      } finally {
        await db.close();
      }
    },
  );

  it('keeps each form’s whole text from its `rest` and its children’s text, where it had that text', async () => {
    const db = await points.open('_forms_form_json');
    try {
      const unit = '00000000-0000-4000-8000-000000000002';
      await db.query(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES
        ('${unit}', '某单位', 'unit', '/${unit}/', '420100')`);
      const children = '{"goals":[{"term":"annual","label":"年度目标","text":"完成"}],"indicators":[]}';
      const form = (k: string) => `00000000-0000-4000-8000-0000000000f${k}`;
      await db.query(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest, children) VALUES
        ('420100', '${form('1')}', '${unit}', 2025, 'project', '申报表', '项目甲',
         '{"kind":"project","name":"项目甲","note":"带\\"引号\\""}', '${children}'),
        ('420100', '${form('2')}', '${unit}', 2025, 'project', '申报表', '项目乙', '{}', '${children}'),
        ('420100', '${form('3')}', '${unit}', 2025, 'disclosure', '公开', '公开丙', '{"kind":"disclosure","t":1}', '${children}'),
        ('420100', '${form('4')}', '${unit}', 2025, 'project', '申报表', '项目丁', '{"kind":"project"}', NULL)`);

      await db.migrate(migrationsFolder);

      const kept = await db.query(`SELECT id, form_json::text AS t FROM forms ORDER BY id`);
      expect(kept.map((r) => (r.t === null ? null : JSON.parse(r.t as string)))).toEqual([
        { kind: 'project', name: '项目甲', note: '带"引号"', ...JSON.parse(children) },
        JSON.parse(children),
        { kind: 'disclosure', t: 1 },
        null,
      ]);
    } finally {
      await db.close();
    }
  });

  it('writes each form’s list item once, its time and every other column as they were', async () => {
    const db = await points.open('_form_list_text');
    try {
      const unit = '00000000-0000-4000-8000-000000000002';
      await db.query(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES
        ('${unit}', '某"单位', 'unit', '/${unit}/', '420100')`);
      await db.query(`INSERT INTO fiscal_years (year) VALUES (2025)`);
      const form = (k: string) => `00000000-0000-4000-8000-0000000000f${k}`;
      await db.query(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, code, status, version,
          budget_total, budget_current, rest, updated_at) VALUES
        ('420100', '${form('1')}', '${unit}', 2025, 'project', '申报表', '项目\\甲', 'P1', 'published', 3,
         12.50, NULL, '{}', '2025-03-01 08:00:00.123456+00'),
        ('420100', '${form('2')}', '${unit}', 0, 'project', '申报表', '项目乙', NULL, 'draft', 1,
         NULL, 7, '{}', '2025-03-02 08:00:00+00')`);
      const before = await db.query(`SELECT id, updated_at::text AS at, org_name FROM forms ORDER BY id`);

      await db.migrate(migrationsFolder);

      expect(await db.query(`SELECT id, updated_at::text AS at, org_name FROM forms ORDER BY id`)).toEqual(
        before,
      );
      const items = await db.query(`SELECT list_item FROM forms ORDER BY id`);
      expect(items.map((r) => r.list_item)).toEqual([
        `{"id":"${form('1')}","orgId":"${unit}","orgName":"某\\"单位","year":2025,"kind":"project",` +
          `"formType":"申报表","name":"项目\\\\甲","code":"P1","status":"published","version":3,` +
          `"budgetTotal":"12.50","budgetCurrent":null,"updatedAt":"2025-03-01T08:00:00.123Z"}`,
        `{"id":"${form('2')}","orgId":"${unit}","orgName":"某\\"单位","year":null,"kind":"project",` +
          `"formType":"申报表","name":"项目乙","code":null,"status":"draft","version":1,` +
          `"budgetTotal":null,"budgetCurrent":"7","updatedAt":"2025-03-02T08:00:00.000Z"}`,
      ]);
    } finally {
      await db.close();
    }
  });

  it('gives every existing row the region of its organisation (its root’s 区划代码) and keeps it whole', async () => {
    const db = await points.open('_region_code');
    try {
      const root = '00000000-0000-4000-8000-000000000001';
      const unit = '00000000-0000-4000-8000-000000000002';
      // A second tree whose root has no six-digit 区划代码: its rows are unassigned ('000000').
      const other = '00000000-0000-4000-8000-000000000003';
      const form = '00000000-0000-4000-8000-0000000000f1';
      const file = '00000000-0000-4000-8000-0000000000d1';
      const budget = '00000000-0000-4000-8000-0000000000b1';
      const round = '00000000-0000-4000-8000-0000000000a1';
      await db.query(`INSERT INTO orgs (id, parent_id, name, kind, code, path) VALUES
        ('${root}', NULL, '某市财政局', 'finance', '420100', '/${root}/'),
        ('${unit}', '${root}', '某单位', 'unit', 'X01', '/${root}/${unit}/'),
        ('${other}', NULL, '另一财政局', 'finance', NULL, '/${other}/')`);
      await db.query(`INSERT INTO users (id, username, display_name, role, org_id, password_hash) VALUES
        ('00000000-0000-4000-8000-0000000000c1', 'u', 'u', 'filler', '${unit}', 'x')`);
      // What the migrations since 0016 added: a file's reading, a project line's code, a form's kept
      // findings, an approval's paperwork.
      await db.query(`INSERT INTO files (id, org_id, file_name, size, sha256, data, recognised) VALUES
        ('${file}', '${unit}', '申报表.xlsx', 3, 'abc', '\\x616263'::bytea, '{"key":"k","forms":[]}')`);
      await db.query(`INSERT INTO forms (id, org_id, year, kind, form_type, name, rest, source_file_id) VALUES
        ('${form}', '${unit}', 2025, 'project', '申报表', '项目', '{}', '${file}')`);
      await db.query(`INSERT INTO indicators (id, form_id, position, term, raw, value_kind, target) VALUES
        ('00000000-0000-4000-8000-0000000000e1', '${form}', 0, 'annual', '≥1个', 'quantitative', '{}')`);
      await db.query(`INSERT INTO form_versions (form_id, version, data) VALUES ('${form}', 1, '{}')`);
      await db.query(`INSERT INTO form_findings (form_id, version, checker, indicators, quantified, findings) VALUES
        ('${form}', 1, 'c1', 1, 1, '[{"rule":"r","severity":"warning","message":"提示"}]')`);
      await db.query(`INSERT INTO approvals (form_id, version, targets, number, approved_on) VALUES
        ('${form}', 1, '{}', '财预〔2025〕1号', '2025-03-01')`);
      await db.query(
        `INSERT INTO budgets (id, org_id, year, department) VALUES ('${budget}', '${unit}', 2025, '某单位')`,
      );
      await db.query(`INSERT INTO budget_projects (budget_id, position, name, category, code) VALUES
        ('${budget}', 0, '项目', '其他', 'P001')`);
      await db.query(`INSERT INTO monitoring_rounds (id, year, month, title, thresholds) VALUES
        ('${round}', 2025, 7, '七月', '{}')`);
      await db.query(`INSERT INTO monitoring_entries (round_id, form_id, org_id, data) VALUES
        ('${round}', '${form}', '${unit}', '{}')`);
      await db.query(
        `INSERT INTO self_evaluations (form_id, org_id, year, data) VALUES ('${form}', '${unit}', 2025, '{}')`,
      );
      await db.query(`INSERT INTO audit_log (actor_id, action, entity) VALUES
        ('00000000-0000-4000-8000-0000000000c1', 'form-create', 'form'), (NULL, 'org-create', 'org')`);

      await db.migrate(migrationsFolder);

      const tables = [
        'files',
        'forms',
        'indicators',
        'form_versions',
        'form_findings',
        'approvals',
        'budgets',
        'budget_projects',
        'monitoring_rounds',
        'monitoring_entries',
        'self_evaluations',
        'audit_log',
      ];
      for (const table of tables) {
        const rows = await db.query(`SELECT DISTINCT region_code FROM ${table}`);
        expect({ table, rows }).toEqual({ table, rows: [{ region_code: '420100' }] });
      }
      expect(await db.query(`SELECT name, region_code FROM orgs ORDER BY name`)).toEqual([
        { name: '另一财政局', region_code: '000000' },
        { name: '某单位', region_code: '420100' },
        { name: '某市财政局', region_code: '420100' },
      ]);
      // The rows themselves are kept as they were.
      expect(await db.query(`SELECT recognised->>'key' AS key FROM files`)).toEqual([{ key: 'k' }]);
      expect(await db.query(`SELECT code FROM budget_projects`)).toEqual([{ code: 'P001' }]);
      expect(await db.query(`SELECT number, approved_on FROM approvals`)).toEqual([
        { number: '财预〔2025〕1号', approved_on: '2025-03-01' },
      ]);
      expect(await db.query(`SELECT findings->0->>'message' AS message, checker FROM form_findings`)).toEqual(
        [{ message: '提示', checker: 'c1' }],
      );
      expect(await db.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual([{ n: 2 }]);
      // The keys include the region: an indicator or kept findings of another region cannot point at the form.
      await expect(
        db.query(`INSERT INTO indicators (region_code, id, form_id, position, term, raw, value_kind, target) VALUES
          ('429900', '00000000-0000-4000-8000-0000000000e2', '${form}', 1, 'annual', '≥1个', 'quantitative', '{}')`),
      ).rejects.toThrow();
      await expect(
        db.query(`INSERT INTO form_findings (region_code, form_id, version, checker, indicators, quantified, findings)
          VALUES ('429900', '${form}', 1, 'c1', 0, 0, '[]')`),
      ).rejects.toThrow();
      // The audit log is append-only again once the migration has filled it.
      await expect(db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
    } finally {
      await db.close();
    }
  });
});
