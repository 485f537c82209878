// Workflow through the API: submit (refused with error findings), review return with anchored
// opinions shown again on resubmission, pass, finance return, approve (批复), publish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Form } from '@jixiao/core';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';

/** Flags a form whose name contains 【错误】: the workflow, not the rule set, is under test here. */
function fakeChecker(form: Form): Finding[] {
  return form.kind === 'project' && form.name?.includes('【错误】')
    ? [{ rule: 'R-TEST', severity: 'error', message: '测试错误', path: '/name', form: form.name }]
    : [];
}

describe.each(drivers)('workflow on %s', (driver) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: fakeChecker });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('refuses submission while the form has error findings, and returns them', async () => {
    const s = await ctx.as('fillerA1');
    const f = (await s.post('/api/forms', { form: sampleProject({ name: '【错误】项目' }) })).json();
    const res = await s.post(`/api/forms/${f.meta.id}/submit`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'form-has-errors',
      findings: [{ rule: 'R-TEST', severity: 'error' }],
    });
    expect((await s.get(`/api/forms/${f.meta.id}`)).json().meta.status).toBe('draft');
  });

  it('runs the whole flow for the right roles and records every transition', async () => {
    const filler = await ctx.as('fillerA1');
    const reviewer = await ctx.as('reviewerA');
    const otherReviewer = await ctx.as('reviewerB');
    const finance = await ctx.as('finance');
    const created = (await filler.post('/api/forms', { form: sampleProject({ name: '流程项目' }) })).json();
    const id = created.meta.id as string;
    const indicatorId = created.form.indicators[2].id as string;

    expect((await filler.get(`/api/forms/${id}`)).json().actions).toEqual(['edit', 'copy', 'submit']);
    expect((await filler.post(`/api/forms/${id}/submit`)).statusCode).toBe(200);
    expect((await filler.get(`/api/forms/${id}`)).json().actions).toEqual(['copy']);
    expect((await reviewer.get(`/api/forms/${id}`)).json().actions).toEqual(['review-return', 'review-pass']);
    // locked while submitted
    expect((await filler.put(`/api/forms/${id}`, { baseVersion: 1, form: created.form })).statusCode).toBe(
      409,
    );
    // a reviewer of another department does not see it; the filler cannot review
    expect((await otherReviewer.post(`/api/forms/${id}/review/pass`)).statusCode).toBe(404);
    expect((await filler.post(`/api/forms/${id}/review/pass`)).statusCode).toBe(403);
    // finance cannot approve before the reviewer passed it
    expect((await finance.post(`/api/forms/${id}/approve`)).statusCode).toBe(409);

    // return without an opinion is refused
    expect((await reviewer.post(`/api/forms/${id}/review/return`, {})).statusCode).toBe(400);
    const returned = await reviewer.post(`/api/forms/${id}/review/return`, {
      opinion: '时效指标未量化，请修改',
      grade: '中',
      comments: [
        { indicatorId, reason: 'not-quantified', text: '完成时间应写明月份' },
        { pointer: '/budget/total', reason: 'budget-mismatch', text: '与预算批复数不一致' },
      ],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().comments).toHaveLength(2);
    expect(returned.json().comments[0]).toMatchObject({
      pointer: '/indicators/2',
      indicatorId,
      reason: 'not-quantified',
    });
    // a pointer that does not exist is refused
    const bad = await (
      await ctx.as('reviewerA')
    ).post(`/api/forms/${id}/comments`, {
      comments: [{ pointer: '/nope', reason: 'other', text: 'x' }],
    });
    expect(bad.statusCode).toBe(409); // not under review any more

    // the filler edits, resolves one comment, resubmits: the open one is shown again
    const current = (await filler.get(`/api/forms/${id}`)).json();
    const saved = await filler.put(`/api/forms/${id}`, {
      baseVersion: current.meta.version,
      form: { ...current.form, content: '已修改' },
    });
    expect(saved.statusCode).toBe(200);
    const commentId = returned.json().comments[0].id as string;
    expect((await filler.post(`/api/forms/${id}/comments/${commentId}/resolve`)).statusCode).toBe(200);
    const resubmitted = await filler.post(`/api/forms/${id}/submit`);
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json().openComments).toHaveLength(1);
    expect(resubmitted.json().openComments[0].pointer).toBe('/budget/total');

    const badPointer = await reviewer.post(`/api/forms/${id}/comments`, {
      comments: [{ pointer: '/nope', reason: 'other', text: 'x' }],
    });
    expect(badPointer.statusCode).toBe(400);
    expect(badPointer.json().code).toBe('bad-pointer');

    expect(
      (await reviewer.post(`/api/forms/${id}/review/pass`, { opinion: '同意', grade: '良' })).statusCode,
    ).toBe(200);
    expect(
      (await finance.post(`/api/forms/${id}/finance/return`, { opinion: '预算需压减' })).statusCode,
    ).toBe(200);
    expect((await filler.post(`/api/forms/${id}/submit`)).statusCode).toBe(200);
    expect((await reviewer.post(`/api/forms/${id}/review/pass`)).statusCode).toBe(200);
    // the reviewer cannot approve, finance can
    expect((await reviewer.post(`/api/forms/${id}/approve`)).statusCode).toBe(403);
    // the approved budget is a 万元 amount; finance may approve less than was asked
    const badBudget = await finance.post(`/api/forms/${id}/approve`, { approvedBudget: { total: '一百' } });
    expect(badBudget.statusCode).toBe(400);
    expect(badBudget.body).toContain('批复金额须为以万元为单位的数字');
    const approved = await finance.post(`/api/forms/${id}/approve`, {
      opinion: '批复',
      approvedBudget: { total: '180.5' },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().approval).toMatchObject({ budgetTotal: '180.5', version: 2 });
    expect(approved.json().approval.targets).toHaveLength(6);
    expect(approved.json().approval.targets[2].indicatorId).toBe(indicatorId);

    // not public before publication
    const anon = await ctx.app.inject({ method: 'GET', url: `/api/public/forms/${id}` });
    expect(anon.statusCode).toBe(404);
    expect((await finance.post(`/api/forms/${id}/publish`)).statusCode).toBe(200);
    const pub = await ctx.app.inject({ method: 'GET', url: `/api/public/forms/${id}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().approval.targets[2].indicatorId).toBe(indicatorId);
    // the indicator id is the same from declaration to publication
    expect(pub.json().form.indicators[2].id).toBe(indicatorId);

    const history = (await filler.get(`/api/forms/${id}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'submit',
      'review-return',
      'submit',
      'review-pass',
      'finance-return',
      'submit',
      'review-pass',
      'approve',
      'publish',
    ]);
    expect(history[1]).toMatchObject({
      fromStatus: 'submitted',
      toStatus: 'returned',
      opinion: '时效指标未量化，请修改',
      grade: '中',
      actorName: 'reviewerA',
    });
    expect(history.every((h: { createdAt: string; actorId: string }) => h.createdAt && h.actorId)).toBe(true);
  });
});
