// The check-report batches are listed page by page (keyset on `created_at desc, id`): following
// nextCursor gives every batch of the year once, the year and the region hold on every page, a cursor
// that is not one of ours is refused in Chinese, and the page polls only the batches still running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBatches } from '../../db/schema.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { STALE_AFTER_MS } from './check-reports.repo.ts';

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
    const seen: Item[] = [];
    let url = '/api/check-batches?year=2025&limit=3';
    for (let n = 0; ; n++) {
      expect(n).toBeLessThan(20);
      const res = await finance.get(url);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      if (n === 0) expect(body).toMatchObject({ total: 9, totalCapped: false });
      else expect(body.total).toBeNull();
      seen.push(...body.items);
      if (body.nextCursor === null) break;
      expect(body.items).toHaveLength(3);
      url = `/api/check-batches?year=2025&limit=3&cursor=${body.nextCursor}`;
    }
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
});
