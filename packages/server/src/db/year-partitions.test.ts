// The tables that grow by fiscal year are partitioned by their year (migrations 0035…, docs/scale.md): each
// year's rows sit in `<table>_y<year>`, a year without its partition yet in `<table>_default`; opening the
// 预算年度 (a fiscal_years row) creates the year's partitions and moves that year's rows out of DEFAULT
// without counting them twice; a closed year detaches and stays readable; a backup holds the parents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client.ts';
import { partitionedByYear } from './distribution.ts';
import { formWithId } from './key-join.ts';
import { explainBuilt } from './prepared.ts';
import { forms } from './schema.ts';
import { createTestDatabase, storageDrivers } from '../test-support/test-database.ts';
import { backupTo } from '../backup/backup.ts';
import { restoreFrom } from '../backup/restore.ts';

/** The tables partitioned by year (distribution.ts, whose test holds their keys to it), by name. */
const PARTITIONED = [...partitionedByYear].sort();

const REGION = '420100';
const ORG = '00000000-0000-4000-8000-000000000011';
const FORM_A = '00000000-0000-4000-8000-0000000000f1';
const FORM_B = '00000000-0000-4000-8000-0000000000f2';

/** A confirmed, scored self-evaluation whose second indicator scored below its weight (one miss). */
function confirmedEvaluation(id: string, formId: string, year: number): string {
  const data = JSON.stringify({
    indicators: [
      { name: '完成数量', level1: '产出指标' },
      { name: '满意度', level1: '满意度指标' },
    ],
    budget: { annual: '100', executed: '90' },
  });
  const result = JSON.stringify({
    indicators: [
      { result: { ok: true, value: { score: 10, weight: 10 } } },
      { result: { ok: true, value: { score: 5, weight: 10 } } },
    ],
  });
  return `INSERT INTO self_evaluations (region_code, id, form_id, org_id, year, status, data, result, total, grade)
    VALUES ('${REGION}', '${id}', '${formId}', '${ORG}', ${year}, 'confirmed', '${data}', '${result}', 85, '良')`;
}

/** A form's goal, indicator and version of `year` (the form's): one row in each child table. */
function formChildren(formId: string, year: number, indicatorId: string): string[] {
  return [
    `INSERT INTO form_goals (region_code, form_id, year, position, term, label, text) VALUES
      ('${REGION}', '${formId}', ${year}, 0, 'annual', '年度目标', '完成')`,
    `INSERT INTO indicators (region_code, id, form_id, year, position, term, raw, value_kind, target) VALUES
      ('${REGION}', '${indicatorId}', '${formId}', ${year}, 0, 'annual', '≥1个', 'quantitative', '{}')`,
    `INSERT INTO form_versions (region_code, form_id, year, version, data) VALUES
      ('${REGION}', '${formId}', ${year}, 1, '{}')`,
  ];
}

const FORM_TABLES = ['forms', 'form_goals', 'indicators', 'form_versions'];

describe.each(storageDrivers)('tables partitioned by fiscal year on %s', (driver) => {
  let database: Database;
  const others: Database[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'jx-part-'));
  const rows = <T>(text: string) => queryRows<T>(database.db, sql.raw(text));
  const where = async (table: string, column: string, id: string) =>
    (
      await rows<{ p: string }>(
        `SELECT tableoid::regclass::text AS p FROM ${table} WHERE ${column} = '${id}'`,
      )
    ).map((r) => r.p);

  /** Where a form's row and its children's rows sit, table by table. */
  const formPlaces = async (formId: string) =>
    Object.fromEntries(
      await Promise.all(
        FORM_TABLES.map(async (t) => [t, await where(t, t === 'forms' ? 'id' : 'form_id', formId)] as const),
      ),
    );
  const placedIn = (suffix: string) => Object.fromEntries(FORM_TABLES.map((t) => [t, [`${t}_${suffix}`]]));

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await rows(`INSERT INTO orgs (id, name, kind, path, region_code) VALUES
      ('${ORG}', '某单位', 'unit', '/${ORG}/', '${REGION}')`);
    await rows(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest) VALUES
      ('${REGION}', '${FORM_A}', '${ORG}', 2031, 'project', '申报表', '项目甲', '{}'),
      ('${REGION}', '${FORM_B}', '${ORG}', 2031, 'project', '申报表', '项目乙', '{}')`);
    for (const child of formChildren(FORM_A, 2031, '00000000-0000-4000-8000-00000000a001')) await rows(child);
  }, 120_000);
  afterAll(async () => {
    for (const d of others) await d.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares each table partitioned by LIST (year) with a DEFAULT partition', async () => {
    const parents = await rows<{ name: string; key: string }>(`SELECT c.relname AS name,
        pg_get_partkeydef(c.oid) AS key FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT c.relispartition ORDER BY c.relname`);
    expect(parents).toEqual(PARTITIONED.map((name) => ({ name, key: 'LIST (year)' })));
    const defaults = await rows<{ name: string }>(`SELECT c.relname AS name FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent::regclass::text = ANY ('{${PARTITIONED.join(',')}}')
        AND pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT' ORDER BY 1`);
    // Sorted here: the database's collation may order `forms_default` and `form_goals_default` otherwise.
    expect(defaults.map((d) => d.name).sort()).toEqual(PARTITIONED.map((t) => `${t}_default`).sort());
  });

  it('keeps a year without its partition in DEFAULT, and moves it when the fiscal year opens, counted once', async () => {
    const first = '00000000-0000-4000-8000-0000000000e1';
    await rows(confirmedEvaluation(first, FORM_A, 2031));
    const round = '00000000-0000-4000-8000-0000000000a1';
    const entry = '00000000-0000-4000-8000-0000000000b1';
    await rows(`INSERT INTO monitoring_rounds (region_code, id, year, month, title, thresholds) VALUES
      ('${REGION}', '${round}', 2031, 6, '监控', '{}')`);
    await rows(`INSERT INTO monitoring_entries (region_code, id, round_id, year, form_id, org_id, status, data, worst_light)
      VALUES ('${REGION}', '${entry}', '${round}', 2031, '${FORM_A}', '${ORG}', 'filled',
        '{"budget":{"annual":"100","executedToDate":"40"}}', 'red')`);
    expect(await where('monitoring_entries', 'id', entry)).toEqual(['monitoring_entries_default']);
    const roundCounts = `SELECT entries, filled, red, annual::text AS annual FROM monitoring_round_counts
      WHERE round_id = '${round}'`;
    expect(await rows(roundCounts)).toEqual([{ entries: 1, filled: 1, red: 1, annual: '100' }]);
    // The round's totals too (migration 0046: statement triggers on the parent).
    const roundTotals = `SELECT entries, filled, red FROM monitoring_round_totals WHERE round_id = '${round}'`;
    expect(await rows(roundTotals)).toEqual([{ entries: 1, filled: 1, red: 1 }]);
    expect(await where('self_evaluations', 'id', first)).toEqual(['self_evaluations_default']);
    expect(await where('self_evaluation_misses', 'evaluation_id', first)).toEqual([
      'self_evaluation_misses_default',
    ]);
    // The forms of a year without its partition, and their goals, indicators and versions, in DEFAULT.
    expect(await formPlaces(FORM_A)).toEqual(placedIn('default'));
    const childCounts = `SELECT (SELECT count(*) FROM form_goals)::int AS goals,
      (SELECT count(*) FROM indicators)::int AS indicators, (SELECT count(*) FROM form_versions)::int AS versions`;
    const childrenBefore = await rows(childCounts);
    const totals = `SELECT evaluations, evaluated, score_sum::text AS score FROM self_evaluation_year_totals
      WHERE region_code = '${REGION}' AND year = 2031`;
    const counts = `SELECT name, evaluated, missed FROM self_evaluation_indicator_counts
      WHERE region_code = '${REGION}' AND year = 2031 ORDER BY name`;
    const totalsBefore = await rows(totals);
    const countsBefore = await rows(counts);
    expect(totalsBefore).toEqual([{ evaluations: 1, evaluated: 1, score: '85' }]);
    expect(countsBefore).toHaveLength(2);
    // A budget of that year with a line of each kind.
    const budget = '00000000-0000-4000-8000-0000000000c1';
    await rows(`INSERT INTO budgets (region_code, id, org_id, year, department) VALUES
      ('${REGION}', '${budget}', '${ORG}', 2031, '某单位')`);
    const lines = (y: number) => [
      `INSERT INTO budget_income (region_code, budget_id, year, source, amount) VALUES ('${REGION}', '${budget}', ${y}, 'fiscal', 10)`,
      `INSERT INTO budget_functional_lines (region_code, budget_id, year, position, code, name) VALUES ('${REGION}', '${budget}', ${y}, 0, '2010101', '行政运行')`,
      `INSERT INTO budget_economic_lines (region_code, budget_id, year, position, code, name) VALUES ('${REGION}', '${budget}', ${y}, 0, '301', '工资福利支出')`,
      `INSERT INTO budget_units (region_code, budget_id, year, position, code, name) VALUES ('${REGION}', '${budget}', ${y}, 0, '001', '本级')`,
      `INSERT INTO budget_unit_income (region_code, budget_id, year, unit_code, source, amount) VALUES ('${REGION}', '${budget}', ${y}, '001', 'fiscal', 10)`,
      `INSERT INTO budget_projects (region_code, budget_id, year, position, name, category) VALUES ('${REGION}', '${budget}', ${y}, 0, '项目', '其他')`,
    ];
    for (const line of lines(2031)) await rows(line);
    const budgetTables = PARTITIONED.filter((t) => t.startsWith('budget_'));
    const placedLines = async () =>
      (await Promise.all(budgetTables.map((t) => where(t, 'budget_id', budget)))).flat();
    expect(await placedLines()).toEqual(budgetTables.map((t) => `${t}_default`));
    // A line's year is its budget's: another year is refused by the foreign key.
    for (const line of lines(2030)) await expect(rows(line)).rejects.toThrow();

    await rows(`INSERT INTO fiscal_years (year) VALUES (2031)`);

    expect(await where('self_evaluations', 'id', first)).toEqual(['self_evaluations_y2031']);
    expect(await where('self_evaluation_misses', 'evaluation_id', first)).toEqual([
      'self_evaluation_misses_y2031',
    ]);
    expect(await where('monitoring_entries', 'id', entry)).toEqual(['monitoring_entries_y2031']);
    expect(await rows(roundCounts)).toEqual([{ entries: 1, filled: 1, red: 1, annual: '100' }]);
    expect(await rows(roundTotals)).toEqual([{ entries: 1, filled: 1, red: 1 }]);
    expect(await placedLines()).toEqual(budgetTables.map((t) => `${t}_y2031`));
    // The forms moved with their children, each table's rows out of its DEFAULT, nothing deleted or counted.
    expect(await formPlaces(FORM_A)).toEqual(placedIn('y2031'));
    expect(await where('forms', 'id', FORM_B)).toEqual(['forms_y2031']);
    expect(await rows(childCounts)).toEqual(childrenBefore);
    expect(await rows(`SELECT count(*)::int AS n FROM form_keys`)).toEqual([{ n: 2 }]);
    // An entry's year is its round's: another year is refused by the foreign key.
    await expect(
      rows(`INSERT INTO monitoring_entries (region_code, round_id, year, form_id, org_id, data)
        VALUES ('${REGION}', '${round}', 2030, '${FORM_B}', '${ORG}', '{}')`),
    ).rejects.toThrow();
    // The move is neither a delete nor an insert for the kept figures.
    expect(await rows(totals)).toEqual(totalsBefore);
    expect(await rows(counts)).toEqual(countsBefore);
    // The next row of that year goes straight to its partition, and is counted.
    const second = '00000000-0000-4000-8000-0000000000e2';
    await rows(confirmedEvaluation(second, FORM_B, 2031));
    expect(await where('self_evaluations', 'id', second)).toEqual(['self_evaluations_y2031']);
    expect(await rows(totals)).toEqual([{ evaluations: 2, evaluated: 2, score: '170' }]);
    // A second opening of the year creates nothing.
    expect(await rows(`SELECT jixiao_year_partitions(2031) AS made`)).toEqual([{ made: 0 }]);
    // Deleting an evaluation takes its misses with it (the trigger, not a foreign key).
    await rows(`DELETE FROM self_evaluations WHERE id = '${second}'`);
    expect(await where('self_evaluation_misses', 'evaluation_id', second)).toEqual([]);
    expect(await where('self_evaluation_misses', 'evaluation_id', first)).toEqual([
      'self_evaluation_misses_y2031',
    ]);
  });

  it('moves a form with its goals, indicators and versions when its year is edited', async () => {
    const form = '00000000-0000-4000-8000-0000000000f4';
    await rows(`INSERT INTO fiscal_years (year) VALUES (2032), (2033)`);
    // A form without a year (null from an older writer) is stored as NO_YEAR, in DEFAULT, with its key.
    await rows(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest) VALUES
      ('${REGION}', '${form}', '${ORG}', NULL, 'project', '申报表', '项目丁', '{}')`);
    expect(await rows(`SELECT year FROM forms WHERE id = '${form}'`)).toEqual([{ year: 0 }]);
    for (const child of formChildren(form, 0, '00000000-0000-4000-8000-00000000a004')) await rows(child);
    expect(await formPlaces(form)).toEqual(placedIn('default'));
    await rows(`UPDATE forms SET year = 2032 WHERE id = '${form}'`);
    expect(await formPlaces(form)).toEqual(placedIn('y2032'));
    await rows(`UPDATE forms SET year = 2033 WHERE id = '${form}'`);
    expect(await formPlaces(form)).toEqual(placedIn('y2033'));
    expect(await rows(`SELECT year FROM indicators WHERE form_id = '${form}'`)).toEqual([{ year: 2033 }]);
    // The form's key holds its year, moved with it.
    const keyYear = `SELECT year FROM form_keys WHERE id = '${form}'`;
    expect(await rows(keyYear)).toEqual([{ year: 2033 }]);
    // Back to no year: DEFAULT again. The form's id stays unique across years (form_keys).
    await rows(`UPDATE forms SET year = 0 WHERE id = '${form}'`);
    expect(await formPlaces(form)).toEqual(placedIn('default'));
    expect(await rows(keyYear)).toEqual([{ year: 0 }]);
    await expect(
      rows(`INSERT INTO form_keys (region_code, id, year) VALUES ('${REGION}', '${form}', 0)`),
    ).rejects.toThrow();
    // Another form with the same id, of another year, is refused (its key is held for year 0); the same
    // form twice in its own year by the form's key.
    for (const year of [2032, 0])
      await expect(
        rows(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest) VALUES
          ('${REGION}', '${form}', '${ORG}', ${year}, 'project', '申报表', '项目丁二', '{}')`),
      ).rejects.toThrow();
    expect(await rows(`SELECT year, name FROM forms WHERE id = '${form}'`)).toEqual([
      { year: 0, name: '项目丁' },
    ]);
    // Deleting the form's key deletes the form, its children and what refers to its key.
    await rows(`INSERT INTO transitions (region_code, form_id, action, from_status, to_status, version)
      VALUES ('${REGION}', '${form}', 'submit', 'draft', 'submitted', 1)`);
    await rows(`DELETE FROM form_keys WHERE id = '${form}'`);
    expect(await formPlaces(form)).toEqual(Object.fromEntries(FORM_TABLES.map((t) => [t, []])));
    expect(await where('transitions', 'form_id', form)).toEqual([]);
  });

  it('reads only the asked year’s partition for a query of one year', async () => {
    // The relations a plan reads; with `run`, those its execution read (a partition pruned as the statement
    // ran shows as never executed: no loops).
    // `nested`: planned as at scale, where a page's few rows are joined by index probes (a nested loop, which
    // prunes its inner partitions by the outer row's year); the tests' tables are small enough to be hashed.
    const scanned = async (query: string, run = false, nested = false) => {
      const explain = `EXPLAIN (${run ? 'ANALYZE, ' : ''}FORMAT JSON) ${query}`;
      const plan = nested
        ? await database.db.transaction(async (tx) => {
            await tx.execute(sql`SET LOCAL enable_hashjoin = off`);
            await tx.execute(sql`SET LOCAL enable_mergejoin = off`);
            return queryRows<{ plan: unknown }>(tx, sql.raw(explain));
          })
        : await rows<{ plan: unknown }>(explain);
      const raw = plan[0]!.plan ?? Object.values(plan[0]!)[0];
      return relationsRead(typeof raw === 'string' ? JSON.parse(raw) : raw, run);
    };
    const relationsRead = (plan: unknown, run: boolean) => {
      const names = new Set<string>();
      const walk = (node: unknown) => {
        if (!node || typeof node !== 'object') return;
        const n = node as Record<string, unknown>;
        const ran = !run || Number(n['Actual Loops'] ?? 0) > 0;
        if (typeof n['Relation Name'] === 'string' && ran) names.add(n['Relation Name']);
        for (const v of Object.values(n)) {
          if (Array.isArray(v)) v.forEach(walk);
          else if (typeof v === 'object') walk(v);
        }
      };
      walk(plan);
      return [...names].sort();
    };
    await rows(`INSERT INTO fiscal_years (year) VALUES (2029) ON CONFLICT DO NOTHING`);
    expect(await scanned(`SELECT id FROM self_evaluations WHERE year = 2029 AND org_id = '${ORG}'`)).toEqual([
      'self_evaluations_y2029',
    ]);
    expect(
      await scanned(`SELECT id FROM budget_projects WHERE region_code = '${REGION}' AND year = 2029
        AND budget_id = '00000000-0000-4000-8000-0000000000c1'`),
    ).toEqual(['budget_projects_y2029']);
    // A year's forms, and one form's indicators and versions by the form's key with its year.
    expect(await scanned(`SELECT id FROM forms WHERE year = 2029 AND org_id = '${ORG}'`)).toEqual([
      'forms_y2029',
    ]);
    expect(
      await scanned(`SELECT id FROM indicators WHERE region_code = '${REGION}' AND form_id = '${FORM_A}'
        AND year = 2029 ORDER BY position`),
    ).toEqual(['indicators_y2029']);
    expect(
      await scanned(`SELECT version FROM form_versions WHERE region_code = '${REGION}' AND form_id = '${FORM_A}'
        AND year = 2029`),
    ).toEqual(['form_versions_y2029']);
    expect((await scanned(`SELECT id FROM indicators WHERE form_id = '${FORM_A}'`)).length).toBeGreaterThan(
      1,
    );
    // A round's entries with the round's year read by its key in the same statement (monitoring.repo.ts's
    // ofRound): the other years' partitions are pruned as it runs.
    const round = '00000000-0000-4000-8000-0000000000a1';
    const ofRound = `FROM monitoring_entries WHERE region_code = '${REGION}' AND round_id = '${round}'`;
    const entryTables = (names: string[]) => names.filter((n) => n.startsWith('monitoring_entries'));
    expect(
      entryTables(
        await scanned(
          `SELECT id ${ofRound} AND year = (SELECT year FROM monitoring_rounds WHERE region_code = '${REGION}'
            AND id = '${round}')`,
          true,
        ),
      ),
    ).toEqual(['monitoring_entries_y2031']);
    expect(entryTables(await scanned(`SELECT id ${ofRound}`, true)).length).toBeGreaterThan(1);
    // Without the year every partition is read (the failing case the year in the query avoids).
    expect((await scanned(`SELECT id FROM self_evaluations WHERE org_id = '${ORG}'`)).length).toBeGreaterThan(
      1,
    );
    // A row that refers to a form without its year (an entry, an evaluation) reads the form through its key,
    // which holds the year (key-join.ts onFormOfKey): the form's year's partition only, the others pruned as
    // the statement runs; a URL's id the same way (form_keys_id). On the id alone, every year's partition.
    const formTables = (names: string[]) => names.filter((n) => /^forms_/.test(n));
    // Other years' forms, so many that reading them all would cost more than probing each referred form's
    // partition (as in service: a page refers to a few forms of many), and the tables' statistics.
    await rows(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest)
      SELECT '${REGION}', gen_random_uuid(), '${ORG}', y, 'project', '申报表', '批量' || g, '{}'
      FROM generate_series(1, 1500) g, (VALUES (2029), (2032), (0)) years(y)`);
    await rows(`ANALYZE forms, form_keys, monitoring_entries, indicators`);
    expect(
      formTables(
        await scanned(
          `SELECT f.name FROM monitoring_entries e
            JOIN form_keys k ON k.region_code = e.region_code AND k.id = e.form_id
            JOIN forms f ON f.region_code = k.region_code AND f.id = k.id AND f.year = k.year
          WHERE e.region_code = '${REGION}' AND e.round_id = '${round}'`,
          true,
          true,
        ),
      ),
    ).toEqual(['forms_y2031']);
    const byId = database.db.select({ name: forms.name }).from(forms).where(formWithId(FORM_A));
    expect(formTables(relationsRead(await explainBuilt(database.db, byId, {}), true))).toEqual([
      'forms_y2031',
    ]);
    expect(
      formTables(await scanned(`SELECT name FROM forms WHERE id = '${FORM_A}'`, true)).length,
    ).toBeGreaterThan(1);
    // An indicator carries its form's year: the join to its form names it.
    expect(
      formTables(
        await scanned(
          `SELECT f.status FROM indicators i
            JOIN forms f ON f.region_code = i.region_code AND f.id = i.form_id AND f.year = i.year
          WHERE i.region_code = '${REGION}' AND i.form_id = '${FORM_A}' AND i.year = 2031`,
          true,
          true,
        ),
      ),
    ).toEqual(['forms_y2031']);
    await rows(`DELETE FROM form_keys WHERE id IN (SELECT id FROM forms WHERE name LIKE '批量%')`);
  });

  it('detaches a closed year that stays readable by name, and attaches it back', async () => {
    const old = '00000000-0000-4000-8000-0000000000e3';
    await rows(`INSERT INTO fiscal_years (year) VALUES (2030)`);
    await rows(confirmedEvaluation(old, FORM_A, 2030));
    expect(await where('self_evaluations', 'id', old)).toEqual(['self_evaluations_y2030']);
    await rows(`ALTER TABLE self_evaluations DETACH PARTITION self_evaluations_y2030`);
    expect(await where('self_evaluations', 'id', old)).toEqual([]);
    expect(await rows(`SELECT year FROM self_evaluations_y2030 WHERE id = '${old}'`)).toEqual([
      { year: 2030 },
    ]);
    await rows(`ALTER TABLE self_evaluations ATTACH PARTITION self_evaluations_y2030 FOR VALUES IN (2030)`);
    expect(await where('self_evaluations', 'id', old)).toEqual(['self_evaluations_y2030']);
    // A year of forms leaves with its children's same year (nothing refers to a form's partition: the
    // children and every other table refer to form_keys), readable by name, and comes back.
    const form = '00000000-0000-4000-8000-0000000000f5';
    await rows(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest) VALUES
      ('${REGION}', '${form}', '${ORG}', 2030, 'project', '申报表', '项目戊', '{}')`);
    for (const child of formChildren(form, 2030, '00000000-0000-4000-8000-00000000a005')) await rows(child);
    for (const t of FORM_TABLES) await rows(`ALTER TABLE ${t} DETACH PARTITION ${t}_y2030`);
    expect(await formPlaces(form)).toEqual(Object.fromEntries(FORM_TABLES.map((t) => [t, []])));
    expect(await rows(`SELECT name FROM forms_y2030 WHERE id = '${form}'`)).toEqual([{ name: '项目戊' }]);
    for (const t of FORM_TABLES)
      await rows(`ALTER TABLE ${t} ATTACH PARTITION ${t}_y2030 FOR VALUES IN (2030)`);
    expect(await formPlaces(form)).toEqual(placedIn('y2030'));
    // The form's year edit still moves its children.
    await rows(`UPDATE forms SET year = 2031 WHERE id = '${form}'`);
    expect(await formPlaces(form)).toEqual(placedIn('y2031'));
    await rows(`DELETE FROM form_keys WHERE id = '${form}'`);
  });

  it(
    'backs up the parents and restores every row into its year’s partition',
    { timeout: 120_000 },
    async () => {
      // A year with no partition: its row stays in DEFAULT, in the backup and after the restore.
      await rows(`INSERT INTO forms (region_code, id, org_id, year, kind, form_type, name, rest) VALUES
      ('${REGION}', '00000000-0000-4000-8000-0000000000f3', '${ORG}', 2040, 'project', '申报表', '项目丙', '{}')`);
      const late = '00000000-0000-4000-8000-0000000000e4';
      await rows(confirmedEvaluation(late, '00000000-0000-4000-8000-0000000000f3', 2040));
      const file = join(dir, `${driver}.backup.gz`);
      const summary = await backupTo(database, file);
      expect(summary.tables.self_evaluations).toBe(3);

      const target = await createTestDatabase(driver);
      others.push(target);
      await restoreFrom(target, file);
      const placed = await queryRows<{ year: number; p: string }>(
        target.db,
        sql`select year, tableoid::regclass::text as p from self_evaluations order by year`,
      );
      // The restored database opened 2030 and 2031 from the backup's fiscal_years as they were restored.
      expect(placed).toEqual([
        { year: 2030, p: 'self_evaluations_y2030' },
        { year: 2031, p: 'self_evaluations_y2031' },
        { year: 2040, p: 'self_evaluations_default' },
      ]);
      const misses = await queryRows<{ n: number }>(
        target.db,
        sql`select count(*)::int as n from self_evaluation_misses`,
      );
      expect(misses).toEqual([{ n: 3 }]);
      const entries = await queryRows<{ p: string }>(
        target.db,
        sql`select tableoid::regclass::text as p from monitoring_entries`,
      );
      expect(entries).toEqual([{ p: 'monitoring_entries_y2031' }]);
      // Forms and their children in their year's partition (the year without one, 2040, in DEFAULT).
      const forms = await queryRows<{ year: number; p: string }>(
        target.db,
        sql`select year, tableoid::regclass::text as p from forms order by year, id`,
      );
      expect(forms).toEqual([
        { year: 2031, p: 'forms_y2031' },
        { year: 2031, p: 'forms_y2031' },
        { year: 2040, p: 'forms_default' },
      ]);
      const indicators = await queryRows<{ p: string }>(
        target.db,
        sql`select tableoid::regclass::text as p from indicators`,
      );
      expect(indicators).toEqual([{ p: 'indicators_y2031' }]);
      const keys = await queryRows<{ n: number }>(target.db, sql`select count(*)::int as n from form_keys`);
      expect(keys).toEqual([{ n: 3 }]);
    },
  );
});
