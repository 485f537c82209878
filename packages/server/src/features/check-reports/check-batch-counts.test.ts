// A first page of batches is counted from each organisation's batches a year as the database keeps them
// (check_batch_counts, migration 0053): exact above the lists' count cap, where the capped count read 1,001
// batches a page and answered the planner's estimate; and kept through every write that moves a batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { EXACT_COUNT } from '../../db/count-capped.ts';
import { queryRows } from '../../db/client.ts';
import { checkBatches, orgs } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { listBatches as listBatchBytes } from './check-reports.repo.ts';

/** A page of batches as the client reads it: the answer's bytes (written by the page's statement) parsed. */
async function listBatches(...args: Parameters<typeof listBatchBytes>) {
  return JSON.parse((await listBatchBytes(...args)).toString()) as {
    items: { id: string }[];
    total: number | null;
    totalCapped: boolean;
  };
}

const NOW = new Date(Date.UTC(2026, 5, 1, 8));

describe.each(drivers)('kept batch counts on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { clock: () => NOW });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** Finance of `orgId`, as the list sees it. */
  async function financeOf(orgId: string): Promise<Actor> {
    const [org] = await ctx.database.db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, orgId));
    return {
      id: ctx.accounts.finance.id,
      username: 'finance',
      displayName: 'finance',
      role: 'finance',
      orgId,
      orgPath: org!.path,
      regionCode: TEST_REGION,
    };
  }

  /** `n` batches of `orgId` in `year`, in one statement (as a restore or a script writes many). */
  async function addBatches(orgId: string, year: number, n: number) {
    await ctx.database.db.execute(sql`
      insert into check_batches (region_code, org_id, year, title, status, total, created_at)
      select ${TEST_REGION}, ${orgId}, ${year}, '批次' || g, 'done', 1, now() - g * interval '1 minute'
      from generate_series(1, ${n}) g`);
  }

  /** The kept counts beside a count of the batches themselves, per organisation and year. */
  async function keptAndCounted() {
    const kept = await queryRows<{ k: string }>(
      ctx.database.db,
      sql`select org_id || ' ' || year || ' ' || batches as k from check_batch_counts where batches <> 0 order by 1`,
    );
    const counted = await queryRows<{ k: string }>(
      ctx.database.db,
      sql`select org_id || ' ' || year || ' ' || count(*) as k from check_batches group by org_id, year order by 1`,
    );
    return { kept: kept.map((r) => r.k), counted: counted.map((r) => r.k) };
  }

  it('answers a first page exactly above the count cap, not an estimate', async () => {
    const over = EXACT_COUNT + 7;
    await addBatches(ctx.orgs.unitA1, 2031, over);
    const root = await financeOf(ctx.orgs.root);
    const first = await listBatches(ctx.database.db, root, { year: 2031, limit: 3 }, NOW);
    expect(first.items).toHaveLength(3);
    expect(first).toMatchObject({ total: over, totalCapped: false });
    // Through the route too, as the web asks it.
    const finance = await ctx.as('finance');
    const page = (await finance.get('/api/check-batches?year=2031&limit=3')).json();
    expect(page).toMatchObject({ total: over, totalCapped: false });
  });

  it("counts a region's batches only, and none in a year without any", async () => {
    await addBatches(ctx.orgs.unitA2, 2032, 2);
    await addBatches(ctx.orgs.unitB1, 2032, 3);
    await addBatches(ctx.orgs.root, 2032, 1);
    const of = async (orgId: string, year: number) =>
      (await listBatches(ctx.database.db, await financeOf(orgId), { year, limit: 1 }, NOW)).total;
    expect(await of(ctx.orgs.root, 2032)).toBe(6);
    expect(await of(ctx.orgs.deptA, 2032)).toBe(2);
    expect(await of(ctx.orgs.deptB, 2032)).toBe(3);
    expect(await of(ctx.orgs.root, 2040)).toBe(0);
  });

  it('keeps the counts through a batch moved to another unit or year, deleted, or rolled back', async () => {
    await addBatches(ctx.orgs.unitB1, 2033, 4);
    const [moved] = await ctx.database.db
      .select({ id: checkBatches.id })
      .from(checkBatches)
      .where(eq(checkBatches.year, 2033))
      .limit(1);
    await ctx.database.db
      .update(checkBatches)
      .set({ orgId: ctx.orgs.unitA1, year: 2034 })
      .where(eq(checkBatches.id, moved!.id));
    // A save of progress names none of the counted columns.
    await ctx.database.db
      .update(checkBatches)
      .set({ done: sql`${checkBatches.done} + 1` })
      .where(eq(checkBatches.year, 2033));
    await ctx.database.db.delete(checkBatches).where(eq(checkBatches.id, moved!.id));
    await ctx.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from check_batches where year = 2033`);
        tx.rollback();
      })
      .catch(() => undefined);
    const root = await financeOf(ctx.orgs.root);
    expect((await listBatches(ctx.database.db, root, { year: 2033, limit: 1 }, NOW)).total).toBe(3);
    expect((await listBatches(ctx.database.db, root, { year: 2034, limit: 1 }, NOW)).total).toBe(0);
    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
  });
});
