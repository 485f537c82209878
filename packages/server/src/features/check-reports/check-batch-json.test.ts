// A page of check-report batches is written by its statement (each batch's JSON text, the page joined into one row:
// db/json-page.ts): the same bytes the route's compiled serializer wrote of `toSummary` of the rows read as fields —
// titles and names with quotes, backslashes, control characters, U+2028 and characters outside the BMP, a batch
// without its author, one not finished, times with microseconds — on every page of a cursor's walk; and a batch
// still running whose counts have not moved for STALE_AFTER_MS before the request is answered `failed` there too,
// to the millisecond.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchListResponse } from '@jixiao/core/contracts';
import { checkBatches, orgs, users } from '../../db/schema.ts';
import type { Actor } from '../../http/access.ts';
import { compiledSerializer } from '../../http/response-serializer.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { findBatch, listBatches, STALE_AFTER_MS } from './check-reports.repo.ts';

const NOW = new Date(Date.UTC(2026, 5, 1, 8, 0, 0, 500));
/** A time `ms` milliseconds before NOW, with `us` microseconds more, as PostgreSQL's text. */
const before = (ms: number, us = 0) => {
  const t = new Date(NOW.getTime() - ms);
  return `${t.toISOString().slice(0, 23)}${String(us).padStart(3, '0')}+00`;
};

/** What each batch is given: texts hard to write, counts, states about the stale mark. */
const shapes = [
  { title: '批次"引号"\\反斜杠', status: 'done', author: true, updated: before(60_000), finished: true },
  {
    title: '换行\n制表\t\u0001\u001f',
    status: 'running',
    author: false,
    updated: before(1000),
    finished: false,
  },
  // Not moved for exactly STALE_AFTER_MS (to the millisecond, some microseconds later): still running.
  {
    title: '分\u2028隔\u2029符',
    status: 'running',
    author: true,
    updated: before(STALE_AFTER_MS, 999),
    finished: false,
  },
  // One millisecond more: interrupted, answered failed.
  {
    title: '外字😀𠀀',
    status: 'running',
    author: true,
    updated: before(STALE_AFTER_MS + 1),
    finished: false,
  },
  {
    title: '<script>&amp;</script> \u007f',
    status: 'failed',
    author: false,
    updated: before(5),
    finished: true,
  },
  { title: '', status: 'done', author: true, updated: before(0), finished: true },
];

describe.each(drivers)('a page of check-report batches as its statement wrote it on %s', (driver) => {
  let ctx: TestContext;
  let actor: Actor;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await createTestApp(driver, { clock: () => NOW });
    const db = ctx.database.db;
    await db
      .update(users)
      .set({ displayName: '财政"局"\\张三😀' })
      .where(eq(users.id, ctx.accounts.finance.id));
    await db.update(orgs).set({ name: '财政\n"厅"' }).where(eq(orgs.id, ctx.orgs.root));
    for (const [k, s] of shapes.entries()) {
      const [row] = await db
        .insert(checkBatches)
        .values({
          regionCode: TEST_REGION,
          orgId: ctx.orgs.root,
          year: 2025,
          title: s.title,
          status: s.status,
          total: 1000 + k,
          done: 7 * k,
          failed: k % 2,
          errors: 2147483647 - k,
          warnings: k,
          infos: 0,
          createdBy: s.author ? ctx.accounts.finance.id : null,
          // Two share a time (the cursor's tie-break on id); one in the year 999, with microseconds.
          createdAt: new Date(k === 5 ? Date.UTC(999, 11, 31) : Date.UTC(2026, 0, 1 + Math.min(k, 3))),
          finishedAt: s.finished ? new Date(Date.UTC(2026, 1, 1, 0, 0, 0, k)) : null,
        })
        .returning({ id: checkBatches.id });
      ids.push(row!.id);
      // Microseconds a Date cannot hold (the answer writes milliseconds, truncated); the second batch's time too.
      await db.execute(
        sql`update check_batches set updated_at = ${s.updated}::timestamptz where id = ${row!.id}`,
      );
      if (k === 1)
        await db.execute(
          sql`update check_batches set created_at = '2026-01-02 00:00:00.123987+00' where id = ${row!.id}`,
        );
    }
    const [root] = await db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, ctx.orgs.root));
    actor = {
      id: ctx.accounts.finance.id,
      username: 'finance',
      displayName: 'finance',
      role: 'finance',
      orgId: ctx.orgs.root,
      orgPath: root!.path,
      regionCode: TEST_REGION,
    };
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('answers every page with the bytes the compiled serializer wrote of the batches as summaries', async () => {
    const serialize = compiledSerializer(batchListResponse)!;
    const finance = await ctx.as('finance');
    const base = '/api/check-batches?year=2025&limit=2';
    let url = base;
    const seen: string[] = [];
    for (let page = 0; ; page++) {
      expect(page).toBeLessThan(5);
      const res = await finance.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const body = res.json();
      const items = [];
      for (const item of body.items as { id: string }[])
        items.push((await findBatch(ctx.database.db, actor, item.id, NOW))!);
      expect(res.body).toBe(
        serialize({ items, total: body.total, totalCapped: false, nextCursor: body.nextCursor }),
      );
      expect(body.total).toBe(page === 0 ? shapes.length : null);
      seen.push(...items.map((b) => b.id));
      if (body.nextCursor === null) break;
      url = `${base}&cursor=${body.nextCursor}`;
    }
    expect([...seen].sort()).toEqual([...ids].sort());
    const none = await finance.get('/api/check-batches?year=2019&limit=50');
    expect(none.body).toBe(serialize({ items: [], total: 0, totalCapped: false, nextCursor: null }));
  });

  it('answers a batch not moved for longer than STALE_AFTER_MS failed, and one not moved for exactly that running', async () => {
    const finance = await ctx.as('finance');
    const all = (await finance.get('/api/check-batches?year=2025&limit=50')).json().items as {
      id: string;
      status: string;
      createdBy: string | null;
    }[];
    const statusOf = (k: number) => all.find((b) => b.id === ids[k])?.status;
    expect([0, 1, 2, 3, 4, 5].map(statusOf)).toEqual([
      'done',
      'running',
      'running',
      'failed',
      'failed',
      'done',
    ]);
    expect(all.find((b) => b.id === ids[1])?.createdBy).toBeNull();
    expect(all.find((b) => b.id === ids[0])?.createdBy).toBe('财政"局"\\张三😀');
  });

  it("hands the route the page's bytes as its statement wrote them, not rows to write again", async () => {
    const page = await listBatches(ctx.database.db, actor, { year: 2025, limit: 50 }, NOW);
    expect(Buffer.isBuffer(page)).toBe(true);
    const finance = await ctx.as('finance');
    expect(page.toString()).toBe((await finance.get('/api/check-batches?year=2025&limit=50')).body);
  });
});
