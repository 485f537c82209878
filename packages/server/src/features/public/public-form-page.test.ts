// A published form's public page is rendered when finance publishes and stored beside the form
// (public_form_pages); a request sends the stored bytes. It must be the page the route would build, follow
// the form at once (a change, a 批复, its leaving publication — on every server), and show only published
// forms to the public.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { publicForm } from '@jixiao/core/contracts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { forms, publicFormPages } from '../../db/schema.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { findForm } from '../forms/forms.repo.ts';
import { loadStoredForm } from '../forms/forms.service.ts';
import { latestApproval } from '../workflow/workflow.repo.ts';

describe.each(drivers)('the stored public page of a form on %s', (driver) => {
  let ctx: TestContext;
  let id = '';
  const url = () => `/api/public/forms/${id}`;
  const get = (headers: Record<string, string> = {}, app = ctx.app) => app.inject({ url: url(), headers });
  /** A write outside this server reaches it as the database's announcement (migration 0029). */
  const onceHeard = <T>(check: () => Promise<T>) => vi.waitFor(check, { timeout: 10_000, interval: 20 });
  const storedRows = () =>
    ctx.database.db.select().from(publicFormPages).where(eq(publicFormPages.formId, id));
  /** The page as the route built it per request before pages were stored: the form, its 批复, the contract. */
  const built = async () => {
    const row = await findForm(ctx.database.db, id);
    const stored = await loadStoredForm(ctx.database.db, row!);
    const approval = await latestApproval(ctx.database.db, id);
    return Buffer.from(JSON.stringify(publicForm.encode({ ...stored, approval: approval ?? null })));
  };
  /** A form taken through the workflow to `to`. */
  const formAt = async (name: string, to: 'approved' | 'published') => {
    const filler = await ctx.as('fillerA1');
    const formId = (await filler.post('/api/forms', { form: sampleProject({ name }) })).json().meta
      .id as string;
    expect((await filler.post(`/api/forms/${formId}/submit`)).statusCode).toBe(200);
    expect((await (await ctx.as('reviewerA')).post(`/api/forms/${formId}/review/pass`)).statusCode).toBe(200);
    const finance = await ctx.as('finance');
    const approvedBudget = { total: '150', current: '120' };
    expect((await finance.post(`/api/forms/${formId}/approve`, { approvedBudget })).statusCode).toBe(200);
    if (to === 'published') expect((await finance.post(`/api/forms/${formId}/publish`)).statusCode).toBe(200);
    return formId;
  };

  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    id = await formAt('公开的项目', 'published');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('stores the page with the publication, the same bytes the route built, plain and gzip', async () => {
    const [stored] = await storedRows();
    expect(stored).toBeDefined();
    const expected = await built();
    expect(Buffer.from(stored!.body).equals(expected)).toBe(true);
    expect(gunzipSync(stored!.gzip).equals(expected)).toBe(true);
    const plain = await get();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.rawPayload.equals(expected)).toBe(true);
    expect(plain.headers.etag).toBe(stored!.etag);
    const gzip = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toContain('accept-encoding');
    expect(gunzipSync(gzip.rawPayload).equals(expected)).toBe(true);
    // Other bytes, another strong tag; each answers 304 for its own encoding only.
    expect(gzip.headers.etag).not.toBe(plain.headers.etag);
    expect((await get({ 'if-none-match': plain.headers.etag as string })).statusCode).toBe(304);
    const gzip304 = await get({ 'accept-encoding': 'gzip', 'if-none-match': gzip.headers.etag as string });
    expect(gzip304.statusCode).toBe(304);
    expect((await get({ 'if-none-match': gzip.headers.etag as string })).statusCode).toBe(200);
  });

  it('a fresh server serves the stored page without rendering the form', async () => {
    const expected = await built();
    // The stored text marked: a server that rendered the form would not send the mark.
    const [stored] = await storedRows();
    const marked = stored!.body.replace('"公开的项目"', '"公开的项目（存）"');
    await ctx.database.db.update(publicFormPages).set({ body: marked }).where(eq(publicFormPages.formId, id));
    const other = await buildApp({ config: testConfig(), database: ctx.database });
    try {
      expect((await other.inject({ url: url() })).body).toBe(marked);
    } finally {
      await other.close();
      await ctx.database.db
        .update(publicFormPages)
        .set({ body: expected.toString() })
        .where(eq(publicFormPages.formId, id));
    }
  });

  it('renders and stores on first read a form published without its page (before 0032, by SQL, restored)', async () => {
    const expected = await built();
    await ctx.database.db.delete(publicFormPages).where(eq(publicFormPages.formId, id));
    const other = await buildApp({ config: testConfig(), database: ctx.database });
    try {
      const first = await other.inject({ url: url() });
      expect(first.statusCode).toBe(200);
      expect(first.rawPayload.equals(expected)).toBe(true);
      const [stored] = await storedRows();
      expect(Buffer.from(stored!.body).equals(expected)).toBe(true);
      expect(first.headers.etag).toBe(stored!.etag);
    } finally {
      await other.close();
    }
  });

  it('follows a change of the published form and its leaving publication at once, on two servers', async () => {
    const other = await buildApp({ config: testConfig(), database: ctx.database });
    try {
      const before = await get();
      const beforeOther = await get({}, other);
      expect(beforeOther.rawPayload.equals(before.rawPayload)).toBe(true);
      expect((await get({}, other)).headers.etag).toBe(before.headers.etag); // kept by the other server
      // Another writer changes the published form (SQL by hand): both servers show it once announced,
      // and the stored page (left under the old tag) is rendered again — never the old bytes.
      await ctx.database.db
        .update(forms)
        .set({ name: '改过的项目', updatedAt: sql`now()` })
        .where(eq(forms.id, id));
      for (const app of [ctx.app, other])
        await onceHeard(async () => {
          const after = await get({ 'if-none-match': before.headers.etag as string }, app);
          expect(after.statusCode).toBe(200);
          expect(after.json().meta.name).toBe('改过的项目');
          expect(after.rawPayload.equals(await built())).toBe(true);
        });
      const [restored] = await storedRows();
      expect(restored!.body).toContain('改过的项目');
      // Leaving publication: no longer public on either server, stored page or not.
      await ctx.database.db.update(forms).set({ status: 'approved' }).where(eq(forms.id, id));
      for (const app of [ctx.app, other])
        await onceHeard(async () => expect((await get({}, app)).statusCode).toBe(404));
      await ctx.database.db
        .update(forms)
        .set({ status: 'published', name: '公开的项目', updatedAt: sql`now()` })
        .where(eq(forms.id, id));
      for (const app of [ctx.app, other])
        await onceHeard(async () => expect((await get({}, app)).json().meta.name).toBe('公开的项目'));
    } finally {
      await other.close();
    }
  });

  it('shows the public only published forms, whatever page is stored', async () => {
    const approved = await formAt('未公开的项目', 'approved');
    expect(
      await ctx.database.db.select().from(publicFormPages).where(eq(publicFormPages.formId, approved)),
    ).toEqual([]);
    // A page stored by hand for a form not published (or left from its publication) is never served.
    const [published] = await storedRows();
    const [row] = await ctx.database.db.select().from(forms).where(eq(forms.id, approved));
    await ctx.database.db.insert(publicFormPages).values({
      regionCode: row!.regionCode,
      formId: approved,
      etag: published!.etag,
      body: '{}',
      gzip: published!.gzip,
    });
    const anon = await ctx.app.inject({ url: `/api/public/forms/${approved}` });
    expect(anon.statusCode).toBe(404);
    const missing = await ctx.app.inject({ url: '/api/public/forms/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
  });
});
