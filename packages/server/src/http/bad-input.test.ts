// Bad input never crashes the server: malformed JSON, oversized bodies, wrong content types, unknown
// fields, wrong types, NUL characters, unknown routes — each a 4xx with a code and a Chinese message.
// A save that fails half-way leaves the form exactly as it was (one transaction).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { saveForm } from '../features/forms/forms.service.ts';
import { createTestApp, TEST_REGION, type TestContext } from '../test-support/test-app.ts';
import { drivers } from '../test-support/test-database.ts';
import { sampleProject } from '../test-support/sample-forms.ts';

describe.each(drivers)('bad input on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { config: { bodyLimit: 100_000 } });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const raw = async (
    method: 'POST' | 'PUT',
    url: string,
    payload: string,
    contentType = 'application/json',
  ) => {
    const s = await ctx.as('fillerA1');
    return ctx.app.inject({
      method,
      url,
      payload,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': contentType },
    });
  };

  it('answers each kind of bad request with a 4xx, a code and a message', async () => {
    const cases = [
      { res: await raw('POST', '/api/forms', '{"form": {'), status: 400, code: 'malformed-json' },
      {
        res: await raw(
          'POST',
          '/api/forms',
          JSON.stringify({ form: { ...sampleProject(), content: 'x'.repeat(200_000) } }),
        ),
        status: 413,
        code: 'body-too-large',
      },
      {
        res: await raw('POST', '/api/forms', 'form=1', 'text/plain'),
        status: 415,
        code: 'unsupported-media-type',
      },
      {
        res: await raw('POST', '/api/forms', JSON.stringify({ form: sampleProject(), extra: 1 })),
        status: 400,
        code: 'invalid-input',
      },
      {
        res: await raw('POST', '/api/forms', JSON.stringify({ form: { ...sampleProject(), kind: 'poem' } })),
        status: 400,
        code: 'invalid-input',
      },
      {
        res: await raw(
          'POST',
          '/api/forms',
          JSON.stringify({ form: { ...sampleProject(), year: 99999999999 } }),
        ),
        status: 400,
        code: 'invalid-input',
      },
      {
        res: await raw(
          'POST',
          '/api/forms',
          JSON.stringify({ form: { ...sampleProject(), name: 'a\u0000b' } }),
        ),
        status: 400,
        code: 'invalid-input',
      },
      { res: await raw('POST', '/api/forms', '[]'), status: 400, code: 'invalid-input' },
      { res: await raw('POST', '/api/forms', '"just a string"'), status: 400, code: 'invalid-input' },
      {
        res: await raw(
          'POST',
          '/api/forms',
          JSON.stringify({ form: { ...sampleProject(), budget: { total: 'lots' } } }),
        ),
        status: 400,
        code: 'invalid-input',
      },
      {
        res: await ctx.app.inject({ method: 'GET', url: '/api/nowhere' }),
        status: 404,
        code: 'route-not-found',
      },
      {
        res: await ctx.app.inject({ method: 'GET', url: '/api/forms/..%2F..%2Fetc%2Fpasswd' }),
        status: 401,
        code: 'not-authenticated',
      },
      {
        res: await (await ctx.as('fillerA1')).get('/api/forms/..%2F..%2Fetc%2Fpasswd'),
        status: 400,
        code: 'invalid-input',
      },
      {
        res: await (await ctx.as('fillerA1')).get('/api/forms?limit=100000'),
        status: 400,
        code: 'invalid-input',
      },
      {
        res: await (await ctx.as('fillerA1')).get('/api/forms?colour=red'),
        status: 400,
        code: 'invalid-input',
      },
      // Uploads are taken by the routes that take files alone (http/uploads.ts): a file sent to a JSON route.
      {
        res: await raw(
          'POST',
          '/api/forms',
          '--b\r\ncontent-disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nx\r\n--b--\r\n',
          'multipart/form-data; boundary=b',
        ),
        status: 415,
        code: 'unsupported-media-type',
      },
    ];
    for (const [i, c] of cases.entries()) {
      expect({ i, status: c.res.statusCode }).toEqual({ i, status: c.status });
      const body = c.res.json();
      expect({ i, code: body.code }).toEqual({ i, code: c.code });
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // the cap is named, and what to do (the app's body limit is 100,000 bytes: 98 KB)
    expect(cases[1]!.res.json().message).toBe(
      '请求体过大（上限 98 KB）：请减少一次提交的内容，较大的文件请以上传方式导入',
    );
    const fieldLevel = cases[4]!.res.json();
    expect(fieldLevel.errors[0]).toMatchObject({ path: '/form/kind' });
  });

  it('leaves a form untouched when a save fails half-way', async () => {
    const s = await ctx.as('fillerA1');
    const created = (await s.post('/api/forms', { form: sampleProject() })).json();
    const id = created.meta.id as string;
    const broken = sampleProject({ content: '新内容' });
    // A NUL character passes the model but not the database: the indicator insert fails after the
    // form row was already updated inside the transaction.
    broken.indicators[3] = { ...broken.indicators[3]!, name: 'bad\u0000name' };
    const actor = {
      id: ctx.accounts.fillerA1.id,
      username: 'fillerA1',
      displayName: 'fillerA1',
      role: 'filler' as const,
      orgId: ctx.orgs.unitA1,
      orgPath: '',
      regionCode: TEST_REGION,
    };
    actor.orgPath = (
      await queryRows<{ path: string }>(
        ctx.database.db,
        sql`select path from orgs where id = ${ctx.orgs.unitA1}`,
      )
    )[0]!.path;
    await expect(saveForm(ctx.database.db, actor, null, id, 1, broken)).rejects.toThrow();
    const after = (await s.get(`/api/forms/${id}`)).json();
    expect(after.meta.version).toBe(1);
    expect(after.form).toEqual(created.form);
    expect((await s.get(`/api/forms/${id}/versions`)).json().items).toHaveLength(1);
    // and the server still answers
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
