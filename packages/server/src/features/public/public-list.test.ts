// The public list and the public detail show one figure per meaning: the budget finance approved (批复),
// named as such, not the budget the unit asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

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

  it('answers 304 to a client holding the page (ETag) until something is written', async () => {
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
    // The list's tag changes with any write.
    const listTag = (await get('/api/public/forms')).headers.etag as string;
    await (await ctx.as('fillerA1')).post('/api/forms', { form: sampleProject({ name: '之后写入' }) });
    const after = await get('/api/public/forms', listTag);
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(listTag);
  });

  it('pages the public list by cursor', async () => {
    const first = (await ctx.app.inject({ method: 'GET', url: '/api/public/forms?limit=1' })).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeNull(); // one published form: the first page is the last
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/public/forms?cursor=xyz' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('bad-cursor');
  });
});
