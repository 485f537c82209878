// The organisation's name each form carries for the list (migration 0050): written by the database from `orgs`
// when a form is inserted or moved, and on a rename in the renaming transaction; the list answers it without
// reading `orgs`, in the same order as before the rename.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

interface Item {
  id: string;
  orgName: string;
  updatedAt: string;
}

describe.each(drivers)('the organisation name a form carries, on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
    const a1 = await ctx.as('fillerA1');
    const a2 = await ctx.as('fillerA2');
    for (let i = 0; i < 3; i++) {
      await a1.post('/api/forms', { form: sampleProject({ name: `单位名甲${i}` }) });
      await a2.post('/api/forms', { form: sampleProject({ name: `单位名乙${i}` }) });
    }
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const list = async () =>
    (await (await ctx.as('finance')).get('/api/forms?limit=50')).json().items as Item[];
  const carried = async () =>
    queryRows<{ org_id: string; org_name: string }>(
      ctx.database.db,
      sql`select org_id::text, org_name from forms order by org_id, id`,
    );

  it('is written from the organisation when a form is inserted', async () => {
    const rows = await carried();
    expect(rows.length).toBe(6);
    for (const r of rows) expect(r.org_name).toBe(r.org_id === ctx.orgs.unitA1 ? '单位A1' : '单位A2');
  });

  it('follows a rename in the renaming transaction; the list keeps its rows and order', async () => {
    const before = await list();
    const admin = await ctx.as('admin');
    const res = await admin.request('PATCH', `/api/orgs/${ctx.orgs.unitA2}`, { name: '单位A2（新名）' });
    expect(res.statusCode).toBe(200);
    const after = await list();
    expect(after.map((i) => [i.id, i.updatedAt])).toEqual(before.map((i) => [i.id, i.updatedAt]));
    const a2Forms = new Set(
      (await carried()).filter((r) => r.org_id === ctx.orgs.unitA2).map((r) => r.org_name),
    );
    expect([...a2Forms]).toEqual(['单位A2（新名）']);
    for (const [k, item] of after.entries())
      expect(item.orgName).toBe(before[k]!.orgName === '单位A2' ? '单位A2（新名）' : '单位A1');
    // A form inserted after the rename carries the new name.
    const a2 = await ctx.as('fillerA2');
    await a2.post('/api/forms', { form: sampleProject({ name: '更名后新建' }) });
    expect((await list())[0]).toMatchObject({ orgName: '单位A2（新名）' });
  });

  it('is not changed by a rename that is rolled back', async () => {
    await ctx.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`update orgs set name = '回滚的名' where id = ${ctx.orgs.unitA1}`);
        const inside = await queryRows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from forms where org_name = '回滚的名'`,
        );
        expect(inside[0]!.n).toBe(3);
        throw new Error('rolled back');
      })
      .catch((e: unknown) => expect((e as Error).message).toBe('rolled back'));
    expect((await carried()).filter((r) => r.org_name === '单位A1').length).toBe(3);
  });

  it('follows a form moved to another organisation', async () => {
    const [one] = await carried();
    const to = one!.org_id === ctx.orgs.unitA1 ? ctx.orgs.unitA2 : ctx.orgs.unitA1;
    await ctx.database.db.execute(
      sql`update forms set org_id = ${to} where id = (select id from forms where org_id = ${one!.org_id} limit 1)`,
    );
    const names = await queryRows<{ org_name: string; name: string }>(
      ctx.database.db,
      sql`select f.org_name, o.name from forms f join orgs o on o.id = f.org_id`,
    );
    for (const r of names) expect(r.org_name).toBe(r.name);
  });
});
