// The budget list is read page by page (keyset on `updated_at desc, id`): following nextCursor gives
// every budget the reader may see once, the year and the scope hold on every page (the scope in SQL, no
// longer filtered after reading), and a cursor that is not one of ours is refused in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgets } from '../../db/schema.ts';
import {
  createTestApp,
  TEST_REGION,
  type OrgName,
  type Session,
  type TestContext,
} from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { followPages } from '../../test-support/follow-pages.ts';

interface Item {
  orgId: string;
  year: number;
}

const ORGS: OrgName[] = ['deptA', 'unitA1', 'unitA2', 'deptB', 'unitB1'];
const YEARS = [2022, 2023, 2024, 2025];

describe.each(drivers)('budget pages on %s', (driver) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp(driver);
    let k = 0;
    for (const org of ORGS)
      for (const year of YEARS) {
        // Three save times for twenty budgets: many ties, broken by id.
        const at = new Date(Date.UTC(2026, 0, 1 + (k++ % 3)));
        await ctx.database.db.insert(budgets).values({
          regionCode: TEST_REGION,
          orgId: ctx.orgs[org],
          year,
          department: org,
          updatedAt: at,
        });
      }
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const follow = async (s: Session, query: string, limit: number) =>
    (await followPages<Item>(s, `/api/budgets?${query}limit=${limit}`, limit)).flat();

  const key = (i: Item) => `${i.orgId}/${i.year}`;

  it('follows nextCursor through every budget once, finance seeing all years', async () => {
    const seen = await follow(await ctx.as('finance'), '', 3);
    expect(new Set(seen.map(key)).size).toBe(seen.length);
    expect(seen).toHaveLength(ORGS.length * YEARS.length);
    const first = (await (await ctx.as('finance')).get('/api/budgets?limit=3')).json();
    expect(first).toMatchObject({ total: 20, totalCapped: false });
  });

  it('keeps the year and the scope on every page', async () => {
    const year = await follow(await ctx.as('finance'), 'year=2024&', 2);
    expect(year).toHaveLength(ORGS.length);
    for (const b of year) expect(b.year).toBe(2024);
    const reviewer = await follow(await ctx.as('reviewerB'), '', 3);
    expect(reviewer).toHaveLength(2 * YEARS.length);
    for (const b of reviewer) expect([ctx.orgs.deptB, ctx.orgs.unitB1]).toContain(b.orgId);
    const filler = await follow(await ctx.as('fillerA2'), '', 1);
    expect(filler.map(key).sort()).toEqual(YEARS.map((y) => `${ctx.orgs.unitA2}/${y}`).sort());
  });

  it('refuses a cursor it did not give with 400 bad-cursor', async () => {
    const res = await (await ctx.as('finance')).get('/api/budgets?cursor=abc');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'bad-cursor' });
    expect(res.json().message).toMatch(/翻页位置/);
  });
});
