// The model's bounds hold on every way in: amounts are not negative and have at most 14 integer digits, a
// form holds at most 500 indicators — refused with a Chinese message by the editor's API, by an import
// (insertForm), and for budgets and monitoring amounts; nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INDICATORS_PER_FORM } from '@jixiao/core';
import { AppError } from '../../http/errors.ts';
import { createTestApp, TEST_REGION, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { sampleBudget } from '../../test-support/sample-budget.ts';
import { approvedProject } from '../../test-support/approved-project.ts';
import { insertForm } from './forms.service.ts';

const withTotal = (total: string) =>
  sampleProject({
    budget: { total, current: total, sources: [{ name: '财政拨款', amount: total }], history: null },
  });

describe.each(drivers)('bounds of the model on %s', (driver) => {
  let ctx: TestContext;
  let filler: Session;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    filler = await ctx.as('fillerA1');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });
  const count = async () => (await filler.get('/api/forms?limit=1')).json().total as number;

  it('refuses a 1,000-digit total and a negative one, on create and on save', async () => {
    const before = await count();
    for (const total of ['9'.repeat(1000), '1' + '0'.repeat(14), '-200']) {
      const res = await filler.post('/api/forms', { form: withTotal(total) });
      expect(res.statusCode, total.slice(0, 20)).toBe(400);
      expect(res.json().errors).toContainEqual(expect.objectContaining({ path: '/form/budget/total' }));
    }
    expect((await filler.post('/api/forms', { form: withTotal('-200') })).json().message).toContain(
      '金额不能为负数',
    );
    expect((await filler.post('/api/forms', { form: withTotal('9'.repeat(1000)) })).json().message).toContain(
      '最多 14 位',
    );
    expect(await count()).toBe(before);
    const ok = await filler.post('/api/forms', { form: withTotal('9'.repeat(14) + '.5') });
    expect(ok.statusCode).toBe(201);
    const id = ok.json().meta.id as string;
    const save = await filler.put(`/api/forms/${id}`, { baseVersion: 1, form: withTotal('-1') });
    expect(save.statusCode).toBe(400);
    // Submit checks the stored form: what is stored is within bounds.
    expect((await filler.get(`/api/forms/${id}`)).json().form.budget.total).toBe('99999999999999.5');
  });

  it(`accepts ${MAX_INDICATORS_PER_FORM} indicators and refuses more with a clear message`, async () => {
    const one = sampleProject().indicators[0]!;
    const many = (n: number) =>
      sampleProject({ indicators: Array.from({ length: n }, (_, i) => ({ ...one, name: `指标${i}` })) });
    const big = await filler.post('/api/forms', { form: many(10_000) });
    expect(big.statusCode).toBe(400);
    expect(big.json().message).toContain(`最多 ${MAX_INDICATORS_PER_FORM} 条绩效指标`);
    expect((await filler.post('/api/forms', { form: many(MAX_INDICATORS_PER_FORM) })).statusCode).toBe(201);
  });

  it('an import (insertForm) is held to the same bounds', async () => {
    const system = { actor: null, ip: null };
    const refused = await insertForm(ctx.database.db, system, withTotal('-5'), {
      orgId: ctx.orgs.unitA1,
      regionCode: TEST_REGION,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'form-invalid', status: 422 });
    expect((refused as AppError).message).toContain('金额不能为负数');
  });

  it('refuses negative and oversized budget incomes, and monitoring amounts beyond the bound', async () => {
    const finance = await ctx.as('finance');
    for (const v of ['-1000.00', '1' + '0'.repeat(14)]) {
      const b = sampleBudget();
      b.income.generalPublic = v;
      const res = await finance.put(`/api/budgets/${ctx.orgs.deptA}/2025`, { baseVersion: 0, budget: b });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual(
        expect.objectContaining({ path: '/budget/income/generalPublic' }),
      );
    }
    expect((await finance.get(`/api/budgets/${ctx.orgs.deptA}/2025`)).json().exists).toBe(false);

    const { id: formId } = await approvedProject(ctx, { name: '界限测试项目' });
    const round = (
      await finance.post('/api/monitoring/rounds', { year: 2025, month: 7, formIds: [formId] })
    ).json();
    const entryId = (await finance.get(`/api/monitoring/rounds/${round.round.id}/entries`)).json().items[0]
      .id as string;
    const res = await filler.put(`/api/monitoring/entries/${entryId}`, {
      version: 1,
      budget: { annual: '200', executedToDate: '9'.repeat(30) },
      indicators: [],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('整数部分最多 14 位');
  });
});
