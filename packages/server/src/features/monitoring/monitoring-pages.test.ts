// The entries of a monitoring round are read page by page (keyset on `updated_at desc, id`): following
// nextCursor gives every entry of the reader's scope once, the scope and the status filter hold on every
// page, a cursor that is not one of ours is refused in Chinese, and the round itself answers its progress
// over every entry in scope, not over a page.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainBuilt } from '../../db/prepared.ts';
import { monitoringEntries, monitoringRounds } from '../../db/schema.ts';
import { followPages } from '../../test-support/follow-pages.ts';
import { nodesOf, type PlanNode } from '../../test-support/generic-plans.ts';
import { createTestApp, TEST_REGION, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { entryPageQuery } from './monitoring.repo.ts';

interface Item {
  id: string;
  orgName: string;
  status: string;
}

describe.each(drivers)('monitoring entry pages on %s', (driver) => {
  let ctx: TestContext;
  let roundId = '';
  let emptyRoundId = '';
  const expected = new Map<string, { org: string; status: string }>();

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    // Entries written straight to the tables: the list reads them, how they were filled does not matter
    // here. Several share one updated_at, so the cursor's tie-break on id is exercised.
    const db = ctx.database.db;
    const [round] = await db
      .insert(monitoringRounds)
      .values({
        regionCode: TEST_REGION,
        year: 2025,
        month: 7,
        title: '2025年1—7月绩效运行监控',
        thresholds: {},
      })
      .returning({ id: monitoringRounds.id });
    roundId = round!.id;
    const [empty] = await db
      .insert(monitoringRounds)
      .values({
        regionCode: TEST_REGION,
        year: 2025,
        month: 9,
        title: '2025年1—9月绩效运行监控',
        thresholds: {},
      })
      .returning({ id: monitoringRounds.id });
    emptyRoundId = empty!.id;
    const plan = [
      { filler: 'fillerA1', org: 'unitA1', n: 5 },
      { filler: 'fillerA2', org: 'unitA2', n: 3 },
      { filler: 'fillerB1', org: 'unitB1', n: 3 },
    ] as const;
    const statuses = ['unfilled', 'pending', 'filled', 'submitted'];
    let k = 0;
    for (const p of plan) {
      const session = await ctx.as(p.filler);
      for (let i = 0; i < p.n; i++) {
        const form = sampleProject({ name: `${p.org}项目${i}` });
        const formId = (await session.post('/api/forms', { form })).json().meta.id as string;
        const status = statuses[k % statuses.length]!;
        const at = new Date(Date.UTC(2026, 0, 1 + (k % 3), 8)); // three times for many rows: ties
        const [row] = await db
          .insert(monitoringEntries)
          .values({
            regionCode: TEST_REGION,
            roundId,
            year: 2025,
            formId,
            orgId: ctx.orgs[p.org],
            status,
            data: {},
            updatedAt: at,
          })
          .returning({ id: monitoringEntries.id });
        expected.set(row!.id, { org: p.org, status });
        k++;
      }
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const follow = (session: Session, query: string, limit: number) =>
    followPages<Item>(session, `/api/monitoring/rounds/${roundId}/entries?limit=${limit}${query}`, limit);

  it('reads a page after a cursor from the entries alone: no form, form key or organisation a row', async () => {
    // The names are carried on each entry (migration 0052): a deep page looked up each entry's form through
    // its key and its organisation, ~two thirds of its backend time (docs/scale.md, h-deep32).
    const db = ctx.database.db;
    const { page } = entryPageQuery(db, 'all', 'any', false, 'none');
    const plan = await db.transaction(async (tx) => {
      // As at scale, where each row is read by its index (a table this small is read whole).
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return (await explainBuilt(tx, page, {
        regionCode: TEST_REGION,
        roundId,
        afterAt: '2026-01-03 08:00:00+00',
        afterId: '00000000-0000-0000-0000-000000000000',
        limit: 4,
      })) as { Plan: PlanNode }[];
    });
    const read = new Set(nodesOf(plan[0]!.Plan).flatMap((n) => n['Relation Name'] ?? []));
    // The round's own row gives the entries' year (their partition); every other read is the entries'.
    const others = [...read].filter((r) => !r.startsWith('monitoring_entries') && r !== 'monitoring_rounds');
    expect(others).toEqual([]);
    expect([...read].some((r) => r.startsWith('monitoring_entries'))).toBe(true);
  });

  it('follows nextCursor through every entry of the round once, finance seeing all', async () => {
    const finance = await ctx.as('finance');
    const pages = await follow(finance, '', 3);
    expect(pages.length).toBe(4);
    const ids = pages.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected.keys()].sort());
    const first = (await finance.get(`/api/monitoring/rounds/${roundId}/entries?limit=3`)).json();
    expect(first).toMatchObject({ total: 11, totalCapped: false });
  });

  it('gives finance the whole round’s total as kept for the round, exact, without counting its entries', async () => {
    // The round's totals row (migration 0046; round-counts.test.ts holds it to a count of the entries) is what
    // the first page reads: moved by hand here, the page's total follows it — a count would not.
    const finance = await ctx.as('finance');
    const path = `/api/monitoring/rounds/${roundId}/entries?limit=3`;
    const db = ctx.database.db;
    await db.execute(
      sql`update monitoring_round_totals set entries = entries + 5000 where round_id = ${roundId}`,
    );
    try {
      expect((await finance.get(path)).json()).toMatchObject({ total: 5011, totalCapped: false });
      // A narrower page (a unit, a status) still counts its own entries.
      const own = (await finance.get(`${path}&status=submitted`)).json();
      expect(own.totalCapped).toBe(false);
      expect(own.total).toBeLessThan(11);
    } finally {
      await db.execute(
        sql`update monitoring_round_totals set entries = entries - 5000 where round_id = ${roundId}`,
      );
    }
    expect((await finance.get(path)).json()).toMatchObject({ total: 11, totalCapped: false });
    // A round without entries has no totals row: none.
    const empty = (await finance.get(`/api/monitoring/rounds/${emptyRoundId}/entries?limit=3`)).json();
    expect(empty).toMatchObject({ items: [], total: 0 });
  });

  it('keeps the scope and the status on every page: a reviewer its departments, a filler its unit', async () => {
    const reviewer = await ctx.as('reviewerA');
    const seen = (await follow(reviewer, '', 2)).flat();
    expect(seen).toHaveLength(8);
    for (const e of seen) expect(expected.get(e.id)?.org).toMatch(/^unitA/);
    const filler = await ctx.as('fillerA2');
    const own = (await follow(filler, '', 1)).flat();
    expect(own).toHaveLength(3);
    for (const e of own) expect(expected.get(e.id)?.org).toBe('unitA2');
    const finance = await ctx.as('finance');
    const submitted = (await follow(finance, '&status=submitted', 1)).flat();
    const want = [...expected].filter(([, v]) => v.status === 'submitted').map(([id]) => id);
    expect(want.length).toBeGreaterThan(1);
    expect(submitted.map((e) => e.id).sort()).toEqual([...want].sort());
    expect((await finance.get(`/api/monitoring/rounds/${roundId}/entries?status=done`)).statusCode).toBe(400);
  });

  it('reads a page with rows in one statement; an empty page checks the round: 404 where none is seen', async () => {
    const finance = await ctx.as('finance');
    const url = `/api/monitoring/rounds/${roundId}/entries?limit=3`;
    await finance.get(url); // the session and the statement's preparation
    if (driver === 'postgres') {
      // Statements sent while answering two pages (a session's touch may add one: not counted): the pages
      // only, the round shown by their rows, not read on its own.
      const query = pg.Client.prototype.query;
      const sent: string[] = [];
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const q = args[0];
        sent.push(typeof q === 'string' ? q : String((q as { text?: string }).text ?? ''));
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof query;
      try {
        expect((await finance.get(url)).statusCode).toBe(200);
        expect((await finance.get(`${url}&status=submitted`)).statusCode).toBe(200);
      } finally {
        pg.Client.prototype.query = query;
      }
      // The round's year is read inside the page's statement (its entries' partition), never on its own.
      expect(
        sent.filter((t) => t.includes('"monitoring_rounds"') && !t.includes('"monitoring_entries"')),
      ).toEqual([]);
      expect(sent.filter((t) => t.includes('"monitoring_entries"'))).toHaveLength(2);
    }
    // A round of another region, an unknown one: 404; finance and a round without entries: an empty page;
    // a unit that sees none of the round's entries: 404, as before.
    const [elsewhere] = await ctx.database.db
      .insert(monitoringRounds)
      .values({ regionCode: '999999', year: 2025, month: 7, title: '别处的轮次', thresholds: {} })
      .returning({ id: monitoringRounds.id });
    expect((await finance.get(`/api/monitoring/rounds/${elsewhere!.id}/entries`)).statusCode).toBe(404);
    expect((await finance.get(`/api/monitoring/rounds/${randomUUID()}/entries`)).statusCode).toBe(404);
    const empty = (await finance.get(`/api/monitoring/rounds/${emptyRoundId}/entries`)).json();
    expect(empty).toMatchObject({ items: [], total: 0 });
    const unit = await ctx.as('fillerB1');
    expect((await unit.get(`/api/monitoring/rounds/${emptyRoundId}/entries`)).statusCode).toBe(404);
    expect((await unit.get(`/api/monitoring/rounds/${roundId}/entries?status=done`)).statusCode).toBe(400);
    const own = (await unit.get(`/api/monitoring/rounds/${roundId}/entries`)).json();
    expect(own.items).toHaveLength(3);
  });

  it('answers the round’s progress over every entry in scope, without the entries', async () => {
    const finance = (await (await ctx.as('finance')).get(`/api/monitoring/rounds/${roundId}`)).json();
    expect(finance.entries).toBeUndefined();
    const total = finance.progress.reduce((n: number, d: { entries: number }) => n + d.entries, 0);
    expect(total).toBe(11);
    const submitted = [...expected.values()].filter((v) => v.status === 'submitted').length;
    expect(finance.progress.reduce((n: number, d: { submitted: number }) => n + d.submitted, 0)).toBe(
      submitted,
    );
    const reviewerB = (await (await ctx.as('reviewerB')).get(`/api/monitoring/rounds/${roundId}`)).json();
    expect(reviewerB.progress.map((d: { entries: number }) => d.entries)).toEqual([3]);
  });

  it('names at most the latest 5 tables a unit has not submitted, counting them all', async () => {
    const db = ctx.database.db;
    const [big] = await db
      .insert(monitoringRounds)
      .values({
        regionCode: TEST_REGION,
        year: 2025,
        month: 10,
        title: '2025年1—10月绩效运行监控',
        thresholds: {},
      })
      .returning({ id: monitoringRounds.id });
    const filler = await ctx.as('fillerB1');
    const latest: string[] = [];
    for (let i = 0; i < 23; i++) {
      const form = sampleProject({ name: `单位B1大项目${i}` });
      const formId = (await filler.post('/api/forms', { form })).json().meta.id as string;
      const [row] = await db
        .insert(monitoringEntries)
        .values({
          regionCode: TEST_REGION,
          roundId: big!.id,
          year: 2025,
          formId,
          orgId: ctx.orgs.unitB1,
          status: i === 0 ? 'submitted' : 'pending',
          data: {},
          updatedAt: new Date(Date.UTC(2026, 1, 1, 8, i)),
        })
        .returning({ id: monitoringEntries.id });
      if (i > 0) latest.unshift(row!.id);
    }
    const reviewer = await ctx.as('reviewerB');
    const round = (await reviewer.get(`/api/monitoring/rounds/${big!.id}`)).json();
    const unit = round.progress[0].units[0];
    expect(unit).toMatchObject({ entries: 23, submitted: 1, unfilled: 0 });
    // The unit's tables not submitted, by pages of 5 (latest changed first): each once, none submitted.
    const base = `/api/monitoring/rounds/${big!.id}/entries?orgId=${ctx.orgs.unitB1}&status=not-submitted&limit=5`;
    const first = (await reviewer.get(base)).json();
    expect(first.total).toBe(22);
    expect(first.items[0]).toMatchObject({ projectName: '单位B1大项目22', status: 'pending' });
    const ids: string[] = first.items.map((e: { id: string }) => e.id);
    let next: string | null = first.nextCursor;
    while (next !== null) {
      const page = (await reviewer.get(`${base}&cursor=${next}`)).json();
      ids.push(...page.items.map((e: { id: string }) => e.id));
      next = page.nextCursor;
    }
    expect(ids).toEqual(latest);
    // Another unit's filter shows a reviewer nothing of a unit outside its subtree.
    const other = await reviewer.get(
      `/api/monitoring/rounds/${big!.id}/entries?orgId=${ctx.orgs.unitA1}&status=not-submitted`,
    );
    expect(other.json().items).toEqual([]);
  });

  it('refuses a cursor it did not give with 400 bad-cursor, and a round the reader has no entry in', async () => {
    const finance = await ctx.as('finance');
    for (const cursor of [
      'not-a-cursor',
      Buffer.from('["2026-01-01 08:00:00+00"]').toString('base64url'),
      Buffer.from('["yesterday","00000000-0000-0000-0000-000000000000"]').toString('base64url'),
    ]) {
      const res = await finance.get(`/api/monitoring/rounds/${roundId}/entries?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('bad-cursor');
      expect(res.json().message).toMatch(/翻页位置/);
    }
    // Finance sees an empty round; a unit with no entry in it does not see it at all.
    const empty = await finance.get(`/api/monitoring/rounds/${emptyRoundId}/entries`);
    expect(empty.json()).toMatchObject({ items: [], total: 0, nextCursor: null });
    const filler = await ctx.as('fillerA1');
    expect((await filler.get(`/api/monitoring/rounds/${emptyRoundId}/entries`)).statusCode).toBe(404);
    expect((await filler.get(`/api/monitoring/rounds/${roundId}/entries`)).statusCode).toBe(200);
    const unknown = '00000000-0000-0000-0000-000000000000';
    expect((await finance.get(`/api/monitoring/rounds/${unknown}/entries`)).statusCode).toBe(404);
  });
});
