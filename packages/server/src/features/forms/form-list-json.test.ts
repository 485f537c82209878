// A page of the forms list is sent as the forms keep their item's text (`list_item`, written by the trigger
// forms_list_text: migration 0056): the same bytes the route's compiled serializer wrote of the rows read as
// fields (`listForms`, which the public list and a search still read) — names with quotes, backslashes, control
// characters, U+2028 and characters outside the BMP, null codes and budgets, a numeric's own digits, no year,
// times with microseconds and ties — on every page of a cursor's walk and of an offset's, in every scope and
// filter; and the kept text follows every write: an insert, a save, a workflow step, a unit's rename, a move.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formListResponse } from '@jixiao/core/contracts';
import { forms, orgs } from '../../db/schema.ts';
import { compiledSerializer } from '../../http/response-serializer.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { createTestApp, type AccountName, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import type { Scope } from './form-access.ts';
import { listForms, type FormFilter } from './forms.repo.ts';

/** What each form is given after its insert: names and figures hard to write, times with microseconds. */
const shapes = [
  {
    orgName: '单位"引号"\\反斜杠',
    name: '项目\n换行\t制表\u0001\u001f',
    code: null,
    status: 'submitted',
    version: 3,
    budgetTotal: '85.50',
    budgetCurrent: null,
    updatedAt: '2026-01-02 08:00:00.123456+00',
  },
  {
    orgName: '分\u2028隔\u2029符',
    name: '外字😀𠀀',
    code: 'P-001"',
    status: 'draft',
    version: 1,
    budgetTotal: null,
    budgetCurrent: '100.000',
    updatedAt: '2026-01-02 08:00:00.999999+00',
  },
  {
    orgName: '',
    name: '<script>&amp;</script> \u007f',
    code: '',
    status: 'approved',
    version: 12,
    budgetTotal: '0',
    budgetCurrent: '-12.3456789',
    updatedAt: '2026-01-02 08:00:00+00',
  },
  {
    orgName: '单位',
    name: '旧年份',
    code: '0999',
    status: 'published',
    version: 2,
    budgetTotal: '100',
    budgetCurrent: '0.5',
    updatedAt: '0999-12-31 23:59:59.0005+00',
  },
  {
    orgName: '单位',
    name: '同一时刻',
    code: null,
    status: 'returned',
    version: 4,
    budgetTotal: '60.0',
    budgetCurrent: '60.0',
    updatedAt: '2026-01-02 08:00:00+00',
  },
  {
    orgName: '单位',
    name: '同一时刻二',
    code: 'X',
    status: 'draft',
    version: 1,
    budgetTotal: null,
    budgetCurrent: null,
    updatedAt: '2026-01-02 08:00:00+00',
  },
];

/** Who inserts each form (the scopes then differ in what they see). */
const authors: AccountName[] = ['fillerA1', 'fillerA2', 'fillerB1', 'fillerA1', 'fillerA2', 'fillerA1'];

describe.each(drivers)('a page of the forms list as the forms keep it on %s', (driver) => {
  let ctx: TestContext;
  const ids: string[] = [];
  const serialize = compiledSerializer(formListResponse)!;

  beforeAll(async () => {
    // The list uncached: the writes below by SQL announce no change to the list's cache (list-cache.ts's own tests).
    ctx = await createTestApp(driver, { checkForm: () => [], config: { formCacheSeconds: 0 } });
    const db = ctx.database.db;
    for (const [i, shape] of shapes.entries()) {
      const author = await ctx.as(authors[i]!);
      const form = sampleProject({ name: `项目${i}` });
      const id = (await author.post('/api/forms', { form })).json().meta.id as string;
      ids.push(id);
      await db.execute(sql`update forms set
        org_name = ${shape.orgName}, name = ${shape.name}, code = ${shape.code}, status = ${shape.status},
        version = ${shape.version}, budget_total = ${shape.budgetTotal}::numeric,
        budget_current = ${shape.budgetCurrent}::numeric, updated_at = ${shape.updatedAt}::timestamptz
        where id = ${id}`);
    }
    // A form without a year (NO_YEAR: the document gave none), moved to that partition.
    await db.execute(sql`update forms set year = 0 where id = ${ids[4]!}`);
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** Each account's scope, as form-access.ts makes it. */
  async function scopeOf(name: AccountName): Promise<Scope> {
    if (name === 'finance') return { kind: 'all' };
    const [deptA] = await ctx.database.db
      .select({ path: orgs.path })
      .from(orgs)
      .where(eq(orgs.id, ctx.orgs.deptA));
    if (name === 'reviewerA') return { kind: 'subtree', path: deptA!.path };
    return { kind: 'org', orgId: ctx.orgs.unitA1 };
  }

  /** The route's answer and the serializer's of the same page read as fields (`listForms`), for a query. */
  async function bothAnswers(name: AccountName, query: Record<string, string | number>) {
    const session = await ctx.as(name);
    const search = new URLSearchParams(
      Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
    );
    const res = await session.get(`/api/forms?${search}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const { cursor, ...rest } = query;
    const f: FormFilter = {
      limit: 50,
      offset: 0,
      ...(rest as Partial<FormFilter>),
      after: cursor === undefined ? undefined : decodeCursor(String(cursor)),
    };
    const fields = await listForms(ctx.database.db, await scopeOf(name), f);
    return { body: res.body, expected: serialize(fields), json: res.json() };
  }

  it('answers every page of a walk, by cursor and by offset, in every scope, with the bytes of the rows as fields', async () => {
    const filters: Record<string, string | number>[] = [
      {},
      { year: 2025 },
      { status: 'draft' },
      { kind: 'project' },
      { orgId: ctx.orgs.unitA2 },
      { year: 2019 },
    ];
    let pages = 0;
    for (const name of ['finance', 'reviewerA', 'fillerA1'] as const) {
      for (const filter of filters) {
        // By cursor: two a page, to the end.
        let cursor: string | undefined;
        for (;;) {
          const query = { ...filter, limit: 2, ...(cursor === undefined ? {} : { cursor }) };
          const { body, expected, json } = await bothAnswers(name, query);
          expect(body).toBe(expected);
          pages++;
          if (json.nextCursor === null) break;
          cursor = json.nextCursor as string;
        }
        // By offset, past the end too.
        for (let offset = 0; offset <= shapes.length + 2; offset += 2) {
          const { body, expected } = await bothAnswers(name, { ...filter, limit: 2, offset });
          expect(body).toBe(expected);
          pages++;
        }
      }
    }
    // A search by offset is read as the list's page (its pattern a condition).
    const searched = await bothAnswers('finance', { q: '同一', limit: 1, offset: 1 });
    expect(searched.body).toBe(searched.expected);
    expect(searched.json.items).toHaveLength(1);
    expect(pages).toBeGreaterThan(60);
    // The whole list: every field of every form as the serializer wrote it.
    const all = await bothAnswers('finance', { limit: 50 });
    expect(all.body).toBe(all.expected);
    expect(all.json.items).toHaveLength(shapes.length);
    expect(all.json.items.find((i: { id: string }) => i.id === ids[4])).toMatchObject({
      year: null,
      name: '同一时刻',
      budgetTotal: '60.0',
    });
  });

  it("keeps each form's item as the serializer writes that row", async () => {
    const texts = await ctx.database.db
      .select({ id: forms.id, item: forms.listItem })
      .from(forms)
      .orderBy(sql`${forms.updatedAt} desc nulls last`, asc(forms.id));
    const rows = (await listForms(ctx.database.db, { kind: 'all' }, { limit: 50, offset: 0 })).items;
    expect(texts.map((t) => t.id)).toEqual(rows.map((r) => r.id));
    const end = { total: null, totalCapped: false, nextCursor: null };
    expect(texts.map((t) => serialize({ items: [JSON.parse(t.item)], ...end }))).toEqual(
      rows.map((r) => serialize({ items: [r], ...end })),
    );
    expect(
      texts.map((t) => `{"items":[${t.item}],"total":null,"totalCapped":false,"nextCursor":null}`),
    ).toEqual(rows.map((r) => serialize({ items: [r], ...end })));
  });

  it('writes the kept text again on an insert, a save, a workflow step, a move and a rename of the unit', async () => {
    const db = ctx.database.db;
    const filler = await ctx.as('fillerA1');
    const created = (await filler.post('/api/forms', { form: sampleProject({ name: '原名"项目' }) })).json();
    const id = created.meta.id as string;
    const kept = async () =>
      JSON.parse(
        (await db.select({ item: forms.listItem }).from(forms).where(eq(forms.id, id)))[0]!.item,
      ) as Record<string, unknown>;
    const listed = async () => {
      const items = (await (await ctx.as('finance')).get('/api/forms?limit=200')).json().items as {
        id: string;
      }[];
      return items.find((i) => i.id === id);
    };
    // Inserted without its unit's name: form_org_name sets it, and the kept text has it (it fires after).
    const unitName = (await kept()).orgName;
    expect(typeof unitName === 'string' && unitName.length > 0).toBe(true);
    expect(await kept()).toMatchObject({ id, name: '原名"项目', status: 'draft', version: 1 });
    expect(await kept()).toEqual(await listed());
    // A save: a new version, name and time.
    const saved = await filler.put(`/api/forms/${id}`, {
      baseVersion: 1,
      form: sampleProject({ name: '新名\\项目' }),
    });
    expect(saved.statusCode).toBe(200);
    expect(await kept()).toMatchObject({
      name: '新名\\项目',
      version: 2,
      updatedAt: saved.json().meta.updatedAt,
    });
    expect(await kept()).toEqual(await listed());
    // A workflow step and a budget written by SQL.
    await db.execute(sql`update forms set status = 'submitted', budget_total = 12.50 where id = ${id}`);
    expect(await kept()).toMatchObject({ status: 'submitted', budgetTotal: '12.50' });
    // The unit renamed (0050's trigger writes the forms' name), then the form moved to another unit.
    await db.execute(sql`update orgs set name = '改名单位' where id = ${ctx.orgs.unitA1}`);
    expect(await kept()).toMatchObject({ orgName: '改名单位' });
    expect(await kept()).toEqual(await listed());
    await db.execute(sql`update orgs set name = ${unitName} where id = ${ctx.orgs.unitA1}`);
    await db.execute(sql`update forms set org_id = ${ctx.orgs.unitA2} where id = ${id}`);
    const [unitA2] = await db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, ctx.orgs.unitA2));
    expect(await kept()).toMatchObject({ orgId: ctx.orgs.unitA2, orgName: unitA2!.name });
    expect(await kept()).toEqual(await listed());
  });
});
