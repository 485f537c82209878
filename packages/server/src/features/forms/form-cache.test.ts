// Forms kept in memory for their detail reads: forgotten when written, by this process at once and by
// every other process through the database's notification; a read that raced a write is not kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { ALL_FORMS, FORM_CHANNEL, FormCache, forgetForm, type CachedForm } from './form-cache.ts';

/** Polling a state that comes with a notification: every 50 ms, the timeout only a guard against a hang. */
const POLL = { interval: 50, timeout: 30_000 };

const value = (name: string): CachedForm => ({
  row: { orgId: name, orgPath: '/', status: 'draft' },
  body: Buffer.from('{}'),
});

describe('FormCache', () => {
  it('keeps a form until it is forgotten, by id or all at once', () => {
    const cache = new FormCache(60_000);
    try {
      cache.set('a', value('A'), cache.begin());
      cache.set('b', value('B'), cache.begin());
      expect(cache.get('a')?.row.orgId).toBe('A');
      forgetForm('a');
      expect(cache.get('a')).toBeUndefined();
      expect(cache.get('b')).toBeDefined();
      forgetForm(ALL_FORMS);
      expect(cache.size).toBe(0);
    } finally {
      cache.dispose();
    }
  });

  it('does not keep a read during which some form was written', () => {
    const cache = new FormCache(60_000);
    try {
      const startedAt = cache.begin();
      forgetForm('x'); // a write while the database was being read
      cache.set('a', value('old'), startedAt);
      expect(cache.get('a')).toBeUndefined();
    } finally {
      cache.dispose();
    }
  });

  it('reads a form once for all the requests that ask for it at the same time', async () => {
    const cache = new FormCache(60_000);
    try {
      let reads = 0;
      const read = async () => {
        reads++;
        await new Promise((r) => setTimeout(r, 20));
        return value('A');
      };
      const all = await Promise.all(Array.from({ length: 10 }, () => cache.load('a', read)));
      expect(all.every((v) => v?.row.orgId === 'A')).toBe(true);
      expect(reads).toBe(1);
      await cache.load('a', read);
      expect(reads).toBe(1); // kept
    } finally {
      cache.dispose();
    }
  });

  it('keeps nothing with a zero time to live and nothing past it', async () => {
    const off = new FormCache(0);
    const short = new FormCache(5);
    try {
      off.set('a', value('A'), off.begin());
      expect(off.get('a')).toBeUndefined();
      short.set('a', value('A'), short.begin());
      await new Promise((r) => setTimeout(r, 20));
      expect(short.get('a')).toBeUndefined();
    } finally {
      off.dispose();
      short.dispose();
    }
  });
});

describe.each(drivers)('form detail kept in memory, on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { config: { formCacheSeconds: 600 } });
    await ctx.app.ready();
  }, 600_000); // a hang guard: setting up a database on a loaded machine is slow, not stuck
  afterAll(async () => {
    await ctx?.close();
  });

  it('serves a save at once in the process that made it', async () => {
    const s = await ctx.as('fillerA1');
    const created = (await s.post('/api/forms', { form: sampleProject({ name: '缓存项目' }) })).json();
    const id = created.meta.id as string;
    expect((await s.get(`/api/forms/${id}`)).json().meta.version).toBe(1); // now kept
    const saved = await s.put(`/api/forms/${id}`, {
      baseVersion: 1,
      form: { ...created.form, name: '缓存项目（改）' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await s.get(`/api/forms/${id}`)).json();
    expect(after.meta.version).toBe(2);
    expect(after.form.name).toBe('缓存项目（改）');
  });

  it('gives each reader of a kept form its own actions', async () => {
    const filler = await ctx.as('fillerA1');
    const id = (await filler.post('/api/forms', { form: sampleProject({ name: '各自的操作' }) })).json().meta
      .id as string;
    const first = await filler.get(`/api/forms/${id}`);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.json().actions).toEqual(['edit', 'copy', 'submit']);
    const kept = (await (await ctx.as('finance')).get(`/api/forms/${id}`)).json();
    expect(kept.actions).toEqual([]);
    expect(kept.form.name).toBe('各自的操作');
    expect((await filler.get(`/api/forms/${id}`)).json()).toEqual(first.json());
  });

  it('forgets a form another process wrote once the database announces it', { timeout: 60_000 }, async () => {
    const s = await ctx.as('fillerA1');
    const id = (await s.post('/api/forms', { form: sampleProject({ name: '两个进程' }) })).json().meta
      .id as string;
    const finance = await ctx.as('finance');
    await new Promise((r) => setTimeout(r, 300)); // the announcement of our own write has come back
    expect((await finance.get(`/api/forms/${id}`)).json().meta.version).toBe(1); // now kept
    // Another process's write, as this process sees it: the row changes in the database …
    await ctx.database.db.execute(sql`update forms set version = 2, name = '另一进程所改' where id = ${id}`);
    expect((await finance.get(`/api/forms/${id}`)).json().meta.version).toBe(1); // … still the kept one
    // … and its announcement arrives after its commit.
    await ctx.database.db.execute(sql`select pg_notify(${FORM_CHANNEL}, ${id})`);
    // Polled until it shows (a state); the timeout is only a guard against a notification that never comes.
    await expect
      .poll(async () => (await finance.get(`/api/forms/${id}`)).json().meta.version as number, POLL)
      .toBe(2);
  });

  it('keeps list pages until a form is written anywhere', { timeout: 60_000 }, async () => {
    const s = await ctx.as('fillerB1');
    const id = (await s.post('/api/forms', { form: sampleProject({ name: '列表' }) })).json().meta
      .id as string;
    const count = async () => (await s.get('/api/forms?status=draft&limit=5')).json().total as number;
    await new Promise((r) => setTimeout(r, 300)); // the announcement of our own write has come back
    const before = await count(); // now kept
    await ctx.database.db.execute(sql`update forms set status = 'submitted' where id = ${id}`);
    expect(await count()).toBe(before); // another process's write, not yet announced
    await ctx.database.db.execute(sql`select pg_notify(${FORM_CHANNEL}, ${id})`);
    await expect.poll(count, POLL).toBe(before - 1);
    // This process's own writes show at once.
    await s.post('/api/forms', { form: sampleProject({ name: '列表2' }) });
    expect(await count()).toBe(before);
  });

  it('shows an organisation’s new name on its forms', async () => {
    const s = await ctx.as('fillerA2');
    const id = (await s.post('/api/forms', { form: sampleProject() })).json().meta.id as string;
    const finance = await ctx.as('finance');
    expect((await finance.get(`/api/forms/${id}`)).json().meta.orgName).toBe('单位A2');
    await (
      await ctx.as('admin')
    ).request('PATCH', `/api/orgs/${ctx.orgs.unitA2}`, { name: '单位A2（新名）' });
    await expect
      .poll(async () => (await finance.get(`/api/forms/${id}`)).json().meta.orgName as string, POLL)
      .toBe('单位A2（新名）');
  });
});
