// JSON that parses but cannot be stored or walked: nested thousands deep, a lone UTF-16 surrogate in a
// name, an amount of 300 digits. Each is a 400 with a code and a Chinese message, refused before anything
// reaches the database, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../test-support/test-app.ts';
import { drivers } from '../test-support/test-database.ts';
import { sampleProject } from '../test-support/sample-forms.ts';
import { sampleBudget } from '../test-support/sample-budget.ts';
import { jsonDepth, MAX_JSON_DEPTH } from './json-body.ts';

describe('jsonDepth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{\\"[["}')).toBe(1);
    expect(jsonDepth('"x"')).toBe(0);
    expect(jsonDepth('['.repeat(100) + ']'.repeat(100))).toBe(MAX_JSON_DEPTH + 1); // stops counting past the limit
  });
});

describe.each(drivers)('hostile JSON on %s', (driver) => {
  let ctx: TestContext;
  let filler: Session;
  beforeAll(async () => {
    ctx = await createTestApp(driver);
    filler = await ctx.as('fillerA1');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const send = (method: 'POST' | 'PUT', url: string, payload: string, s: Session = filler) =>
    ctx.app.inject({
      method,
      url,
      payload,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
    });
  const formCount = async () => (await filler.get('/api/forms?limit=1')).json().total as number;

  it('refuses JSON nested 10⁴ deep with 400 too-deep', async () => {
    const deep = '{"form":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
    const res = await send('POST', '/api/forms', deep);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'json-too-deep' });
    expect(res.json().message).toMatch(/嵌套/);
    const deepObject = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    expect((await send('POST', '/api/check', deepObject)).json().code).toBe('json-too-deep');
  });

  it('refuses a lone surrogate in a name with 400 and the path, saving nothing', async () => {
    const before = await formCount();
    const body = JSON.stringify({ form: sampleProject({ name: 'AAA' }) }).replace('AAA', '\\ud800项目');
    const res = await send('POST', '/api/forms', body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid-input' });
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ path: '/form/name', code: 'invalid-unicode' }),
    );
    expect(res.json().message).toMatch(/Unicode|字符/);
    const low = JSON.stringify({ form: sampleProject({ name: 'AAA' }) }).replace('AAA', '项目\\udc00');
    expect((await send('POST', '/api/forms', low)).statusCode).toBe(400);
    // A well-formed pair (an emoji, a CJK Extension B ideograph) is fine.
    const pair = JSON.stringify({ form: sampleProject({ name: 'AAA' }) }).replace(
      'AAA',
      '\\ud842\\udfb7项目',
    );
    expect((await send('POST', '/api/forms', pair)).statusCode).toBe(201);
    expect(await formCount()).toBe(before + 1);
  });

  it('answers a URL it cannot decode in the API error format, in Chinese', async () => {
    for (const url of ['/api/forms/%zz', '/api/public/disclosures/%E0%A4%A/2025', '/%']) {
      const res = await ctx.app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toEqual({ code: 'bad-url', message: expect.stringMatching(/请求地址无法解析/) });
    }
  });

  it('refuses a 300-digit amount with 400 before the database sees it', async () => {
    const finance = await ctx.as('finance');
    const huge = '9'.repeat(300);
    const b = sampleBudget();
    (b.income as Record<string, string>).generalPublic = huge;
    const res = await send(
      'PUT',
      `/api/budgets/${ctx.orgs.deptA}/2025`,
      JSON.stringify({ baseVersion: 0, budget: b }),
      finance,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid-input');
    expect((await finance.get(`/api/budgets/${ctx.orgs.deptA}/2025`)).json().exists).toBe(false);
    const form = sampleProject({ budget: { total: huge, current: huge, sources: [], history: null } });
    const f = await send('POST', '/api/forms', JSON.stringify({ form }));
    expect(f.statusCode).toBe(400);
    expect(f.json().code).toBe('invalid-input');
  });
});
