// Batch workflow through the API: one action and one opinion on a selection; each form is checked,
// recorded and audited on its own, a form with errors (or in the wrong state, or out of reach) is
// skipped and named, the others are done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Form } from '@jixiao/core';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

/**
 * The rule set is tightened after submission (as when the rules are updated during the review): from
 * then on a form whose name contains 【错误】 has an error finding. Submission itself refuses errors, so
 * this is how a submitted form comes to have them.
 */
let rulesTightened = false;
function checker(form: Form): Finding[] {
  return rulesTightened && form.kind === 'project' && form.name?.includes('【错误】')
    ? [{ rule: 'R-TEST', severity: 'error', message: '测试错误：名称不规范', path: '/name', form: form.name }]
    : [];
}

interface Item {
  formId: string;
  name: string | null;
  outcome: 'done' | 'skipped';
  status: string | null;
  code?: string;
  message?: string;
}

async function createSubmitted(s: Session, name: string): Promise<string> {
  const created = await s.post('/api/forms', { form: sampleProject({ name }) });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().meta.id as string;
  const submitted = await s.post(`/api/forms/${id}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
  return id;
}

describe.each(drivers)('batch workflow on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: checker });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('passes 50 forms in one call, skipping and naming those with errors, recording each', async () => {
    rulesTightened = false;
    const filler = await ctx.as('fillerA1');
    const reviewer = await ctx.as('reviewerA');
    const names = Array.from({ length: 50 }, (_, i) =>
      i % 7 === 3 ? `批量项目${i}【错误】` : `批量项目${i}`,
    );
    const ids: string[] = [];
    for (const name of names) ids.push(await createSubmitted(filler, name));
    // another department's form, and a draft of the reviewer's own department
    const foreign = await createSubmitted(await ctx.as('fillerB1'), '外部门项目');
    const draft = (await filler.post('/api/forms', { form: sampleProject({ name: '草稿项目' }) })).json().meta
      .id as string;
    rulesTightened = true;

    const res = await reviewer.post('/api/workflow/batch', {
      action: 'review-pass',
      formIds: [...ids, foreign, draft],
      opinion: '同意，批量审核通过',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { done: number; skipped: number; items: Item[] };
    const withErrors = names.filter((n) => n.includes('【错误】'));
    expect(withErrors).toHaveLength(7);
    expect(body.done).toBe(43);
    expect(body.skipped).toBe(9);
    expect(body.items.map((i) => i.formId)).toEqual([...ids, foreign, draft]);

    const skipped = body.items.filter((i) => i.outcome === 'skipped');
    expect(skipped.filter((i) => i.code === 'form-has-errors').map((i) => i.name)).toEqual(withErrors);
    expect(skipped.find((i) => i.code === 'form-has-errors')).toMatchObject({
      status: 'submitted',
      message: '表单有 1 个错误级审核问题：测试错误：名称不规范',
    });
    // out of reach: skipped without telling its name
    expect(body.items.find((i) => i.formId === foreign)).toMatchObject({
      outcome: 'skipped',
      code: 'form-not-found',
      name: null,
      status: null,
    });
    expect(body.items.find((i) => i.formId === draft)).toMatchObject({
      outcome: 'skipped',
      code: 'wrong-status',
      name: '草稿项目',
      message: '表单当前为“草稿”，不能执行此操作',
    });

    // each passed form has its own record; the skipped ones have none
    for (const [i, id] of ids.entries()) {
      const history = (await reviewer.get(`/api/forms/${id}/history`)).json().items as {
        action: string;
        opinion: string | null;
        actorName: string;
      }[];
      const detail = (await reviewer.get(`/api/forms/${id}`)).json();
      if (names[i]!.includes('【错误】')) {
        expect(history.map((h) => h.action)).toEqual(['submit']);
        expect(detail.meta.status).toBe('submitted');
      } else {
        expect(history.map((h) => h.action)).toEqual(['submit', 'review-pass']);
        expect(history[1]).toMatchObject({ opinion: '同意，批量审核通过', actorName: 'reviewerA' });
        expect(detail.meta.status).toBe('passed');
      }
    }
    const foreignHistory = (await (await ctx.as('fillerB1')).get(`/api/forms/${foreign}/history`)).json();
    expect(foreignHistory.items.map((h: { action: string }) => h.action)).toEqual(['submit']);

    // the forms with errors go back with one opinion: returning needs no clean form
    const errorIds = ids.filter((_, i) => names[i]!.includes('【错误】'));
    const returned = await reviewer.post('/api/workflow/batch', {
      action: 'review-return',
      formIds: errorIds,
      opinion: '名称不规范，请修改',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ done: 7, skipped: 0 });

    // finance approves two passed forms and one that is already back with the unit
    const finance = await ctx.as('finance');
    const passed = ids.filter((_, i) => !names[i]!.includes('【错误】')).slice(0, 2);
    const approved = await finance.post('/api/workflow/batch', {
      action: 'approve',
      formIds: [...passed, errorIds[0]],
      opinion: '同意批复',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().items.map((i: Item) => i.outcome)).toEqual(['done', 'done', 'skipped']);
    expect(approved.json().items[2]).toMatchObject({ code: 'wrong-status', status: 'returned' });
    const approval = await finance.get(`/api/forms/${passed[0]}/approval`);
    expect(approval.statusCode).toBe(200);
    expect(approval.json()).toMatchObject({ opinion: '同意批复' });
  }, 240_000);

  it('refuses a batch by role, without an opinion where one is needed, and beyond the limit', async () => {
    rulesTightened = false;
    const filler = await ctx.as('fillerA1');
    const reviewer = await ctx.as('reviewerA');
    const id = await createSubmitted(filler, '权限项目');

    const byFiller = await filler.post('/api/workflow/batch', { action: 'review-pass', formIds: [id] });
    expect(byFiller.statusCode).toBe(403);
    // finance cannot take the reviewer's action, nor the reviewer finance's
    const financePass = await (
      await ctx.as('finance')
    ).post('/api/workflow/batch', {
      action: 'review-pass',
      formIds: [id],
    });
    expect(financePass.statusCode).toBe(403);
    expect(financePass.json().code).toBe('forbidden');
    expect(
      (await reviewer.post('/api/workflow/batch', { action: 'approve', formIds: [id] })).statusCode,
    ).toBe(403);

    const noOpinion = await reviewer.post('/api/workflow/batch', {
      action: 'review-return',
      formIds: [id],
      opinion: '  ',
    });
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json().code).toBe('opinion-required');

    const tooMany = Array.from({ length: 201 }, () => id);
    expect(
      (await reviewer.post('/api/workflow/batch', { action: 'review-pass', formIds: tooMany })).statusCode,
    ).toBe(400);
    // nothing of the refused requests happened
    expect((await reviewer.get(`/api/forms/${id}`)).json().meta.status).toBe('submitted');
    const passed = await reviewer.post('/api/workflow/batch', { action: 'review-pass', formIds: [id] });
    expect(passed.json()).toMatchObject({
      done: 1,
      skipped: 0,
      items: [{ name: '权限项目', status: 'passed' }],
    });
  }, 120_000);
});
