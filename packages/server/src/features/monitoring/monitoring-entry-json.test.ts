// A page of a round's entries is sent as the entries keep their item's text (`list_item`, written by the
// trigger monitoring_entry_text: migration 0054): the same bytes the route's compiled serializer wrote of the
// rows read as fields — names with quotes, backslashes, control characters, U+2028 and a character outside the
// BMP, null fields, a numeric's own digits, times with microseconds — on every page of a cursor's walk; and the
// kept text follows every write: an insert (the names its own trigger sets), an update, a form's or a unit's
// rename.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundEntriesResponse } from '@jixiao/core/contracts';
import { monitoringEntries, monitoringRounds } from '../../db/schema.ts';
import { isoTimestamp } from '../../db/timestamp-text.ts';
import { compiledSerializer } from '../../http/response-serializer.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

/** What each entry is given: names and figures hard to write, times with microseconds. */
const shapes = [
  {
    orgName: '单位"引号"\\反斜杠',
    projectName: '项目\n换行\t制表\u0001\u001f',
    projectCode: null,
    status: 'filled',
    budgetLight: 'red',
    worstLight: null,
    redCount: 3,
    yellowCount: 0,
    executionRate: '85.50',
    updatedAt: '2026-01-02 08:00:00.123456+00',
  },
  {
    orgName: '分\u2028隔\u2029符',
    projectName: '外字😀𠀀',
    projectCode: 'P-001"',
    status: 'pending',
    budgetLight: null,
    worstLight: null,
    redCount: 0,
    yellowCount: 12,
    executionRate: null,
    updatedAt: '2026-01-02 08:00:00.999999+00',
  },
  {
    orgName: '',
    projectName: '<script>&amp;</script> \u007f',
    projectCode: '',
    status: 'submitted',
    budgetLight: 'green',
    worstLight: 'yellow',
    redCount: 0,
    yellowCount: 1,
    executionRate: '0',
    updatedAt: '2026-01-02 08:00:00+00',
  },
  {
    orgName: '单位',
    projectName: '旧年份',
    projectCode: '0999',
    status: 'unfilled',
    budgetLight: null,
    worstLight: 'red',
    redCount: 2147483647,
    yellowCount: 0,
    executionRate: '-12.3456789',
    updatedAt: '0999-12-31 23:59:59.0005+00',
  },
  {
    orgName: '单位',
    projectName: '同一时刻',
    projectCode: null,
    status: 'filled',
    budgetLight: 'yellow',
    worstLight: 'yellow',
    redCount: 0,
    yellowCount: 0,
    executionRate: '100.000',
    updatedAt: '2026-01-02 08:00:00+00',
  },
];

describe.each(drivers)('a round entries page as its statement wrote it on %s', (driver) => {
  let ctx: TestContext;
  let roundId = '';

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    const db = ctx.database.db;
    const [round] = await db
      .insert(monitoringRounds)
      .values({ regionCode: TEST_REGION, year: 2025, month: 7, title: '监控', thresholds: {} })
      .returning({ id: monitoringRounds.id });
    roundId = round!.id;
    const filler = await ctx.as('fillerA1');
    for (const [i, shape] of shapes.entries()) {
      const form = sampleProject({ name: `项目${i}` });
      const formId = (await filler.post('/api/forms', { form })).json().meta.id as string;
      const [row] = await db
        .insert(monitoringEntries)
        .values({ regionCode: TEST_REGION, roundId, year: 2025, formId, orgId: ctx.orgs.unitA1, data: {} })
        .returning({ id: monitoringEntries.id });
      // The carried names set afterwards: an insert takes them from the form and the unit (migration 0052).
      await db.execute(sql`update monitoring_entries set
        org_name = ${shape.orgName}, project_name = ${shape.projectName}, project_code = ${shape.projectCode},
        status = ${shape.status}, budget_light = ${shape.budgetLight}, worst_light = ${shape.worstLight},
        red_count = ${shape.redCount}, yellow_count = ${shape.yellowCount},
        execution_rate = ${shape.executionRate}::numeric, updated_at = ${shape.updatedAt}::timestamptz
        where id = ${row!.id}`);
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** The round's entries as the route read them before: fields, the time as ISO text, in the page's order. */
  async function rowsAsFields() {
    const e = monitoringEntries;
    return ctx.database.db
      .select({
        id: e.id,
        formId: e.formId,
        orgName: e.orgName,
        projectName: e.projectName,
        projectCode: e.projectCode,
        status: e.status,
        budgetLight: e.budgetLight,
        worstLight: e.worstLight,
        redCount: e.redCount,
        yellowCount: e.yellowCount,
        executionRate: e.executionRate,
        updatedAt: isoTimestamp(e.updatedAt),
      })
      .from(e)
      .where(eq(e.roundId, roundId))
      .orderBy(sql`${e.updatedAt} desc nulls last`, asc(e.id));
  }

  it('answers every page with the bytes the compiled serializer wrote of the rows as fields', async () => {
    const serialize = compiledSerializer(roundEntriesResponse)!;
    const rows = await rowsAsFields();
    expect(rows).toHaveLength(shapes.length);
    const finance = await ctx.as('finance');
    const base = `/api/monitoring/rounds/${roundId}/entries?limit=2`;
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
    // A unit's filler (its scope counted by the capped count, not the kept total) reads the same bytes.
    const filler = await ctx.as('fillerA1');
    const own = await filler.get(`/api/monitoring/rounds/${roundId}/entries?limit=50`);
    expect(own.body).toBe(
      serialize({ items: rows, total: rows.length, totalCapped: false, nextCursor: null }),
    );
  });

  it("keeps each entry's item as the serializer writes that row", async () => {
    const e = monitoringEntries;
    const texts = await ctx.database.db
      .select({ item: e.listItem })
      .from(e)
      .where(eq(e.roundId, roundId))
      .orderBy(sql`${e.updatedAt} desc nulls last`, asc(e.id));
    const rows = await rowsAsFields();
    const serialize = compiledSerializer(roundEntriesResponse)!;
    const end = ',"total":null,"totalCapped":false,"nextCursor":null}';
    expect(texts.map((t) => `{"items":[${t.item}]${end}`)).toEqual(
      rows.map((r) => serialize({ items: [r], total: null, totalCapped: false, nextCursor: null })),
    );
  });

  it('writes the kept text again on an insert, a rename of the form or of the unit', async () => {
    const db = ctx.database.db;
    const e = monitoringEntries;
    const [round] = await db
      .insert(monitoringRounds)
      .values({ regionCode: TEST_REGION, year: 2025, month: 8, title: '改名', thresholds: {} })
      .returning({ id: monitoringRounds.id });
    const filler = await ctx.as('fillerA1');
    const formId = (await filler.post('/api/forms', { form: sampleProject({ name: '原名"项目' }) })).json()
      .meta.id as string;
    // Inserted without names: the names' trigger sets them, and the kept text has them (it fires after).
    const [row] = await db
      .insert(e)
      .values({
        regionCode: TEST_REGION,
        roundId: round!.id,
        year: 2025,
        formId,
        orgId: ctx.orgs.unitA1,
        data: {},
      })
      .returning({ id: e.id });
    const kept = async () =>
      JSON.parse((await db.select({ item: e.listItem }).from(e).where(eq(e.id, row!.id)))[0]!.item) as Record<
        string,
        unknown
      >;
    const page = async () =>
      (await (await ctx.as('finance')).get(`/api/monitoring/rounds/${round!.id}/entries?limit=5`)).json()
        .items[0] as Record<string, unknown>;
    expect(await kept()).toMatchObject({ id: row!.id, formId, projectName: '原名"项目', status: 'pending' });
    expect(await kept()).toEqual(await page());
    const unitName = (await kept()).orgName;
    expect(typeof unitName === 'string' && unitName.length > 0).toBe(true);
    await db.execute(sql`update forms set name = ${'新名\\项目'}, code = 'X-1' where id = ${formId}`);
    expect(await kept()).toMatchObject({ projectName: '新名\\项目', projectCode: 'X-1' });
    await db.execute(sql`update orgs set name = '改名单位' where id = ${ctx.orgs.unitA1}`);
    expect(await kept()).toMatchObject({ orgName: '改名单位' });
    expect(await kept()).toEqual(await page());
    await db.execute(sql`update orgs set name = ${unitName} where id = ${ctx.orgs.unitA1}`);
  });
});
