// The self-evaluations' figures per unit, year and status (self_evaluation_year_totals) are kept by a trigger
// on self_evaluations: after inserts, updates that move an evaluation's status, score, grade, budget or unit,
// updates that move none, and deletes, they equal a recount of the evaluations themselves; the dashboard
// reads them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { selfEvaluations } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedProject } from '../../test-support/approved-project.ts';

interface Totals {
  org_id: string;
  status: string;
  evaluations: number;
  evaluated: number;
  score_sum: string;
  grades: string;
  budget: string;
  executed: string;
}

const YEAR = 2031;

describe.each(drivers)('self-evaluation totals kept by a trigger on %s', (driver) => {
  let ctx: TestContext;
  let region = '';
  const formIds: string[] = [];
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    for (const name of ['合计项目一', '合计项目二', '合计项目三'])
      formIds.push((await approvedProject(ctx, { name })).id);
    const [form] = await queryRows<{ region_code: string }>(
      ctx.database.db,
      sql`select region_code from forms where id = ${formIds[0]}`,
    );
    region = form!.region_code;
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  // Sums compared as numbers (a kept sum that went up and down again may print 0.00 for 0).
  const kept = (year = YEAR) =>
    queryRows<Totals>(
      ctx.database.db,
      sql`select org_id::text, status, evaluations, evaluated, score_sum::numeric::float8::text as score_sum,
            concat_ws('/', grade1, grade2, grade3, grade4) as grades, budget::float8::text as budget,
            executed::float8::text as executed
          from self_evaluation_year_totals where year = ${year} order by org_id, status`,
    );
  const counted = (year = YEAR) =>
    queryRows<Totals>(
      ctx.database.db,
      sql`select org_id::text, status, count(*)::int as evaluations,
            count(*) filter (where total is not null)::int as evaluated,
            coalesce(sum(total), 0)::float8::text as score_sum,
            concat_ws('/', count(*) filter (where total is not null and grade = '优'),
              count(*) filter (where total is not null and grade = '良'),
              count(*) filter (where total is not null and grade = '中'),
              count(*) filter (where total is not null and grade = '差')) as grades,
            coalesce(sum((data->'budget'->>'annual')::numeric) filter (where total is not null), 0)::float8::text
              as budget,
            coalesce(sum((data->'budget'->>'executed')::numeric) filter (where total is not null), 0)::float8::text
              as executed
          from self_evaluations where year = ${year} group by org_id, status order by org_id, status`,
    );

  it('equal a recount of the evaluations after every kind of write', async () => {
    const db = ctx.database.db;
    const [a, b, c] = formIds;
    const budget = (annual: string, executed: string) => ({ budget: { annual, executed } });
    await db.insert(selfEvaluations).values([
      { regionCode: region, formId: a!, orgId: ctx.orgs.unitA1, year: YEAR, data: budget('100', '80') },
      {
        regionCode: region,
        formId: b!,
        orgId: ctx.orgs.unitA1,
        year: YEAR,
        status: 'confirmed',
        data: budget('200.50', '150.25'),
        total: '91.5',
        grade: '优',
      },
      {
        regionCode: region,
        formId: c!,
        orgId: ctx.orgs.unitB1,
        year: YEAR,
        status: 'confirmed',
        data: budget('50', '10'),
        total: '72',
        grade: '中',
      },
    ]);
    const inserted = await kept();
    expect(inserted).toEqual(await counted());
    expect(inserted.map((r) => [r.status, r.evaluations, r.evaluated])).toEqual(
      expect.arrayContaining([
        ['draft', 1, 0],
        ['confirmed', 1, 1],
      ]),
    );

    // Scored and confirmed; re-scored with another grade and budget; a unit moved; a write that moves nothing.
    await db.execute(
      sql`update self_evaluations set status = 'confirmed', total = 60, grade = '差' where form_id = ${a}`,
    );
    await db.execute(
      sql`update self_evaluations set total = 85, grade = '良',
            data = jsonb_set(data, '{budget,annual}', '"300"') where form_id = ${b}`,
    );
    await db.execute(sql`update self_evaluations set org_id = ${ctx.orgs.unitA1} where form_id = ${c}`);
    await db.execute(sql`update self_evaluations set version = version + 1 where form_id = ${c}`);
    const moved = await kept();
    expect(moved).toEqual(await counted());
    expect(moved).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        evaluations: 3,
        evaluated: 3,
        score_sum: '217',
        grades: '0/1/1/1',
        budget: '450',
        executed: '240.25',
      }),
    ]);

    // Sent back to the unit (unscored), then one deleted: its rows go when nothing is left in them.
    await db.execute(
      sql`update self_evaluations set status = 'returned', total = null, grade = null where form_id = ${a}`,
    );
    expect(await kept()).toEqual(await counted());
    await db.execute(sql`delete from self_evaluations where form_id = ${a}`);
    const left = await kept();
    expect(left).toEqual(await counted());
    expect(left.map((r) => r.status)).toEqual(['confirmed']);
  });

  it('are what the dashboard shows', async () => {
    const res = await (await ctx.as('finance')).get(`/api/evaluation/dashboard?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.statusCounts).toEqual({ confirmed: 2 });
    expect(body.evaluations.total).toBe(2);
  });

  // On PostgreSQL the statements run on separate connections at once: every one moves the same unit's rows of
  // the kept table (draft → confirmed), so a lost increment would show as a kept figure below the recount.
  it('equal a recount after writes to one unit made at the same time', async () => {
    const db = ctx.database.db;
    const year = YEAR + 1;
    const ids: string[] = [...formIds];
    for (let i = ids.length; i < 12; i++) ids.push((await approvedProject(ctx, { name: `同时项目${i}` })).id);
    await db.insert(selfEvaluations).values(
      ids.map((formId) => ({
        regionCode: region,
        formId,
        orgId: ctx.orgs.unitA1,
        year,
        data: { budget: { annual: '10', executed: '5' } },
      })),
    );
    await Promise.all(
      ids.map((formId, i) =>
        db.execute(
          sql`update self_evaluations set status = 'confirmed', total = ${80 + i}, grade = '良'
                where form_id = ${formId} and year = ${year}`,
        ),
      ),
    );
    await Promise.all(
      ids
        .slice(0, 4)
        .map((formId) =>
          db.execute(sql`delete from self_evaluations where form_id = ${formId} and year = ${year}`),
        ),
    );
    const totals = await kept(year);
    expect(totals).toEqual(await counted(year));
    expect(totals).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        evaluations: 8,
        evaluated: 8,
        budget: '80',
        executed: '40',
      }),
    ]);
  }, 120_000);
});
