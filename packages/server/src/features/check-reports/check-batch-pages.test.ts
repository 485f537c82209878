// The check-report batches are listed page by page (keyset on `created_at desc, id`): following
// nextCursor gives every batch of the year once, the year and the region hold on every page, a cursor
// that is not one of ours is refused in Chinese, and the page polls only the batches still running.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainBuilt } from '../../db/prepared.ts';
import { checkBatches, orgs } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { nodesOf, type PlanNode } from '../../test-support/generic-plans.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { followPages } from '../../test-support/follow-pages.ts';
import { batchPageQuery, listBatches, STALE_AFTER_MS } from './check-reports.repo.ts';

interface Item {
  id: string;
  year: number;
  status: string;
}

const NOW = new Date(Date.UTC(2026, 5, 1, 8));

describe.each(drivers)('check-report batch pages on %s', (driver) => {
  let ctx: TestContext;
  const years = new Map<string, number>();
  const running: string[] = [];

  beforeAll(async () => {
    ctx = await createTestApp(driver, { clock: () => NOW });
    // Batches written straight to the table; several share a created_at (the cursor's tie-break on id).
    for (let k = 0; k < 14; k++) {
      const year = k % 3 === 0 ? 2024 : 2025;
      const created = new Date(Date.UTC(2026, 0, 1 + (k % 4)));
      // Two of 2025 still running: one moving, one not moved for long (interrupted: failed, not polled).
      const status = k === 1 || k === 2 ? 'running' : 'done';
      const updated = k === 2 ? new Date(NOW.getTime() - STALE_AFTER_MS - 1000) : NOW;
      const [row] = await ctx.database.db
        .insert(checkBatches)
        .values({
          regionCode: TEST_REGION,
          orgId: ctx.orgs.root,
          year,
          title: `批次${k}`,
          status,
          total: 3,
          createdAt: created,
          updatedAt: updated,
        })
        .returning({ id: checkBatches.id });
      years.set(row!.id, year);
      if (k === 1) running.push(row!.id);
    }
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('follows nextCursor through every batch of the year once, the year on every page', async () => {
    const finance = await ctx.as('finance');
    const url = '/api/check-batches?year=2025&limit=3';
    const seen = (await followPages<Item>(finance, url, 3)).flat();
    expect((await finance.get(url)).json()).toMatchObject({ total: 9, totalCapped: false });
    const ids = seen.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const want = [...years].filter(([, y]) => y === 2025).map(([id]) => id);
    expect([...ids].sort()).toEqual([...want].sort());
    for (const b of seen) expect(b.year).toBe(2025);
  });

  it('refuses a cursor it did not give with 400 bad-cursor', async () => {
    const finance = await ctx.as('finance');
    for (const cursor of ['nope', Buffer.from('[1]').toString('base64url')]) {
      const res = await finance.get(`/api/check-batches?year=2025&cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('bad-cursor');
      expect(res.json().message).toMatch(/翻页位置/);
    }
  });

  it('answers the batches still running of the year, without the interrupted one', async () => {
    const finance = await ctx.as('finance');
    const now = (await finance.get('/api/check-batches/running?year=2025')).json() as Item[];
    expect(now.map((b) => b.id)).toEqual(running);
    expect((await finance.get('/api/check-batches/running?year=2024')).json()).toEqual([]);
    expect((await (await ctx.as('reviewerA')).get('/api/check-batches/running?year=2025')).statusCode).toBe(
      403,
    );
  });

  it("reads a page's organisations once: the region tested on the organisation joined for its name", async () => {
    // Beside that join, `org_id in (select … where path like …)` read every batch's organisation twice.
    const { page } = batchPageQuery(ctx.database.db, 'none');
    const [root] = await ctx.database.db
      .select({ path: orgs.path })
      .from(orgs)
      .where(eq(orgs.id, ctx.orgs.root));
    const plan = await ctx.database.db.transaction(async (tx) => {
      // As at scale, where the page is read from check_batches_year_created (a table this small is read whole).
      await tx.execute(sql`set local enable_seqscan = off`);
      return (await explainBuilt(tx, page, {
        year: 2025,
        regionPath: `${root!.path}%`,
        now: NOW.toISOString(),
        afterAt: '2026-01-04 00:00:00+00',
        afterId: '00000000-0000-0000-0000-000000000000',
        limit: 4,
      })) as { Plan: PlanNode }[];
    });
    const orgReads = nodesOf(plan[0]!.Plan).filter((n) => n['Relation Name'] === 'orgs');
    expect(orgReads).toHaveLength(1);
  });

  it("shows a region's batches only, on its first page and after a cursor, newest first", async () => {
    // Batches of a year of their own, of a unit in each department and of the root.
    const owners = [ctx.orgs.unitA1, ctx.orgs.unitB1, ctx.orgs.unitA2, ctx.orgs.root, ctx.orgs.unitA1];
    const ids: string[] = [];
    for (const [k, orgId] of owners.entries()) {
      const [row] = await ctx.database.db
        .insert(checkBatches)
        .values({
          regionCode: TEST_REGION,
          orgId,
          year: 2023,
          title: `区域${k}`,
          status: 'done',
          total: 1,
          createdAt: new Date(Date.UTC(2026, 1, 1 + k)),
        })
        .returning({ id: checkBatches.id });
      ids.push(row!.id);
    }
    const [deptA] = await ctx.database.db
      .select({ path: orgs.path })
      .from(orgs)
      .where(eq(orgs.id, ctx.orgs.deptA));
    const actor: Actor = {
      id: ctx.accounts.finance.id,
      username: 'finance',
      displayName: 'finance',
      role: 'finance',
      orgId: ctx.orgs.deptA,
      orgPath: deptA!.path,
      regionCode: TEST_REGION,
    };
    // The answer's bytes (the page written by its statement), read as the client reads them.
    const pageOf = async (f: Parameters<typeof listBatches>[2]) =>
      JSON.parse((await listBatches(ctx.database.db, actor, f, NOW)).toString()) as {
        items: { id: string; orgName: string }[];
        total: number | null;
        nextCursor: string | null;
      };
    const first = await pageOf({ year: 2023, limit: 2 });
    expect(first.total).toBe(3);
    const after = decodeCursor(first.nextCursor!);
    const next = await pageOf({ year: 2023, limit: 2, after });
    expect(next.nextCursor).toBeNull();
    // Newest first: the last written of department A's (4, 2, 0), none of department B's or the root's.
    expect([...first.items, ...next.items].map((b) => b.id)).toEqual([ids[4], ids[2], ids[0]]);
    expect(next.items.map((b) => b.orgName)).toEqual(['单位A1']);
  });
});
