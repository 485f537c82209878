// The audit log is read page by page from its id index: each page ends with nextCursor, the next page
// starts after it, and a cursor that is not one of ours is refused in Chinese.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { followPages } from '../../test-support/follow-pages.ts';
import { auditLog } from '../../db/schema.ts';
import { listAudit } from './audit.repo.ts';

describe.each(drivers)('audit log pages on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('follows nextCursor through every entry once, newest first, and ends with null', async () => {
    const admin = await ctx.as('admin');
    // Sign-ins are audited: a few more entries than one page holds.
    for (const name of ['fillerA1', 'reviewerA', 'finance'] as const) await ctx.as(name);
    const all = (await admin.get('/api/audit?limit=500')).json();
    expect(all.nextCursor).toBeNull();
    const ids: number[] = all.items.map((e: { id: number }) => e.id);
    expect(ids.length).toBeGreaterThan(3);

    const pages = await followPages<{ id: number }>(admin, '/api/audit?limit=2', 2, { counted: false });
    const seen = pages.flat().map((e) => e.id);
    // Entries written while paging (the reads are not audited) would come first; none were.
    expect(seen).toEqual(ids);
  });

  it('keeps the filter on every page', async () => {
    const admin = await ctx.as('admin');
    const first = (await admin.get('/api/audit?entity=user&limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const next = (await admin.get(`/api/audit?entity=user&limit=500&cursor=${first.nextCursor}`)).json();
    expect(next.items.length).toBeGreaterThan(0);
    for (const e of next.items) {
      expect(e.entity).toBe('user');
      expect(e.id).toBeLessThan(first.items[0].id);
    }
  });

  it("shows the administrator's region only (the log's key leads with it)", async () => {
    const admin = await ctx.as('admin');
    const own = (await admin.get('/api/audit?limit=1')).json();
    const region: string = own.items[0].regionCode;
    const other = region === '110000' ? '120000' : '110000';
    await ctx.database.db.insert(auditLog).values([
      { regionCode: other, actorName: 'elsewhere', action: 'create', entity: 'form', entityId: 'x' },
      { regionCode: region, actorName: 'here', action: 'create', entity: 'form', entityId: 'y' },
    ]);
    const page = (await admin.get('/api/audit?limit=500')).json();
    const names = page.items.map((e: { actorName: string }) => e.actorName);
    expect(names).toContain('here');
    expect(names).not.toContain('elsewhere');
    for (const e of page.items) expect(e.regionCode).toBe(region);
  });

  it('refuses a cursor it did not give with 400 bad-cursor', async () => {
    const admin = await ctx.as('admin');
    for (const cursor of [
      'not-a-cursor',
      Buffer.from('[0]').toString('base64url'),
      Buffer.from('["x"]').toString('base64url'),
    ]) {
      const res = await admin.get(`/api/audit?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'bad-cursor', message: expect.stringContaining('翻页位置') });
    }
  });

  it("answers each entry as written, its time as a Date's ISO text, read without a Date", async () => {
    const admin = await ctx.as('admin');
    const region: string = (await admin.get('/api/audit?limit=1')).json().items[0].regionCode;
    // Microseconds (a Date keeps milliseconds), JSON of any shape, every column set.
    const written = {
      regionCode: region,
      at: sql`'2026-03-01 08:00:00.123456+00'::timestamptz`,
      actorId: ctx.accounts.admin.id,
      actorName: 'admin',
      action: 'update',
      entity: 'form',
      entityId: 'z',
      before: { status: 'draft', n: [1, 2.5, null], s: '引号"与\\' },
      after: 'submitted',
      ip: '127.0.0.1',
    };
    await ctx.database.db.insert(auditLog).values(written);
    const page = (await admin.get('/api/audit?limit=1')).json();
    const { at: _at, ...rest } = written;
    expect(page.items[0]).toEqual({ ...rest, id: expect.any(Number), at: '2026-03-01T08:00:00.123Z' });
    // The fields in the table's order, as before.
    expect(Object.keys(page.items[0])).toEqual([
      'regionCode',
      'id',
      'at',
      'actorId',
      'actorName',
      'action',
      'entity',
      'entityId',
      'before',
      'after',
      'ip',
    ]);
    const read = await listAudit(ctx.database.db, region, { limit: 1 });
    expect(read.items[0]!.at).toBe('2026-03-01T08:00:00.123Z');
  });
});
