// Forms API: create, read, save as versions, 409 on a stale version, diff, copy with origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

describe.each(drivers)('forms on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('creates a draft, stores indicators relationally with stable ids, and reads it back', async () => {
    const s = await ctx.as('fillerA1');
    const res = await s.post('/api/forms', { form: sampleProject() });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created.meta).toMatchObject({
      status: 'draft',
      version: 1,
      orgId: ctx.orgs.unitA1,
      name: '政务服务能力提升项目',
    });
    const ids = created.form.indicators.map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(6);

    const got = await s.get(`/api/forms/${created.meta.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json().form).toEqual(created.form);

    const rows = await queryRows<{ op: string; value: string; unit: string; value_kind: string }>(
      ctx.database.db,
      sql`select op, value, unit, value_kind from indicators where form_id = ${created.meta.id} order by position`,
    );
    expect(rows[0]).toMatchObject({ op: '≥', value: '2.3', unit: '万个', value_kind: 'quantitative' });
  });

  it('moves a form with its indicators and versions when its year is edited, and reads it back whole', async () => {
    const s = await ctx.as('fillerA1');
    const db = ctx.database.db;
    await queryRows(db, sql`insert into fiscal_years (year) values (2026) on conflict do nothing`);
    const created = (
      await s.post('/api/forms', { form: sampleProject({ name: '改年度项目', year: null }) })
    ).json();
    const id = created.meta.id as string;
    expect(created.meta.year).toBeNull();
    const places = async () =>
      queryRows<{ t: string; p: string; n: number }>(
        db,
        sql`select 'forms' as t, tableoid::regclass::text as p, count(*)::int as n from forms where id = ${id} group by 2
          union all select 'indicators', tableoid::regclass::text, count(*)::int from indicators where form_id = ${id} group by 2
          union all select 'form_versions', tableoid::regclass::text, count(*)::int from form_versions where form_id = ${id} group by 2
          order by 1`,
      );
    // No year: DEFAULT, shown as null (stored as NO_YEAR).
    expect(await places()).toEqual([
      { t: 'form_versions', p: 'form_versions_default', n: 1 },
      { t: 'forms', p: 'forms_default', n: 1 },
      { t: 'indicators', p: 'indicators_default', n: 6 },
    ]);
    const list = (await s.get('/api/forms?q=改年度项目')).json();
    expect(list.items.map((f: { year: number | null }) => f.year)).toEqual([null]);
    const saved = await s.put(`/api/forms/${id}`, { baseVersion: 1, form: { ...created.form, year: 2026 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().meta.year).toBe(2026);
    // The form, every version and the indicators (ids kept) are in 2026's partition now.
    expect(await places()).toEqual([
      { t: 'form_versions', p: 'form_versions_y2026', n: 2 },
      { t: 'forms', p: 'forms_y2026', n: 1 },
      { t: 'indicators', p: 'indicators_y2026', n: 6 },
    ]);
    const got = (await s.get(`/api/forms/${id}`)).json();
    expect(got.meta.year).toBe(2026);
    expect(got.form.indicators.map((i: { id: string }) => i.id)).toEqual(
      created.form.indicators.map((i: { id: string }) => i.id),
    );
    expect(
      (await s.get(`/api/forms/${id}/versions`)).json().items.map((v: { version: number }) => v.version),
    ).toEqual([1, 2]);
    expect((await s.get(`/api/forms/${id}/versions/1`)).json().form.year).toBeNull();
    expect((await s.get(`/api/forms/${id}/diff?from=1&to=2`)).statusCode).toBe(200);
    expect((await s.get('/api/forms?year=2026&q=改年度项目')).json().items).toHaveLength(1);
    // And back to no year.
    const back = await s.put(`/api/forms/${id}`, { baseVersion: 2, form: { ...got.form, year: null } });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().meta.year).toBeNull();
    expect((await places()).map((r) => r.p)).toEqual([
      'form_versions_default',
      'forms_default',
      'indicators_default',
    ]);
  });

  it('saves versions, refuses a stale save with 409 and both versions, and diffs', async () => {
    const s = await ctx.as('fillerA1');
    const created = (await s.post('/api/forms', { form: sampleProject({ name: '版本测试项目' }) })).json();
    const id = created.meta.id as string;
    const v1 = created.form;
    const edited = {
      ...v1,
      content: '修改后的内容',
      indicators: v1.indicators.map((i: { name: string }, n: number) =>
        n === 1 ? { ...i, name: '数据准确率' } : i,
      ),
    };
    edited.indicators.push({ ...sampleProject().indicators[0], name: '新增指标' });
    const saved = await s.put(`/api/forms/${id}`, { baseVersion: 1, form: edited });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().meta.version).toBe(2);
    // ids of kept indicators are kept
    expect(saved.json().form.indicators[1].id).toBe(v1.indicators[1].id);

    const stale = await s.put(`/api/forms/${id}`, {
      baseVersion: 1,
      form: { ...v1, content: '另一人的修改' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'version-conflict',
      current: { version: 2 },
      yours: { baseVersion: 1 },
    });
    expect(stale.json().current.form.content).toBe('修改后的内容');
    const after = (await s.get(`/api/forms/${id}`)).json();
    expect(after.meta.version).toBe(2);
    expect(after.form.content).toBe('修改后的内容');

    const audit = (await (await ctx.as('admin')).get(`/api/audit?entity=form&entityId=${id}`)).json().items;
    const save = audit.find((e: { action: string }) => e.action === 'form-save');
    expect(save).toMatchObject({ actorName: 'fillerA1', before: { version: 1 }, after: { version: 2 } });
    expect(save.after.changed.fields).toContain('/content');
    expect(save.after.changed.indicatorsChanged).toEqual([v1.indicators[1].id]);
    const versions = (await s.get(`/api/forms/${id}/versions`)).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const diff = (await s.get(`/api/forms/${id}/diff?from=1&to=2`)).json();
    expect(diff.fields).toContainEqual({
      path: '/content',
      before: '建设电子证照库，提升政务服务效率',
      after: '修改后的内容',
    });
    expect(diff.indicators.added).toHaveLength(1);
    expect(diff.indicators.removed).toHaveLength(0);
    expect(diff.indicators.changed).toEqual([
      {
        id: v1.indicators[1].id,
        name: '数据准确率',
        changes: [{ path: '/name', before: '证照数据准确率', after: '数据准确率' }],
      },
    ]);
  });

  it('copies a form into another year; indicators remember their origin', async () => {
    const s = await ctx.as('fillerA1');
    const created = (await s.post('/api/forms', { form: sampleProject({ name: '跨年项目' }) })).json();
    const copy = await s.post(`/api/forms/${created.meta.id}/copy`, { year: 2026 });
    expect(copy.statusCode, copy.body).toBe(201);
    const c = copy.json();
    expect(c.meta).toMatchObject({ year: 2026, copiedFromId: created.meta.id, status: 'draft' });
    expect(c.form.year).toBe(2026);
    const rows = await queryRows<{ origin_id: string }>(
      ctx.database.db,
      sql`select origin_id from indicators where form_id = ${c.meta.id} order by position`,
    );
    expect(rows.map((r) => r.origin_id)).toEqual(created.form.indicators.map((i: { id: string }) => i.id));
  });

  it('lists only what the caller may see', async () => {
    const a1 = await ctx.as('fillerA1');
    const b1 = await ctx.as('fillerB1');
    await b1.post('/api/forms', { form: sampleProject({ name: 'B1的项目' }) });
    const listA1 = (await a1.get('/api/forms?limit=200')).json();
    expect(listA1.items.every((f: { orgId: string }) => f.orgId === ctx.orgs.unitA1)).toBe(true);
    const listRevA = (await (await ctx.as('reviewerA')).get('/api/forms?limit=200')).json();
    expect(listRevA.items.some((f: { name: string }) => f.name === 'B1的项目')).toBe(false);
    expect(listRevA.total).toBe(listA1.total);
    const listFin = (await (await ctx.as('finance')).get('/api/forms?limit=200')).json();
    expect(listFin.total).toBe(listA1.total + 1);
  });

  it('pages the list newest first, without overlaps or gaps, with organisation names', async () => {
    const a2 = await ctx.as('fillerA2');
    for (const name of ['分页一', '分页二', '分页三'])
      await a2.post('/api/forms', { form: sampleProject({ name }) });
    const reviewer = await ctx.as('reviewerA');
    const all = (await reviewer.get('/api/forms?limit=200')).json();
    const first = (await reviewer.get('/api/forms?limit=2&offset=0')).json();
    const second = (await reviewer.get('/api/forms?limit=2&offset=2')).json();
    expect([...first.items, ...second.items].map((f: { id: string }) => f.id)).toEqual(
      all.items.slice(0, 4).map((f: { id: string }) => f.id),
    );
    expect(first.items.map((f: { name: string }) => f.name)).toEqual(['分页三', '分页二']);
    expect(first.items[0].orgName).toBe('单位A2');
    const times = all.items.map((f: { updatedAt: string }) => Date.parse(f.updatedAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(first.total).toBe(all.total);
  });

  it('gives the total with a page by offset past the last form (no row carries the count)', async () => {
    const reviewer = await ctx.as('reviewerA');
    const all = (await reviewer.get('/api/forms?limit=200')).json();
    const past = (await reviewer.get(`/api/forms?limit=2&offset=${all.total + 10}`)).json();
    expect(past.items).toEqual([]);
    expect(past.total).toBe(all.total);
    const last = (await reviewer.get(`/api/forms?limit=2&offset=${all.total - 1}`)).json();
    expect(last.items).toHaveLength(1);
    expect(last.total).toBe(all.total);
  });

  it('pages by cursor in a stable order while forms are added between pages, to a last page', async () => {
    const b1 = await ctx.as('fillerB1');
    for (const name of ['游标一', '游标二', '游标三', '游标四', '游标五'])
      await b1.post('/api/forms', { form: sampleProject({ name }) });
    const before = (await b1.get('/api/forms?limit=200')).json();
    const first = (await b1.get('/api/forms?limit=2')).json();
    expect(first.total).toBe(before.total); // counted on the first page
    expect(first.nextCursor).toEqual(expect.any(String));
    // A form written between pages goes to the head of the list, not into the pages still to come.
    await b1.post('/api/forms', { form: sampleProject({ name: '游标之间' }) });
    const seen: string[] = first.items.map((f: { id: string }) => f.id);
    let cursor: string | null = first.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = (await b1.get(`/api/forms?limit=2&cursor=${encodeURIComponent(cursor)}`)).json();
      expect(page.total).toBeNull(); // not counted again
      seen.push(...page.items.map((f: { id: string }) => f.id));
      cursor = page.nextCursor;
      pages++;
    }
    expect(seen).toEqual(before.items.map((f: { id: string }) => f.id));
    expect(pages).toBe(Math.ceil(before.items.length / 2));
  });

  it('refuses a cursor it did not give with 400 and a Chinese message', async () => {
    const s = await ctx.as('finance');
    for (const bad of ['not-a-cursor', Buffer.from('["yesterday","x"]').toString('base64url')]) {
      const res = await s.get(`/api/forms?cursor=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'bad-cursor', message: expect.stringContaining('翻页位置') });
    }
  });

  it('searches names by substring (q=), % and _ taken literally', async () => {
    const b1 = await ctx.as('fillerB1');
    await b1.post('/api/forms', { form: sampleProject({ name: '检索用的水利工程项目' }) });
    await b1.post('/api/forms', { form: sampleProject({ name: '百分之百_项目%' }) });
    const names = async (q: string) =>
      (await b1.get(`/api/forms?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((f: { name: string }) => f.name);
    expect(await names('水利工程')).toEqual(['检索用的水利工程项目']);
    expect(await names('_项目%')).toEqual(['百分之百_项目%']);
    expect(await names('%')).toEqual(['百分之百_项目%']);
    expect(await names('没有这个')).toEqual([]);
  });

  it('refuses bad input with field-level errors', async () => {
    const s = await ctx.as('fillerA1');
    const wrongType = await s.post('/api/forms', { form: { ...sampleProject(), year: '二〇二五' } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json()).toMatchObject({ code: 'invalid-input', errors: [{ path: '/form/year' }] });
    const unknown = await s.post('/api/forms', { form: { ...sampleProject(), colour: 'red' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual({
      path: '/form/colour',
      code: 'unknown-field',
      message: '不认识的字段“colour”',
    });
    const badId = await s.get('/api/forms/not-a-uuid');
    expect(badId.statusCode).toBe(400);
  });
});
