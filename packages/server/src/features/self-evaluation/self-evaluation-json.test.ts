// A page of self-evaluations is sent as the evaluations keep their item's text (`list_item`, written by the trigger
// self_evaluation_text: migration 0055): the same bytes the route's compiled serializer wrote of the rows read as
// fields — names with quotes, backslashes, control characters, U+2028 and characters outside the BMP, null fields,
// a numeric's own digits, times with microseconds — on every page of a cursor's walk; and the kept text follows
// every write: an insert (the names its own trigger sets), a scoring, a form's or a unit's rename.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationListResponse } from '@jixiao/core/contracts';
import { selfEvaluations } from '../../db/schema.ts';
import { isoTimestamp } from '../../db/timestamp-text.ts';
import { compiledSerializer } from '../../http/response-serializer.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

/** What each evaluation is given: names and figures hard to write, times with microseconds. */
const shapes = [
  {
    orgName: '单位"引号"\\反斜杠',
    projectName: '项目\n换行\t制表\u0001\u001f',
    projectCode: null,
    status: 'scored',
    total: '85.50',
    grade: '良',
    executionRate: '100.000',
    updatedAt: '2026-01-02 08:00:00.123456+00',
  },
  {
    orgName: '分\u2028隔\u2029符',
    projectName: '外字😀𠀀',
    projectCode: 'P-001"',
    status: 'draft',
    total: null,
    grade: null,
    executionRate: null,
    updatedAt: '2026-01-02 08:00:00.999999+00',
  },
  {
    orgName: '',
    projectName: '<script>&amp;</script> \u007f',
    projectCode: '',
    status: 'confirmed',
    total: '0',
    grade: '差',
    executionRate: '-12.3456789',
    updatedAt: '2026-01-02 08:00:00+00',
  },
  {
    orgName: '单位',
    projectName: '旧年份',
    projectCode: '0999',
    status: 'passed',
    total: '100',
    grade: '优',
    executionRate: '0.5',
    updatedAt: '0999-12-31 23:59:59.0005+00',
  },
  {
    orgName: '单位',
    projectName: '同一时刻',
    projectCode: null,
    status: 'returned',
    total: '60.0',
    grade: '中',
    executionRate: '75',
    updatedAt: '2026-01-02 08:00:00+00',
  },
];

describe.each(drivers)('a self-evaluations page as the evaluations keep it on %s', (driver) => {
  let ctx: TestContext;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    const db = ctx.database.db;
    const filler = await ctx.as('fillerA1');
    for (const [i, shape] of shapes.entries()) {
      const form = sampleProject({ name: `项目${i}` });
      const formId = (await filler.post('/api/forms', { form })).json().meta.id as string;
      const [row] = await db
        .insert(selfEvaluations)
        .values({ regionCode: TEST_REGION, formId, orgId: ctx.orgs.unitA1, year: 2025, data: {} })
        .returning({ id: selfEvaluations.id });
      ids.push(row!.id);
      // The carried names set afterwards: an insert takes them from the form and the unit (migration 0052).
      await db.execute(sql`update self_evaluations set
        org_name = ${shape.orgName}, project_name = ${shape.projectName}, project_code = ${shape.projectCode},
        status = ${shape.status}, total = ${shape.total}::numeric, grade = ${shape.grade},
        execution_rate = ${shape.executionRate}::numeric, updated_at = ${shape.updatedAt}::timestamptz
        where id = ${row!.id}`);
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** The year's evaluations as the route read them before: fields, the time as ISO text, in the page's order. */
  async function rowsAsFields() {
    const s = selfEvaluations;
    return ctx.database.db
      .select({
        id: s.id,
        formId: s.formId,
        year: s.year,
        projectName: s.projectName,
        projectCode: s.projectCode,
        orgName: s.orgName,
        status: s.status,
        total: s.total,
        grade: s.grade,
        executionRate: s.executionRate,
        updatedAt: isoTimestamp(s.updatedAt),
      })
      .from(s)
      .where(eq(s.year, 2025))
      .orderBy(sql`${s.updatedAt} desc nulls last`, asc(s.id));
  }

  it('answers every page with the bytes the compiled serializer wrote of the rows as fields', async () => {
    const serialize = compiledSerializer(evaluationListResponse)!;
    const rows = await rowsAsFields();
    expect(rows).toHaveLength(shapes.length);
    const finance = await ctx.as('finance');
    const base = '/api/self-evaluations?year=2025&limit=2';
    let url = base;
    for (let page = 0; ; page++) {
      const res = await finance.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const body = res.json();
      const items = rows.slice(page * 2, page * 2 + 2);
      expect(res.body).toBe(
        serialize({ items, total: body.total, totalCapped: false, nextCursor: body.nextCursor }),
      );
      expect(body.total).toBe(page === 0 ? shapes.length : null);
      if (body.nextCursor === null) {
        expect(page).toBe(2);
        break;
      }
      url = `${base}&cursor=${body.nextCursor}`;
    }
    // A unit's filler (its own unit's scope) and a year with none read the same bytes as the serializer's.
    const filler = await ctx.as('fillerA1');
    const own = await filler.get('/api/self-evaluations?year=2025&limit=50');
    expect(own.body).toBe(
      serialize({ items: rows, total: rows.length, totalCapped: false, nextCursor: null }),
    );
    const none = await finance.get('/api/self-evaluations?year=2019&limit=50');
    expect(none.body).toBe(serialize({ items: [], total: 0, totalCapped: false, nextCursor: null }));
  });

  it("keeps each evaluation's item as the serializer writes that row", async () => {
    const s = selfEvaluations;
    const texts = await ctx.database.db
      .select({ item: s.listItem })
      .from(s)
      .where(eq(s.year, 2025))
      .orderBy(sql`${s.updatedAt} desc nulls last`, asc(s.id));
    const rows = await rowsAsFields();
    const serialize = compiledSerializer(evaluationListResponse)!;
    const end = ',"total":null,"totalCapped":false,"nextCursor":null}';
    expect(texts.map((t) => `{"items":[${t.item}]${end}`)).toEqual(
      rows.map((r) => serialize({ items: [r], total: null, totalCapped: false, nextCursor: null })),
    );
  });

  it('writes the kept text again on an insert, a scoring, a rename of the form or of the unit', async () => {
    const db = ctx.database.db;
    const s = selfEvaluations;
    const filler = await ctx.as('fillerA1');
    const formId = (await filler.post('/api/forms', { form: sampleProject({ name: '原名"项目' }) })).json()
      .meta.id as string;
    // Inserted without names: the names' trigger sets them, and the kept text has them (it fires after).
    const [row] = await db
      .insert(s)
      .values({ regionCode: TEST_REGION, formId, orgId: ctx.orgs.unitA1, year: 2024, data: {} })
      .returning({ id: s.id });
    const kept = async () =>
      JSON.parse((await db.select({ item: s.listItem }).from(s).where(eq(s.id, row!.id)))[0]!.item) as Record<
        string,
        unknown
      >;
    const page = async () =>
      (await (await ctx.as('finance')).get('/api/self-evaluations?year=2024&limit=5')).json()
        .items[0] as Record<string, unknown>;
    expect(await kept()).toMatchObject({
      id: row!.id,
      formId,
      year: 2024,
      projectName: '原名"项目',
      status: 'draft',
      total: null,
    });
    expect(await kept()).toEqual(await page());
    const unitName = (await kept()).orgName;
    expect(typeof unitName === 'string' && unitName.length > 0).toBe(true);
    await db.execute(
      sql`update self_evaluations set status = 'scored', total = 91.25, grade = '优' where id = ${row!.id}`,
    );
    expect(await kept()).toMatchObject({ status: 'scored', total: '91.25', grade: '优' });
    await db.execute(sql`update forms set name = ${'新名\\项目'}, code = 'X-1' where id = ${formId}`);
    expect(await kept()).toMatchObject({ projectName: '新名\\项目', projectCode: 'X-1' });
    await db.execute(sql`update orgs set name = '改名单位' where id = ${ctx.orgs.unitA1}`);
    expect(await kept()).toMatchObject({ orgName: '改名单位' });
    expect(await kept()).toEqual(await page());
    await db.execute(sql`update orgs set name = ${unitName} where id = ${ctx.orgs.unitA1}`);
  });
});
