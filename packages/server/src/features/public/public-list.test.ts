// The public list and the public detail show one figure per meaning: the budget finance approved (批复),
// named as such, not the budget the unit asked for.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { approvals, forms } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { MAX_LIST_OFFSET } from '@jixiao/core/contracts';

describe.each(drivers)('public list on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('lists the approved budget (150) of a form that asked for 164, as its detail does', async () => {
    const form = sampleProject({ name: '公开预算项目' });
    form.budget = { ...form.budget, total: '164', current: '164' };
    const filler = await ctx.as('fillerA1');
    const id = (await filler.post('/api/forms', { form })).json().meta.id as string;
    expect((await filler.post(`/api/forms/${id}/submit`)).statusCode).toBe(200);
    expect((await (await ctx.as('reviewerA')).post(`/api/forms/${id}/review/pass`)).statusCode).toBe(200);
    const finance = await ctx.as('finance');
    const approved = await finance.post(`/api/forms/${id}/approve`, {
      approvedBudget: { total: '150', current: '120' },
    });
    expect(approved.statusCode).toBe(200);
    expect((await finance.post(`/api/forms/${id}/publish`)).statusCode).toBe(200);

    const list = await ctx.app.inject({ method: 'GET', url: '/api/public/forms' });
    const item = list.json().items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ budgetTotal: '150', budgetCurrent: '120', budgetApproved: true });
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/public/forms/${id}` })).json();
    expect(detail.approval.budgetTotal).toBe('150');
  });

  it('answers 304 to a client holding the page (ETag) until what it shows changes', async () => {
    const get = (url: string, etag?: string) =>
      ctx.app.inject({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });
    const id = (await get('/api/public/forms')).json().items[0].id as string;
    for (const url of ['/api/public/forms', `/api/public/forms/${id}`]) {
      const first = await get(url);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      const again = await get(url, etag);
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect((await get(url, '"someone-else"')).statusCode).toBe(200);
    }
    // The list's tag names its content: a draft written leaves it, a form published changes it at once.
    const listTag = (await get('/api/public/forms')).headers.etag as string;
    const filler = await ctx.as('fillerA1');
    const draft = (await filler.post('/api/forms', { form: sampleProject({ name: '之后写入' }) })).json().meta
      .id as string;
    expect((await get('/api/public/forms', listTag)).statusCode).toBe(304);
    expect((await filler.post(`/api/forms/${draft}/submit`)).statusCode).toBe(200);
    expect((await (await ctx.as('reviewerA')).post(`/api/forms/${draft}/review/pass`)).statusCode).toBe(200);
    const finance = await ctx.as('finance');
    const approvedBudget = { total: '100', current: '100' };
    expect((await finance.post(`/api/forms/${draft}/approve`, { approvedBudget })).statusCode).toBe(200);
    expect((await finance.post(`/api/forms/${draft}/publish`)).statusCode).toBe(200);
    const after = await get('/api/public/forms', listTag);
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(listTag);
    expect(after.json().items.map((i: { id: string }) => i.id)).toContain(draft);
  });

  it('follows a published form: a rename of its department at once, another writer once announced', async () => {
    const get = (url: string, etag?: string) =>
      ctx.app.inject({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });
    const id = (await get('/api/public/forms')).json().items[0].id as string;
    const url = `/api/public/forms/${id}`;
    const first = await get(url);
    const kept = await get(url); // served from what this process keeps
    expect(kept.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(kept.headers.etag).toBe(first.headers.etag);
    // Through this server: its department renamed — the page says so at once, under another tag.
    const [row] = await ctx.database.db.select().from(forms).where(eq(forms.id, id));
    const admin = await ctx.as('admin');
    expect((await admin.request('PATCH', `/api/orgs/${row!.orgId}`, { name: '改名单位' })).statusCode).toBe(
      200,
    );
    const renamed = await get(url, first.headers.etag as string);
    expect(renamed.statusCode).toBe(200);
    expect(JSON.stringify(renamed.json())).toContain('改名单位');
    // Another writer (SQL by hand, another process): a new 批复 reaches the page once the database
    // announces it (migration 0029), delivered when the write commits.
    const [approval] = await ctx.database.db.select().from(approvals).where(eq(approvals.formId, id));
    await ctx.database.db.insert(approvals).values({
      ...approval!,
      id: undefined,
      budgetTotal: '149',
      createdAt: new Date(approval!.createdAt.getTime() + 1000),
    });
    await vi.waitFor(
      async () =>
        expect((await get(url, renamed.headers.etag as string)).json().approval.budgetTotal).toBe('149'),
      { timeout: 10_000, interval: 20 },
    );
    // Leaving publication (by hand): no longer public, once announced.
    await ctx.database.db.update(forms).set({ status: 'approved' }).where(eq(forms.id, id));
    await vi.waitFor(async () => expect((await get(url)).statusCode).toBe(404), {
      timeout: 10_000,
      interval: 20,
    });
    const listed = async () => (await get('/api/public/forms')).json().items.map((i: { id: string }) => i.id);
    await vi.waitFor(async () => expect(await listed()).not.toContain(id), { timeout: 10_000, interval: 20 });
    await ctx.database.db.update(forms).set({ status: 'published' }).where(eq(forms.id, id));
  });

  it('pages the public list by cursor', async () => {
    const first = (await ctx.app.inject({ method: 'GET', url: '/api/public/forms?limit=1' })).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String)); // two published forms
    const next = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/public/forms?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
      })
    ).json();
    expect(next.items).toHaveLength(1);
    expect(next.items[0].id).not.toBe(first.items[0].id);
    expect(next.nextCursor).toBeNull(); // the last page
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/public/forms?cursor=xyz' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('bad-cursor');
  });

  it('refuses a page by number deeper than the cap, as the forms list does, pointing to the cursor', async () => {
    // Open to anyone: every skipped row is read, so a deep numbered page is the dearest request of all.
    const get = (offset: number) =>
      ctx.app.inject({ method: 'GET', url: `/api/public/forms?limit=3&offset=${offset}` });
    const atCap = await get(MAX_LIST_OFFSET);
    expect(atCap.statusCode).toBe(200);
    expect(atCap.json().items).toEqual([]);
    const deeper = await get(MAX_LIST_OFFSET + 1);
    expect(deeper.statusCode).toBe(400);
    expect(deeper.json()).toMatchObject({
      code: 'invalid-input',
      errors: [{ path: '/offset', message: expect.stringContaining('nextCursor') }],
    });
  });

  // Last: it publishes one more form (the cursor test above counts two).
  it('sends the list compressed once as the client takes it (brotli, gzip, as it is), each its own tag and 304', async () => {
    const get = (headers: Record<string, string> = {}) =>
      ctx.app.inject({ method: 'GET', url: '/api/public/forms', headers });
    const plain = await get();
    const asked = {
      br: await get({ 'accept-encoding': 'gzip, deflate, br' }),
      gzip: await get({ 'accept-encoding': 'gzip' }),
      identity: plain,
    };
    expect(asked.br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asked.br.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(asked.gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asked.gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(new Set(Object.values(asked).map((r) => r.headers.etag)).size).toBe(3);
    for (const [coding, r] of Object.entries(asked)) {
      expect(r.headers.vary).toContain('accept-encoding');
      const headers: Record<string, string> = coding === 'identity' ? {} : { 'accept-encoding': coding };
      expect((await get({ ...headers, 'if-none-match': r.headers.etag as string })).statusCode).toBe(304);
    }
    // A form published: every copy is made again from the new list.
    const filler = await ctx.as('fillerA1');
    const id = (await filler.post('/api/forms', { form: sampleProject({ name: '压缩之后' }) })).json().meta
      .id as string;
    expect((await filler.post(`/api/forms/${id}/submit`)).statusCode).toBe(200);
    expect((await (await ctx.as('reviewerA')).post(`/api/forms/${id}/review/pass`)).statusCode).toBe(200);
    const finance = await ctx.as('finance');
    const approvedBudget = { total: '100', current: '100' };
    expect((await finance.post(`/api/forms/${id}/approve`, { approvedBudget })).statusCode).toBe(200);
    expect((await finance.post(`/api/forms/${id}/publish`)).statusCode).toBe(200);
    const br = await get({ 'accept-encoding': 'br', 'if-none-match': asked.br.headers.etag as string });
    expect([br.statusCode, br.headers['content-encoding']]).toEqual([200, 'br']);
    const listed = JSON.parse(brotliDecompressSync(br.rawPayload).toString());
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(brotliDecompressSync(br.rawPayload).equals((await get()).rawPayload)).toBe(true);
  });
});
