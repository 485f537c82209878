// A page of the forms list by offset reads from the table only its own rows: the rows it skips are
// passed over in the sort index (forms_updated, an index-only scan), not fetched one by one from the
// table — at 60,000 forms the last page by offset took over a second that way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { explainBuilt } from '../../db/prepared.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';
import { decodeCursor } from '../../http/list-cursor.ts';
import { listPageStatement } from './forms.repo.ts';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Heap Fetches'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/**
 * Rows a plan fetched from the heap of `table` or its partitions (`forms_y2025`, `forms_default`): rows of its
 * table scans (those its filter dropped too), heap fetches of its index-only scans.
 */
function heapRows(node: PlanNode, table: string): number {
  const name = node['Relation Name'];
  const own =
    name === undefined || (name !== table && !name.startsWith(`${table}_`))
      ? 0
      : node['Node Type'] === 'Index Only Scan'
        ? (node['Heap Fetches'] ?? 0)
        : (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'];
  return own + (node.Plans ?? []).reduce((n, child) => n + heapRows(child, table), 0);
}

describe.each(drivers)('forms list by offset on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
    const s = await ctx.as('fillerA1');
    for (let i = 0; i < 24; i++) await s.post('/api/forms', { form: sampleProject({ name: `偏移${i}` }) });
    // As a database in service: vacuumed, so that the index answers without visiting the table.
    await ctx.database.db.execute(sql`vacuum analyze forms`);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('fetches from the table only the rows of the page, not those it skips', async () => {
    const f = { limit: 3, offset: 12 };
    const statement = listPageStatement(ctx.database.db, { kind: 'all' }, f);
    const plan = await ctx.database.db.transaction(async (tx) => {
      // As at scale, where the planner reads a page from its index: a table this small would otherwise be
      // read whole, or all the rows after the page's start at once, whatever the statement.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return (await explainBuilt(tx, statement.query, statement.values)) as { Plan: PlanNode }[];
    });
    // The page's rows and the one that tells whether a next page follows.
    expect(heapRows(plan[0]!.Plan, 'forms')).toBeLessThanOrEqual(f.limit + 1);
  });

  it('reads no organisation for its rows: each form carries its organisation name', async () => {
    // Joined, the lists' generic plans (a tenth of the forms taken for the unknown limit) hashed every
    // organisation of the province on every page; looked up by key for each row shown, the names were still
    // 80 of the ~180 µs of a page's execution (docs/scale.md). The form's row carries the name (migration 0050).
    const f = { limit: 3, offset: 0 };
    const statement = listPageStatement(ctx.database.db, { kind: 'all' }, f);
    expect(statement.query.toSQL().sql).not.toMatch(/"orgs"/);
    const plan = await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return (await explainBuilt(tx, statement.query, statement.values)) as { Plan: PlanNode }[];
    });
    expect(heapRows(plan[0]!.Plan, 'orgs')).toBe(0);
    const s = await ctx.as('finance');
    const page = (await s.get('/api/forms?limit=3')).json();
    expect(page.items.map((i: { orgName: string }) => i.orgName)).toEqual(['单位A1', '单位A1', '单位A1']);
  });

  it('answers the same rows as the whole list read in order, to past the end', async () => {
    const s = await ctx.as('finance');
    const all = (await s.get('/api/forms?limit=200')).json();
    const ids = all.items.map((i: { id: string }) => i.id);
    for (const offset of [1, 5, 18, ids.length - 2, ids.length - 1, ids.length, ids.length + 3]) {
      const page = (await s.get(`/api/forms?limit=3&offset=${offset}`)).json();
      expect(page.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(offset, offset + 3));
      expect(page.total).toBe(all.total);
    }
    // The same for a filtered list (a unit's own forms).
    const a1 = await ctx.as('fillerA1');
    const own = (await a1.get('/api/forms?limit=200')).json();
    const ownIds = own.items.map((i: { id: string }) => i.id);
    const page = (await a1.get('/api/forms?limit=4&offset=7')).json();
    expect(page.items.map((i: { id: string }) => i.id)).toEqual(ownIds.slice(7, 11));
  });

  it('refuses a page by number deeper than the cap, pointing to the cursor', async () => {
    // Every row skipped is read: at 60,000 forms the last page by offset cost ten first pages; by cursor, one.
    const s = await ctx.as('finance');
    const atCap = await s.get(`/api/forms?limit=3&offset=${MAX_LIST_OFFSET}`);
    expect(atCap.statusCode).toBe(200);
    expect(atCap.json().items).toEqual([]);
    const deeper = await s.get(`/api/forms?limit=3&offset=${MAX_LIST_OFFSET + 1}`);
    expect(deeper.statusCode).toBe(400);
    expect(deeper.json()).toMatchObject({
      code: 'invalid-input',
      errors: [{ path: '/offset', message: expect.stringContaining('nextCursor') }],
    });
  });

  it('numbers pages to row 2,000 at most: a skip of 10,000 cost the backend twice a skip of 2,000', async () => {
    // The figures are the contract's (docs/scale.md, thirty-fourth session), written out: a page at 2,000 is
    // answered, one past it (main allowed 10,000) is refused in Chinese, naming the cursor.
    const s = await ctx.as('finance');
    expect((await s.get('/api/forms?limit=3&offset=2000')).statusCode).toBe(200);
    for (const offset of [2001, 9999]) {
      const deeper = await s.get(`/api/forms?limit=3&offset=${offset}`);
      expect(deeper.statusCode).toBe(400);
      expect(deeper.json().errors[0].message).toContain('按页码翻页最多从第 2000 条开始');
    }
  });
});

describe.each(drivers)('forms list after a key among forms of one time on %s', (driver) => {
  // An import writes its forms in one transaction: they share one time, and the list orders them by id.
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
    const s = await ctx.as('fillerA1');
    for (let i = 0; i < 30; i++) await s.post('/api/forms', { form: sampleProject({ name: `同时${i}` }) });
    await ctx.database.db.execute(sql`update forms set updated_at = '2025-03-01T08:00:00Z'`);
    await ctx.database.db.execute(sql`vacuum analyze forms`);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** The rows fetched from the table for a page (its plan as at scale: from the indexes). */
  async function fetched(f: Parameters<typeof listPageStatement>[2]) {
    const statement = listPageStatement(ctx.database.db, { kind: 'all' }, f);
    const plan = await ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return (await explainBuilt(tx, statement.query, statement.values)) as { Plan: PlanNode }[];
    });
    return heapRows(plan[0]!.Plan, 'forms');
  }

  it('fetches from the table only the rows of the page, not the tied rows before its key', async () => {
    const s = await ctx.as('finance');
    const all = (await s.get('/api/forms?limit=200')).json();
    expect(all.items.length).toBeGreaterThanOrEqual(30);
    // The page's rows and the one that tells whether a next page follows, and at most one more read ahead
    // by the older rows' read; before, the 20 tied rows before the key as well.
    expect(await fetched({ limit: 3, offset: 20 })).toBeLessThanOrEqual(3 + 2);
    const key = (await s.get('/api/forms?limit=20')).json().nextCursor as string;
    expect(await fetched({ limit: 3, offset: 0, after: decodeCursor(key) })).toBeLessThanOrEqual(3 + 2);
  });

  it('answers the same rows by offset and by cursor as the whole list read in order', async () => {
    const s = await ctx.as('finance');
    const all = (await s.get('/api/forms?limit=200')).json();
    const ids = all.items.map((i: { id: string }) => i.id);
    for (const offset of [1, 7, 19, ids.length - 1, ids.length]) {
      const page = (await s.get(`/api/forms?limit=4&offset=${offset}`)).json();
      expect(page.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(offset, offset + 4));
    }
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await s.get(`/api/forms?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      walked.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(ids);
  });
});
