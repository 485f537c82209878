// The public 部门预算公开 page is rendered once when finance publishes and stored beside the publication;
// a request sends the stored bytes. What is served must still follow the publications at once — a new
// publication, a withdrawn one, a renamed department — and one department's page is never another's.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleBudget } from '../../test-support/sample-budget.ts';
import { budgetPublicationPages, budgetPublications, orgs } from '../../db/schema.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { insertPublication } from './disclosures.repo.ts';
import { storePageCopies } from './page-copies.ts';
import { publicPageBytes, renderPublicationPage } from './public-page.ts';

describe.each(drivers)('the stored public page of 部门预算公开 on %s', (driver) => {
  let ctx: TestContext;
  let finance: Session;
  let deptA = '';
  let deptB = '';
  const pageOf = (orgId: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ url: `/api/public/disclosures/${orgId}/2025`, headers });
  const publicationsOf = (orgId: string) =>
    ctx.database.db
      .select()
      .from(budgetPublications)
      .where(and(eq(budgetPublications.orgId, orgId), eq(budgetPublications.year, 2025)))
      .orderBy(desc(budgetPublications.version));
  /**
   * A write made outside this server (another process, SQL by hand) reaches it as the database's
   * announcement (migration 0029), delivered when the write commits: the page follows once it is heard.
   */
  const onceHeard = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 20 });
  const publishA = async () => {
    expect((await finance.post(`/api/disclosures/${deptA}/2025/generate`)).statusCode).toBe(201);
    expect((await finance.post(`/api/disclosures/${deptA}/2025/publish`)).statusCode).toBe(200);
  };

  beforeAll(async () => {
    ctx = await createTestApp(driver);
    finance = await ctx.as('finance');
    deptA = ctx.orgs.deptA;
    deptB = ctx.orgs.deptB;
    expect(
      (await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 0, budget: sampleBudget() }))
        .statusCode,
    ).toBe(200);
    await publishA();
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('stores the page with the publication and serves those bytes, the department named live', async () => {
    const [p] = await publicationsOf(deptA);
    const [stored] = await ctx.database.db
      .select()
      .from(budgetPublicationPages)
      .where(eq(budgetPublicationPages.publicationId, p!.id));
    expect(stored).toBeDefined();
    const served = await pageOf(deptA);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toContain('application/json');
    expect(served.rawPayload.equals(publicPageBytes('部门A', stored!.body))).toBe(true);
    expect(served.json()).toMatchObject({ orgId: deptA, orgName: '部门A', version: 1, status: 'published' });
    // The contract's shape: the review findings are for finance, never in the public page.
    expect(served.json().findings).toBeUndefined();
    expect(served.json().forms).toEqual(expect.any(Array));
  });

  it('gzip for a client that asks for it (the same page), plain for one that refuses it', async () => {
    const plain = await pageOf(deptA);
    const zipped = await pageOf(deptA, { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).equals(plain.rawPayload)).toBe(true);
    // Other bytes, another strong tag; each answers 304 for its own encoding only.
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const held = { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag as string };
    expect((await pageOf(deptA, held)).statusCode).toBe(304);
    expect((await pageOf(deptA, { 'if-none-match': zipped.headers.etag as string })).statusCode).toBe(200);
    const refused = await pageOf(deptA, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.rawPayload.equals(plain.rawPayload)).toBe(true);
  });

  it("serves each department its own page: another department's tag is no match, its content never shown", async () => {
    const [a] = await publicationsOf(deptA);
    // Department B's publication: the same document under B, with its own title.
    const content = a!.content as { disclosure: { title: string } };
    await insertPublication(ctx.database.db, {
      regionCode: a!.regionCode,
      orgId: deptB,
      year: 2025,
      generation: 1,
      content: { ...content, disclosure: { ...content.disclosure, title: '部门B的公开' } },
      findings: [],
      budgetVersion: 1,
    });
    const pageA = await pageOf(deptA);
    const pageB = await pageOf(deptB);
    expect(pageB.json()).toMatchObject({
      orgId: deptB,
      orgName: '部门B',
      disclosure: { title: '部门B的公开' },
    });
    expect(pageA.json().disclosure.title).not.toBe('部门B的公开');
    expect(pageA.json()).toMatchObject({ orgId: deptA, orgName: '部门A' });
    expect(pageB.headers.etag).not.toBe(pageA.headers.etag);
    const crossed = await pageOf(deptA, { 'if-none-match': pageB.headers.etag as string });
    expect(crossed.statusCode).toBe(200);
    expect(crossed.json().orgId).toBe(deptA);
    // Another year of the same department has nothing published.
    expect((await ctx.app.inject({ url: `/api/public/disclosures/${deptA}/2024` })).statusCode).toBe(404);
  });

  it('a new publication is served at once, and a withdrawn one is no longer served (the earlier, then none)', async () => {
    const v1 = await pageOf(deptA);
    expect(v1.json().version).toBe(1);
    await publishA();
    const v2 = await pageOf(deptA, { 'if-none-match': v1.headers.etag as string });
    expect([v2.statusCode, v2.json().version]).toEqual([200, 2]);
    // Withdrawn: the publication row goes (its page with it, by the foreign key); the page kept in memory
    // under version 2's tag is not served, nor does its tag still answer 304.
    const [latest] = await publicationsOf(deptA);
    await ctx.database.db.delete(budgetPublications).where(eq(budgetPublications.id, latest!.id));
    const pages = await ctx.database.db
      .select()
      .from(budgetPublicationPages)
      .where(eq(budgetPublicationPages.publicationId, latest!.id));
    expect(pages).toEqual([]);
    const back = await onceHeard(async () => {
      const r = await pageOf(deptA, { 'if-none-match': v2.headers.etag as string });
      expect([r.statusCode, r.json().version]).toEqual([200, 1]);
      return r;
    });
    expect(back.rawPayload.equals(v1.rawPayload)).toBe(true);
    const [first] = await publicationsOf(deptA);
    await ctx.database.db.delete(budgetPublications).where(eq(budgetPublications.id, first!.id));
    await onceHeard(async () => expect((await pageOf(deptA)).statusCode).toBe(404));
    await publishA();
    expect((await pageOf(deptA)).json().version).toBe(1);
  });

  it('a department renamed through the server is named by its new name at once, under a new tag', async () => {
    const admin = await ctx.as('admin');
    const before = await pageOf(deptA);
    expect((await admin.request('PATCH', `/api/orgs/${deptA}`, { name: '部门甲' })).statusCode).toBe(200);
    const after = await pageOf(deptA, { 'if-none-match': before.headers.etag as string });
    expect([after.statusCode, after.json().orgName]).toEqual([200, '部门甲']);
    const { orgName: _a, ...restAfter } = after.json();
    const { orgName: _b, ...restBefore } = before.json();
    expect(restAfter).toEqual(restBefore);
    expect((await admin.request('PATCH', `/api/orgs/${deptA}`, { name: '部门A' })).statusCode).toBe(200);
    expect((await pageOf(deptA)).json().orgName).toBe('部门A');
  });

  it('a department renamed by another writer is named by its new name once the database announces it', async () => {
    const before = await pageOf(deptA);
    await ctx.database.db.update(orgs).set({ name: '部门乙' }).where(eq(orgs.id, deptA));
    await onceHeard(async () => {
      const after = await pageOf(deptA, { 'if-none-match': before.headers.etag as string });
      expect([after.statusCode, after.json().orgName]).toEqual([200, '部门乙']);
    });
    await ctx.database.db.update(orgs).set({ name: '部门A' }).where(eq(orgs.id, deptA));
    await onceHeard(async () => expect((await pageOf(deptA)).json().orgName).toBe('部门A'));
  });

  it('renders a publication stored without its page (an older server, an older backup) as the same page', async () => {
    const stored = await pageOf(deptA);
    const [p] = await publicationsOf(deptA);
    await ctx.database.db
      .delete(budgetPublicationPages)
      .where(eq(budgetPublicationPages.publicationId, p!.id));
    // A fresh server (nothing kept in memory) over the same database.
    const other = await buildApp({ config: testConfig(), database: ctx.database });
    try {
      const rendered = await other.inject({ url: `/api/public/disclosures/${deptA}/2025` });
      expect(rendered.statusCode).toBe(200);
      expect(rendered.rawPayload.equals(stored.rawPayload)).toBe(true);
    } finally {
      await other.close();
    }
  });
  describe('compressed once, at publication', () => {
    const browser = { 'accept-encoding': 'gzip, deflate, br' };
    const storedPageOf = async (publicationId: string) =>
      (
        await ctx.database.db
          .select()
          .from(budgetPublicationPages)
          .where(eq(budgetPublicationPages.publicationId, publicationId))
      )[0];
    /** The answer's bytes decoded as its Content-Encoding says. */
    const decoded = (r: Awaited<ReturnType<typeof pageOf>>) => {
      const coding = r.headers['content-encoding'];
      if (coding === 'br') return brotliDecompressSync(r.rawPayload);
      if (coding === 'gzip') return gunzipSync(r.rawPayload);
      return r.rawPayload;
    };
    /** The page the contract makes of the latest publication under `orgName` (MODEL.md's shape, encoded now). */
    const contractPage = async (orgName: string) => {
      const [p] = await publicationsOf(deptA);
      return publicPageBytes(orgName, renderPublicationPage(p!));
    };
    // A publication of its own: the tests above left pages without copies (made again after their reads).
    beforeAll(publishA);

    it('stores gzip and brotli copies of the whole answer with the publication, made with its department name', async () => {
      const [p] = await publicationsOf(deptA);
      const stored = await storedPageOf(p!.id);
      expect(stored!.orgName).toBe('部门A');
      const page = publicPageBytes('部门A', stored!.body);
      expect(gunzipSync(stored!.gzip!).equals(page)).toBe(true);
      expect(brotliDecompressSync(stored!.br!).equals(page)).toBe(true);
      expect(stored!.br!.length).toBeLessThan(stored!.gzip!.length);
    });

    it('sends brotli, gzip or the bytes as they are by Accept-Encoding, each decoding to the contract page byte for byte', async () => {
      const page = await contractPage('部门A');
      const [p] = await publicationsOf(deptA);
      const stored = await storedPageOf(p!.id);
      const asked = {
        br: await pageOf(deptA, browser),
        gzip: await pageOf(deptA, { 'accept-encoding': 'gzip' }),
        identity: await pageOf(deptA),
        refused: await pageOf(deptA, { 'accept-encoding': 'br;q=0, gzip;q=0' }),
      };
      expect(asked.br.headers['content-encoding']).toBe('br');
      expect(asked.br.rawPayload.equals(Buffer.from(stored!.br!))).toBe(true);
      expect(asked.gzip.headers['content-encoding']).toBe('gzip');
      expect(asked.gzip.rawPayload.equals(Buffer.from(stored!.gzip!))).toBe(true);
      expect(asked.identity.headers['content-encoding']).toBeUndefined();
      expect(asked.refused.headers['content-encoding']).toBeUndefined();
      for (const r of Object.values(asked)) {
        expect(r.statusCode).toBe(200);
        expect(r.headers.vary).toContain('accept-encoding');
        expect(r.headers['content-type']).toContain('application/json');
        expect(decoded(r).equals(page)).toBe(true);
      }
      expect(asked.br.rawPayload.length).toBeLessThan(asked.gzip.rawPayload.length);
    });

    it('tags each encoding apart and answers 304 to the tag of the encoding the client takes', async () => {
      const codings = [browser, { 'accept-encoding': 'gzip' }, {}];
      const tags = await Promise.all(
        codings.map(async (h) => (await pageOf(deptA, h)).headers.etag as string),
      );
      expect(new Set(tags).size).toBe(3);
      for (const [i, h] of codings.entries()) {
        const held = await pageOf(deptA, { ...h, 'if-none-match': tags[i]! });
        expect([held.statusCode, held.headers.etag, held.headers.vary]).toEqual([
          304,
          tags[i],
          'accept-encoding',
        ]);
        expect(held.rawPayload.length).toBe(0);
        // Another encoding's tag names other bytes: the whole page.
        const other = await pageOf(deptA, { ...h, 'if-none-match': tags[(i + 1) % 3]! });
        expect(other.statusCode).toBe(200);
      }
    });

    it('a republication makes new copies (every encoding another tag and the new page), a withdrawal removes them', async () => {
      const before = await pageOf(deptA, browser);
      const beforeGzip = await pageOf(deptA, { 'accept-encoding': 'gzip' });
      await publishA();
      const [latest, earlier] = await publicationsOf(deptA);
      const stored = await storedPageOf(latest!.id);
      expect(stored!.orgName).toBe('部门A');
      const page = await contractPage('部门A');
      expect(brotliDecompressSync(stored!.br!).equals(page)).toBe(true);
      expect(gunzipSync(stored!.gzip!).equals(page)).toBe(true);
      const after = await pageOf(deptA, { ...browser, 'if-none-match': before.headers.etag as string });
      const afterGzip = await pageOf(deptA, { 'accept-encoding': 'gzip' });
      expect([after.statusCode, after.headers['content-encoding']]).toEqual([200, 'br']);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(afterGzip.headers.etag).not.toBe(beforeGzip.headers.etag);
      expect(JSON.parse(decoded(after).toString()).version).toBe(earlier!.version + 1);
      expect(decoded(afterGzip).equals(page)).toBe(true);
      // Withdrawn: its page and copies go with it; the earlier publication's are served again.
      await ctx.database.db.delete(budgetPublications).where(eq(budgetPublications.id, latest!.id));
      expect(await storedPageOf(latest!.id)).toBeUndefined();
      await onceHeard(async () => {
        const r = await pageOf(deptA, browser);
        expect([r.statusCode, r.headers.etag]).toEqual([200, before.headers.etag]);
        expect(r.rawPayload.equals(before.rawPayload)).toBe(true);
      });
    });

    it('a department renamed through the server has its copies made again with its new name, in the same change', async () => {
      const admin = await ctx.as('admin');
      const [p] = await publicationsOf(deptA);
      expect((await admin.request('PATCH', `/api/orgs/${deptA}`, { name: '部门丙' })).statusCode).toBe(200);
      try {
        const stored = await storedPageOf(p!.id);
        expect(stored!.orgName).toBe('部门丙');
        const page = await contractPage('部门丙');
        expect(brotliDecompressSync(stored!.br!).equals(page)).toBe(true);
        const served = await pageOf(deptA, browser);
        expect([
          served.headers['content-encoding'],
          served.rawPayload.equals(Buffer.from(stored!.br!)),
        ]).toEqual(['br', true]);
      } finally {
        expect((await admin.request('PATCH', `/api/orgs/${deptA}`, { name: '部门A' })).statusCode).toBe(200);
      }
      expect((await storedPageOf(p!.id))!.orgName).toBe('部门A');
    });

    it('never sends copies made under another name: renamed by hand, the page is gzip made now until new copies are stored', async () => {
      const [p] = await publicationsOf(deptA);
      await ctx.database.db.update(orgs).set({ name: '部门丁' }).where(eq(orgs.id, deptA));
      try {
        const page = await contractPage('部门丁');
        // Every answer names the department by its new name; brotli comes once its copy is stored again.
        const first = await onceHeard(async () => {
          const r = await pageOf(deptA, browser);
          expect(decoded(r).equals(page)).toBe(true);
          return r;
        });
        expect(['br', 'gzip']).toContain(first.headers['content-encoding']);
        await onceHeard(async () => {
          const r = await pageOf(deptA, browser);
          expect(r.headers['content-encoding']).toBe('br');
          expect(decoded(r).equals(page)).toBe(true);
        });
        expect((await storedPageOf(p!.id))!.orgName).toBe('部门丁');
      } finally {
        await ctx.database.db.update(orgs).set({ name: '部门A' }).where(eq(orgs.id, deptA));
      }
      await onceHeard(async () => {
        const r = await pageOf(deptA, browser);
        expect(r.headers['content-encoding']).toBe('br');
        expect(decoded(r).equals(await contractPage('部门A'))).toBe(true);
      });
    });

    it('a server started anew serves the stored copies; a page stored without copies gets them after its first read', async () => {
      const [p] = await publicationsOf(deptA);
      // The copies of the page as it is now (the name changed by hand above was changed back by hand too:
      // this server serves what it kept under that name, so the stored copies are still of the other name).
      expect((await storePageCopies(ctx.database.db, p!.regionCode, p!.id))!.orgName).toBe('部门A');
      const served = await pageOf(deptA, browser);
      const other = await buildApp({ config: testConfig(), database: ctx.database });
      try {
        const again = await other.inject({ url: `/api/public/disclosures/${deptA}/2025`, headers: browser });
        expect([again.headers['content-encoding'], again.headers.etag]).toEqual(['br', served.headers.etag]);
        expect(again.rawPayload.equals(served.rawPayload)).toBe(true);
      } finally {
        await other.close();
      }
      // A page stored before copies were (an older server, an older backup).
      await ctx.database.db
        .update(budgetPublicationPages)
        .set({ orgName: null, gzip: null, br: null })
        .where(eq(budgetPublicationPages.publicationId, p!.id));
      const fresh = await buildApp({ config: testConfig(), database: ctx.database });
      try {
        const ask = () => fresh.inject({ url: `/api/public/disclosures/${deptA}/2025`, headers: browser });
        const first = await ask();
        expect(decoded(first).equals(decoded(served))).toBe(true);
        await vi.waitFor(async () => expect((await storedPageOf(p!.id))!.br).not.toBeNull(), {
          timeout: 10_000,
          interval: 20,
        });
        const later = await ask();
        expect([later.headers['content-encoding'], later.headers.etag]).toEqual(['br', served.headers.etag]);
        expect(later.rawPayload.equals(served.rawPayload)).toBe(true);
      } finally {
        await fresh.close();
      }
    });
  });
});
