// A published 部门预算公开 stays published: generating again (by the department's filler or by finance)
// changes the draft only; the public page, its exports and the open data keep the published version until
// finance publishes a new one, which becomes version 2. Finance publishes only the generation it reviewed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleBudget } from '../../test-support/sample-budget.ts';
import { and, eq } from 'drizzle-orm';
import { budgetPublications, orgs } from '../../db/schema.ts';

describe.each(drivers)('publication of 部门预算公开 on %s', (driver) => {
  let ctx: TestContext;
  let finance: Session;
  let filler: Session;
  let deptA = '';
  const publicOne = () => ctx.app.inject({ url: `/api/public/disclosures/${deptA}/2025` });
  const csvRows = async () =>
    (await ctx.app.inject({ url: '/api/open-data/budgets.csv?year=2025' })).body
      .trim()
      .split('\r\n')
      .slice(1);

  beforeAll(async () => {
    ctx = await createTestApp(driver);
    finance = await ctx.as('finance');
    filler = await ctx.as('fillerDeptA');
    deptA = ctx.orgs.deptA;
    expect(
      (await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 0, budget: sampleBudget() }))
        .statusCode,
    ).toBe(200);
    expect((await finance.post(`/api/disclosures/${deptA}/2025/generate`)).statusCode).toBe(201);
    const published = await finance.post(`/api/disclosures/${deptA}/2025/publish`);
    expect(published.json()).toMatchObject({
      status: 'published',
      generation: 1,
      publication: { version: 1 },
    });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it("a department filler's regeneration leaves the publication and the open data as they were", async () => {
    const before = { page: (await publicOne()).json(), csv: await csvRows() };
    expect(before.page).toMatchObject({ version: 1, status: 'published' });
    expect(before.csv).toHaveLength(4);

    const again = await filler.post(`/api/disclosures/${deptA}/2025/generate`);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({
      status: 'generated',
      generation: 2,
      publication: { version: 1, generation: 1 },
    });
    // The filler may generate but never publish.
    expect((await filler.post(`/api/disclosures/${deptA}/2025/publish`)).statusCode).toBe(403);

    const after = await publicOne();
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual(before.page);
    // The page is the same publication: a client holding it is answered 304 (its ETag).
    const held = await ctx.app.inject({
      url: `/api/public/disclosures/${deptA}/2025`,
      headers: { 'if-none-match': after.headers.etag as string },
    });
    expect(held.statusCode).toBe(304);
    expect(await csvRows()).toEqual(before.csv);
    expect((await ctx.app.inject({ url: '/api/public/disclosures' })).json().items).toHaveLength(1);
    const xlsx = await ctx.app.inject({ url: `/api/public/disclosures/${deptA}/2025/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
  });

  it('a changed budget reaches the public only when finance publishes the new generation, as version 2', async () => {
    const b = sampleBudget();
    b.functional[0]!.wages = '450.00';
    b.economic[0]!.basic = '450.00';
    b.income.generalPublic = '950.00';
    const saved = await finance.get(`/api/budgets/${deptA}/2025`);
    expect(
      (await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: saved.json().version, budget: b }))
        .statusCode,
    ).toBe(200);
    const generated = (await finance.post(`/api/disclosures/${deptA}/2025/generate`)).json();
    expect(generated.generation).toBe(3);
    expect(await csvRows()).toContain(
      `2025,${deptA},101,部门A,一般公共预算,201,2010301,行政运行,基本支出,301,工资福利支出,,500.00`,
    );

    // Finance reviewed generation 3; a filler regenerates meanwhile: publishing what finance saw is refused.
    await filler.post(`/api/disclosures/${deptA}/2025/generate`);
    const stale = await finance.post(`/api/disclosures/${deptA}/2025/publish`, { generation: 3 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'stale-disclosure']);
    const v1 = await publicOne();
    expect(v1.json().version).toBe(1);

    const ok = await finance.post(`/api/disclosures/${deptA}/2025/publish`, { generation: 4 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'published', generation: 4, publication: { version: 2 } });
    // A new publication is a new page: the tag of version 1 no longer holds.
    const v2 = await ctx.app.inject({
      url: `/api/public/disclosures/${deptA}/2025`,
      headers: { 'if-none-match': v1.headers.etag as string },
    });
    expect(v2.statusCode).toBe(200);
    expect(v2.json().version).toBe(2);
    expect(v2.headers.etag).not.toBe(v1.headers.etag);
    expect(await csvRows()).toContain(
      `2025,${deptA},101,部门A,一般公共预算,201,2010301,行政运行,基本支出,301,工资福利支出,,450.00`,
    );
    const twice = await finance.post(`/api/disclosures/${deptA}/2025/publish`);
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'already-published']);
  });

  it("reads the department's publications by their whole key: a row filed under another region is not its", async () => {
    const own = (await publicOne()).json();
    const region = (await ctx.database.db.select().from(orgs).where(eq(orgs.id, deptA)))[0]!.regionCode;
    const [shown] = await ctx.database.db
      .select()
      .from(budgetPublications)
      .where(and(eq(budgetPublications.orgId, deptA), eq(budgetPublications.version, own.version)));
    // The same department and year under another region, with a higher version: were the region left out of
    // the read, it would be the latest.
    await ctx.database.db.insert(budgetPublications).values({
      ...shown!,
      id: undefined,
      regionCode: region === '110000' ? '120000' : '110000',
      version: 99,
      generation: 99,
    });
    expect((await publicOne()).json()).toMatchObject({ version: own.version });
    const view = (await finance.get(`/api/disclosures/${deptA}/2025`)).json();
    expect(view.publication.version).toBe(own.version);
  });
});
