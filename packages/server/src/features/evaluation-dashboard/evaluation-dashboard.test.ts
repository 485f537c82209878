// The dashboard's SQL aggregates against the row-by-row computation on generated self-evaluations (every
// status, grade and unit), for finance (all) and a reviewer (their department); the most missed from the
// counts the trigger keeps, also after confirmations, returns, edits and deletes; and its list followed by
// nextCursor (/api/evaluation/dashboard/evaluations): every self-evaluation of the year in scope exactly
// once, nothing outside the scope. The year's indicator counts (finance's most missed) equal a recount of the
// units' counts after each of those writes and a move to another unit; the misses' project and unit names
// follow a rename of the form and of the unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { parseIndicatorValue, scoreSelfEvaluation, type NewSelfEvaluation } from '@jixiao/core';
import { queryRows } from '../../db/client.ts';
import { selfEvaluations } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { createTestApp, TEST_REGION, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { orgMapOf } from '../orgs/departments.ts';
import { mostMissed, summariseDepartments, type EvaluationFact } from './evaluation-summary.ts';
import { sampleEvaluation } from '../../test-support/sample-evaluation.ts';
import { mostMissedInDb } from './evaluation-dashboard.repo.ts';

/**
 * The sample, with every fourth one's 数量 filed under another 一级 (the same name: another indicator), and
 * its 效益 and 满意度 missed now and then (so that several names miss, some as often as others).
 */
function evaluation(k: number, name: string, annual: string, executed: string, actual: string) {
  const data = sampleEvaluation(name, annual, executed, actual);
  if (k % 4 === 3) data.indicators[0]!.level1 = '效益指标';
  if (k % 5 < 2) data.indicators[1]!.actual = parseIndicatorValue('80%');
  if (k % 3 === 0) data.indicators[2]!.actual = parseIndicatorValue('85%');
  return data;
}

interface Stored {
  id: string;
  year: number;
  org: string;
  status: string;
  /** Unit name then project name: the order the row-by-row reference reads them in. */
  order: string;
  fact: EvaluationFact;
}

describe.each(drivers)('evaluation dashboard aggregates and pages on %s', (driver) => {
  let ctx: TestContext;
  const stored: Stored[] = [];

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    const plan = [
      { filler: 'fillerA1', org: 'unitA1', n: 4 },
      { filler: 'fillerA2', org: 'unitA2', n: 3 },
      { filler: 'fillerB1', org: 'unitB1', n: 3 },
    ] as const;
    const statuses = ['confirmed', 'draft', 'confirmed', 'submitted', 'confirmed', 'passed'];
    let k = 0;
    for (const p of plan) {
      const session = await ctx.as(p.filler);
      for (let i = 0; i < p.n; i++) {
        const name = `${p.org}项目${i}`;
        const formId = (await session.post('/api/forms', { form: sampleProject({ name }) })).json().meta
          .id as string;
        for (const year of [2025, 2024]) {
          // Varied scores (数量 3…12 of ≥10 → 差 to 优), budgets with decimals, some unscored.
          const data = evaluation(k, name, `${100 + k}.25`, `${50 + 7 * k}.5`, `${3 + (k % 10)}个`);
          const scored = k % 7 !== 6;
          const result = scored ? scoreSelfEvaluation(data) : null;
          const status = statuses[k % statuses.length]!;
          const at = new Date(Date.UTC(2026, 0, 1 + (k % 3), 8)); // shared times: the id breaks ties
          const [row] = await ctx.database.db
            .insert(selfEvaluations)
            .values({
              regionCode: TEST_REGION,
              formId,
              orgId: ctx.orgs[p.org],
              year,
              status,
              data,
              result,
              total: result?.total ?? null,
              grade: result?.grade?.grade ?? null,
              updatedAt: at,
              createdAt: at,
            })
            .returning({ id: selfEvaluations.id });
          stored.push({
            id: row!.id,
            year,
            org: p.org,
            status,
            order: `${p.org}/${name}`,
            fact: {
              orgId: ctx.orgs[p.org]!,
              projectName: name,
              total: result?.total ?? null,
              grade: result?.grade?.grade ?? null,
              data,
              result,
            },
          });
          k++;
        }
      }
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  async function pages(session: Session, limit: number) {
    const all: { id: string }[][] = [];
    // The dashboard brings the first page; 加载更多 asks the list alone for the next ones.
    const first = (await session.get(`/api/evaluation/dashboard?year=2025&limit=${limit}`)).json();
    all.push(first.evaluations.items);
    let next: string | null = first.evaluations.nextCursor;
    for (let n = 0; n < 100; n++) {
      if (next === null) return { first, all };
      const res = await session.get(
        `/api/evaluation/dashboard/evaluations?year=2025&limit=${limit}&cursor=${next}`,
      );
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.total).toBeNull(); // counted once, on the first page
      all.push(body.items);
      next = body.nextCursor;
      if (next !== null) expect(body.items).toHaveLength(limit);
    }
    throw new Error('the cursor never ended');
  }

  const scopes = [
    { user: 'finance', orgs: ['unitA1', 'unitA2', 'unitB1'] },
    { user: 'reviewerA', orgs: ['unitA1', 'unitA2'] },
  ] as const;

  it.each(scopes)('$user: the aggregates equal the row-by-row summaries', async ({ user, orgs }) => {
    const d = (await (await ctx.as(user)).get('/api/evaluation/dashboard?year=2025')).json();
    const rows = stored.filter((s) => s.year === 2025 && (orgs as readonly string[]).includes(s.org));
    const confirmed = rows.filter((s) => s.status === 'confirmed').map((s) => s.fact);
    expect(confirmed.length).toBeGreaterThan(2);
    const orgMap = await orgMapOf(ctx.database.db);
    expect(d.departments).toEqual(summariseDepartments(confirmed, [], orgMap));
    expect(d.missedIndicators).toEqual(mostMissed(confirmed));
    const counts: Record<string, number> = {};
    for (const s of rows) counts[s.status] = (counts[s.status] ?? 0) + 1;
    expect(d.statusCounts).toEqual(counts);
    expect(d.evaluations.total).toBe(rows.length);
  });

  it.each(scopes)('$user: paging returns every self-evaluation of the scope once', async ({ user, orgs }) => {
    const { all } = await pages(await ctx.as(user), 3);
    const ids = all.flat().map((e) => e.id);
    const expected = stored.filter((s) => s.year === 2025 && (orgs as readonly string[]).includes(s.org));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected.map((s) => s.id).sort());
    expect(all.length).toBeGreaterThan(1);
  });

  it('the list alone: its first page counts the whole list, as the dashboard does', async () => {
    const session = await ctx.as('finance');
    const page = (await session.get('/api/evaluation/dashboard/evaluations?year=2025&limit=3')).json();
    const d = (await session.get('/api/evaluation/dashboard?year=2025&limit=3')).json();
    expect(page.items).toEqual(d.evaluations.items);
    expect(page.total).toBe(d.evaluations.total);
  });

  it('refuses a cursor that is not one of ours, in Chinese with a code', async () => {
    const res = await (
      await ctx.as('finance')
    ).get('/api/evaluation/dashboard/evaluations?year=2025&cursor=bm9wZQ');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'bad-cursor' });
    expect(res.json().message).toMatch(/翻页/);
  });

  // Finance sees every unit: its scope is all it takes from the account.
  const financeActor = (): Actor => ({
    id: '00000000-0000-4000-8000-000000000000',
    username: 'finance',
    displayName: '财政',
    role: 'finance',
    orgId: ctx.orgs.unitA1,
    orgPath: '',
    regionCode: TEST_REGION,
  });
  /** The row-by-row most missed of the rows now stored, in unit and project name order. */
  const reference = (limit?: number, year = 2025) =>
    mostMissed(
      stored
        .filter((s) => s.year === year && s.status === 'confirmed')
        .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
        .map((s) => s.fact),
      limit,
    );

  it('the top of the most missed, ties included, equals the row-by-row one', async () => {
    expect(reference(10).length).toBeGreaterThan(2);
    for (const limit of [1, 2, 3, 10]) {
      expect(await mostMissedInDb(ctx.database.db, financeActor(), 2025, limit)).toEqual(reference(limit));
    }
  });

  /** The year's counts kept per indicator (finance reads them), and the same recounted from the units'. */
  const yearCounts = (from: 'kept' | 'recount') =>
    queryRows(
      ctx.database.db,
      from === 'kept'
        ? sql`select region_code, year, name, level1, evaluated, missed
            from self_evaluation_indicator_year_counts order by 1, 2, 3, 4`
        : sql`select region_code, year, name, level1, sum(evaluated)::int as evaluated,
            sum(missed)::int as missed from self_evaluation_indicator_counts
            group by region_code, year, name, level1 having sum(evaluated) > 0 order by 1, 2, 3, 4`,
    );
  const expectYearCounts = async () => expect(await yearCounts('kept')).toEqual(await yearCounts('recount'));

  it('the counts follow every kind of write (confirm, return, edit, move, delete)', async () => {
    const db = ctx.database.db;
    await expectYearCounts();
    const write = async (s: Stored, set: Partial<typeof selfEvaluations.$inferInsert>) => {
      await db
        .update(selfEvaluations)
        .set(set)
        .where(and(eq(selfEvaluations.id, s.id), eq(selfEvaluations.regionCode, TEST_REGION)));
    };
    // 2024's are none confirmed yet: four confirmed, then one of them returned.
    const of2024 = stored.filter((s) => s.year === 2024 && s.fact.result);
    const [a, b, c, e] = of2024;
    for (const s of [a!, b!, c!, e!]) {
      await write(s, { status: 'confirmed' });
      s.status = 'confirmed';
    }
    expect(reference(10, 2024).length).toBeGreaterThan(0);
    expect(await mostMissedInDb(db, financeActor(), 2024)).toEqual(reference(10, 2024));
    await expectYearCounts();
    await write(a!, { status: 'returned' });
    a!.status = 'returned';
    expect(await mostMissedInDb(db, financeActor(), 2024)).toEqual(reference(10, 2024));
    await expectYearCounts();
    // A confirmed one edited: its 数量 now reached, its 效益 missed.
    const data: NewSelfEvaluation = sampleEvaluation(b!.fact.projectName, '100', '90', '20个');
    data.indicators[1]!.actual = parseIndicatorValue('50%');
    const result = scoreSelfEvaluation(data);
    await write(b!, { data, result });
    b!.fact = { ...b!.fact, data, result };
    expect(await mostMissedInDb(db, financeActor(), 2024)).toEqual(reference(10, 2024));
    await expectYearCounts();
    // Moved to another unit: the units' counts move, the year's stay.
    const before = await yearCounts('kept');
    const key = b!.org === 'unitB1' ? 'unitA2' : 'unitB1';
    await write(b!, { orgId: ctx.orgs[key] });
    b!.fact = { ...b!.fact, orgId: ctx.orgs[key]! };
    b!.order = `${key}/${b!.fact.projectName}`;
    b!.org = key;
    expect(await yearCounts('kept')).toEqual(before);
    await expectYearCounts();
    expect(await mostMissedInDb(db, financeActor(), 2024)).toEqual(reference(10, 2024));
    // An update touching nothing counted, and a delete.
    await write(c!, { updatedAt: new Date() });
    await db
      .delete(selfEvaluations)
      .where(and(eq(selfEvaluations.id, e!.id), eq(selfEvaluations.regionCode, TEST_REGION)));
    stored.splice(stored.indexOf(e!), 1);
    expect(await mostMissedInDb(db, financeActor(), 2024)).toEqual(reference(10, 2024));
    await expectYearCounts();
    const d = (await (await ctx.as('finance')).get('/api/evaluation/dashboard?year=2024')).json();
    expect(d.missedIndicators).toEqual(reference(10, 2024));
  });

  it('a form renamed: its misses take the new name, and the most missed name it so', async () => {
    const db = ctx.database.db;
    const unnamed = () =>
      queryRows(
        db,
        sql`select m.evaluation_id from self_evaluation_misses m
            join forms f on f.region_code = m.region_code and f.id = m.form_id where m.project <> f.name`,
      );
    expect(await unnamed()).toEqual([]);
    // A project with a confirmed, missing self-evaluation of 2024, renamed to come first among its unit's.
    const missing = reference(10, 2024)[0]!.projects[0]!;
    const renamed = `0改名${missing}`;
    const [form] = await queryRows<{ id: string }>(db, sql`select id from forms where name = ${missing}`);
    const formId = form!.id;
    await db.execute(sql`update forms set name = ${renamed} where id = ${formId}`);
    for (const st of stored.filter((x) => x.fact.projectName === missing)) {
      st.fact = { ...st.fact, projectName: renamed };
      st.order = `${st.org}/${renamed}`;
    }
    expect(await unnamed()).toEqual([]);
    expect(reference(10, 2024).some((m) => m.projects.includes(renamed))).toBe(true);
    expect(await mostMissedInDb(db, financeActor(), 2024)).toEqual(reference(10, 2024));
    // A write to the form that keeps its name moves nothing.
    await db.execute(sql`update forms set updated_at = now() where id = ${formId}`);
    expect(await unnamed()).toEqual([]);
  });

  it('a unit renamed: its misses take the new name, and the most missed list its projects in the new order', async () => {
    const db = ctx.database.db;
    const stale = () =>
      queryRows(
        db,
        sql`select m.evaluation_id from self_evaluation_misses m join orgs o on o.id = m.org_id
            where m.unit <> o.name`,
      );
    expect(await stale()).toEqual([]);
    const before = reference(10, 2024);
    // 单位B1, last of the units by name, renamed to come first: its projects lead each top name's list.
    await db.execute(sql`update orgs set name = '0单位B1' where id = ${ctx.orgs.unitB1!}`);
    for (const st of stored.filter((x) => x.org === 'unitB1')) st.order = `0${st.order}`;
    expect(await stale()).toEqual([]);
    const after = reference(10, 2024);
    expect(after).not.toEqual(before);
    expect(await mostMissedInDb(db, financeActor(), 2024)).toEqual(after);
    // A reviewer of the other department still sees only its own units' projects.
    const d = (await (await ctx.as('reviewerA')).get('/api/evaluation/dashboard?year=2025')).json();
    const confirmedA = stored
      .filter((x) => x.year === 2025 && x.status === 'confirmed' && x.org !== 'unitB1')
      .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
      .map((x) => x.fact);
    expect(d.missedIndicators).toEqual(mostMissed(confirmedA));
  });
});
