// The 批复表 as approved: an emptied 二级 slot kept by the editor (no name, no value) is not a target, and
// an approved total is checked again against its 资金来源 (150 approved while the sources add to 200 is
// refused until the sources are approved too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkForm, parseIndicatorValue } from '@jixiao/core';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { approvedForm } from '../../test-support/approved-project.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

describe.each(drivers)('approval of a form with an emptied 二级 slot on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    // The budget rules only: the sample form's other findings are not what this test is about.
    ctx = await createTestApp(driver, {
      checkForm: (f) => checkForm(f, [f]).filter((x) => x.path.startsWith('/budget')),
    });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('leaves the blank row out of the approved targets', async () => {
    const form = sampleProject();
    const declared = form.indicators.length;
    form.indicators.push({
      ...form.indicators[0]!,
      id: undefined,
      level2: '时效指标',
      name: null,
      target: parseIndicatorValue(''),
      basis: null,
    });
    const { id } = await approvedForm(ctx, form);
    const approval = (await (await ctx.as('finance')).get(`/api/forms/${id}/approval`)).json();
    const targets = (approval.approval ?? approval).targets as { name: string | null; level2: string }[];
    expect(targets).toHaveLength(declared);
    expect(targets.filter((t) => !t.name)).toEqual([]);
  });

  it('refuses an approved total that the sources no longer add up to, and keeps the approved sources', async () => {
    const filler = await ctx.as('fillerA1');
    const id = (await filler.post('/api/forms', { form: sampleProject({ name: '少批项目' }) })).json().meta
      .id as string;
    expect((await filler.post(`/api/forms/${id}/submit`)).statusCode).toBe(200);
    expect((await (await ctx.as('reviewerA')).post(`/api/forms/${id}/review/pass`)).statusCode).toBe(200);
    const finance = await ctx.as('finance');
    const refused = await finance.post(`/api/forms/${id}/approve`, {
      approvedBudget: { total: '150', current: '150' },
    });
    expect([refused.statusCode, refused.json().code]).toEqual([422, 'approval-inconsistent']);
    expect(refused.json().findings.map((f: { rule: string }) => f.rule)).toContain('R-SUM-01');
    const ok = await finance.post(`/api/forms/${id}/approve`, {
      approvedBudget: { total: '150', current: '150', sources: [{ name: '财政拨款', amount: '150' }] },
    });
    expect(ok.statusCode).toBe(200);
    const approval = (await finance.get(`/api/forms/${id}/approval`)).json();
    expect(approval.approval ?? approval).toMatchObject({
      budgetTotal: '150',
      sources: [{ name: '财政拨款', amount: '150' }],
    });
  });
});
