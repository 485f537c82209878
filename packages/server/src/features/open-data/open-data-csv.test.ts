// Formula injection through the open data: a project and indicators named to run in a spreadsheet
// (= + - @, tab) are published; every CSV the public downloads (targets.csv, budgets.csv, a form's
// targets) carries them as text, prefixed with an apostrophe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleBudget } from '../../test-support/sample-budget.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { approvedForm } from '../../test-support/approved-project.ts';

const hostile = ['=HYPERLINK("http://evil.example","点击")', '+1+cmd|calc', '-2+3', '@SUM(1,2)', '\t=1+1'];

/** Every field of a CSV body (RFC 4180, fields may be quoted). */
function fields(csv: string): string[] {
  const out: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(csv)) && m[0] !== '') {
    const f = m[1]!;
    out.push(f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);
  }
  return out;
}

describe.each(drivers)('open data CSV on %s', (driver) => {
  let ctx: TestContext;
  let formId = '';
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    const base = sampleProject();
    const form = sampleProject({
      name: hostile[0]!,
      // The budget's 项目支出 is 400: the published project tables must add up to it (R-PUB-07).
      budget: { total: '400', current: '400', sources: [{ name: '财政拨款', amount: '400' }], history: null },
      details: [{ item: '系统建设', amount: '400', basis: '合同', note: null }],
      indicators: base.indicators.map((ind, k) => ({ ...ind, name: hostile[k % hostile.length]! })),
    });
    formId = (await approvedForm(ctx, form)).id;
    const finance = await ctx.as('finance');
    const deptA = ctx.orgs.deptA;
    const budget = { ...sampleBudget(), department: '@部门A' };
    expect((await finance.put(`/api/budgets/${deptA}/2025`, { baseVersion: 0, budget })).statusCode).toBe(
      200,
    );
    expect((await finance.post(`/api/disclosures/${deptA}/2025/generate`)).statusCode).toBe(201);
    const published = await finance.post(`/api/disclosures/${deptA}/2025/publish`);
    expect(published.statusCode, published.body.slice(0, 600)).toBe(200);
    expect((await finance.post(`/api/forms/${formId}/publish`)).statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it.each(['/api/open-data/targets.csv', '/api/open-data/budgets.csv', 'form'])(
    '%s carries no live formula',
    async (which) => {
      const url = which === 'form' ? `/api/public/forms/${formId}/export/csv` : which;
      const res = await ctx.app.inject({ url });
      expect(res.statusCode).toBe(200);
      const cells = fields(res.body.replace(/^\ufeff/, ''));
      const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
      expect(live).toEqual([]);
      const expected = which.includes('budgets') ? ["'@部门A"] : hostile.map((h) => `'${h}`);
      for (const e of expected) expect(cells).toContain(e);
    },
  );
});
