// The self-evaluation list is read page by page (keyset on `updated_at desc, id`): following nextCursor
// gives every row of the reader's scope once, the year and the scope hold on every page, a cursor that
// is not one of ours is refused in Chinese, and the units to chase (催报) come from one aggregate over
// the whole year, not from a page.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainBuilt } from '../../db/prepared.ts';
import { selfEvaluations } from '../../db/schema.ts';
import { followPages } from '../../test-support/follow-pages.ts';
import { nodesOf, type PlanNode } from '../../test-support/generic-plans.ts';
import { createTestApp, TEST_REGION, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { approvedProject } from '../../test-support/approved-project.ts';
import { evaluationPageQuery } from './self-evaluation.repo.ts';

interface Item {
  id: string;
  year: number;
  orgName: string;
  status: string;
}

describe.each(drivers)('self-evaluation pages on %s', (driver) => {
  let ctx: TestContext;
  const expected = new Map<string, { year: number; org: string; status: string }>();

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    // Self-evaluations written straight to the table: the list reads them, how they were filled does not
    // matter here. Several share one updated_at, so the cursor's tie-break on id is exercised.
    const plan = [
      { filler: 'fillerA1', org: 'unitA1', n: 5 },
      { filler: 'fillerA2', org: 'unitA2', n: 3 },
      { filler: 'fillerB1', org: 'unitB1', n: 3 },
    ] as const;
    const statuses = ['draft', 'submitted', 'confirmed', 'scored', 'passed'];
    let k = 0;
    for (const p of plan) {
      const session = await ctx.as(p.filler);
      for (let i = 0; i < p.n; i++) {
        const form = sampleProject({ name: `${p.org}项目${i}` });
        const formId = (await session.post('/api/forms', { form })).json().meta.id as string;
        for (const year of [2025, 2024]) {
          // unitA2 has finished everything: nothing to chase there.
          const status = p.org === 'unitA2' ? 'passed' : statuses[k % statuses.length]!;
          const at = new Date(Date.UTC(2026, 0, 1 + (k % 4), 8)); // four times for many rows: ties
          const [row] = await ctx.database.db
            .insert(selfEvaluations)
            .values({
              regionCode: TEST_REGION,
              formId,
              orgId: ctx.orgs[p.org],
              year,
              status,
              data: {},
              updatedAt: at,
              createdAt: at,
            })
            .returning({ id: selfEvaluations.id });
          expected.set(row!.id, { year, org: p.org, status });
          k++;
        }
      }
    }
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const follow = (session: Session, query: string, limit: number) =>
    followPages<Item>(session, `/api/self-evaluations?${query}&limit=${limit}`, limit);

  it('follows nextCursor through every self-evaluation of the year once, finance seeing all', async () => {
    const finance = await ctx.as('finance');
    const pages = await follow(finance, 'year=2025', 3);
    expect(pages.length).toBeGreaterThan(2);
    const ids = pages.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const want = [...expected].filter(([, v]) => v.year === 2025).map(([id]) => id);
    expect([...ids].sort()).toEqual([...want].sort());
    for (const e of pages.flat()) expect(e.year).toBe(2025);
    const first = (await finance.get('/api/self-evaluations?year=2025&limit=3')).json();
    expect(first.total).toBe(want.length);
    expect(first.totalCapped).toBe(false);
  });

  it('keeps the scope on every page: a reviewer its departments, a filler its unit', async () => {
    const reviewer = await ctx.as('reviewerA');
    const seen = (await follow(reviewer, 'year=2025', 2)).flat();
    expect(seen).toHaveLength(8);
    for (const e of seen) expect(expected.get(e.id)?.org).toMatch(/^unitA/);
    const filler = await ctx.as('fillerA2');
    const own = (await follow(filler, 'year=2024', 1)).flat();
    expect(own).toHaveLength(3);
    for (const e of own) expect(expected.get(e.id)).toMatchObject({ year: 2024, org: 'unitA2' });
  });

  it('reads a page after a cursor from the evaluations alone: no form, form key or organisation a row', async () => {
    // The names are carried on each evaluation (migration 0052): a page looked up each one's form through its
    // key and its organisation.
    const db = ctx.database.db;
    const { page } = evaluationPageQuery(db, 'all', true, 'none');
    const plan = await db.transaction(async (tx) => {
      // As at scale, where each row is read by its index (a table this small is read whole).
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return (await explainBuilt(tx, page, {
        year: 2025,
        afterAt: '2026-01-03 08:00:00+00',
        afterId: '00000000-0000-0000-0000-000000000000',
        limit: 4,
      })) as { Plan: PlanNode }[];
    });
    const read = new Set(nodesOf(plan[0]!.Plan).flatMap((n) => n['Relation Name'] ?? []));
    expect([...read].filter((r) => !r.startsWith('self_evaluations'))).toEqual([]);
    expect(read.size).toBeGreaterThan(0);
  });

  it('refuses a cursor it did not give with 400 bad-cursor', async () => {
    const finance = await ctx.as('finance');
    for (const cursor of [
      'not-a-cursor',
      Buffer.from('["2026-01-01 08:00:00+00"]').toString('base64url'),
      Buffer.from('["yesterday","00000000-0000-0000-0000-000000000000"]').toString('base64url'),
    ]) {
      const res = await finance.get(`/api/self-evaluations?year=2025&cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('bad-cursor');
      expect(res.json().message).toMatch(/翻页位置/);
    }
  });

  it('names the units to chase over the whole year, within the reader’s scope', async () => {
    const unfinished = new Set(
      [...expected.values()]
        .filter((v) => v.year === 2025 && ['draft', 'scored', 'returned'].includes(v.status))
        .map((v) => v.org),
    );
    // The plan leaves one unit with nothing to finish in 2025, so the aggregate must tell them apart.
    expect(unfinished.size).toBeGreaterThan(0);
    expect(unfinished.size).toBeLessThan(3);
    const names = await orgNames();
    const byName = (orgs: Iterable<string>) =>
      [...orgs].map((o) => names.get(o)!).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const finance = (await (await ctx.as('finance')).get('/api/self-evaluations/behind?year=2025')).json();
    expect(finance.units).toEqual(byName(unfinished));
    const reviewerB = (
      await (await ctx.as('reviewerB')).get('/api/self-evaluations/behind?year=2025')
    ).json();
    expect(reviewerB.units).toEqual(byName([...unfinished].filter((o) => o === 'unitB1')));
    expect((await (await ctx.as('finance')).get('/api/self-evaluations/behind')).statusCode).toBe(400);
  });

  it('chases a unit with an approved project not yet evaluated, though all its evaluations are done', async () => {
    const names = await orgNames();
    const before = (await (await ctx.as('finance')).get('/api/self-evaluations/behind?year=2025')).json();
    expect(before.units).not.toContain(names.get('unitA2'));
    await approvedProject(ctx, { name: '待自评项目' }, { filler: 'fillerA2', reviewer: 'reviewerA' });
    const after = (await (await ctx.as('finance')).get('/api/self-evaluations/behind?year=2025')).json();
    expect(after.units).toContain(names.get('unitA2'));
    const reviewerB = (
      await (await ctx.as('reviewerB')).get('/api/self-evaluations/behind?year=2025')
    ).json();
    expect(reviewerB.units).not.toContain(names.get('unitA2'));
  });

  /** Organisation key → its name, as the list shows it. */
  async function orgNames(): Promise<Map<string, string>> {
    const items: Item[] = (await (await ctx.as('finance')).get('/api/self-evaluations?limit=200')).json()
      .items;
    return new Map(items.map((e) => [expected.get(e.id)!.org, e.orgName] as const));
  }
});
