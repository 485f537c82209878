// Browser test of one project from the budget's 项目支出 list to its 自评, keyed by one 项目编码: the unit's
// budget line gets a code, the unit creates the 绩效目标表 from the line on the budget page (name, code and
// amount come with it — the name is typed once, in the budget), the form goes through review and approval,
// and the 自评 shows the same code, as does the 部门预算公开 generated from the budget. Screenshots in
// e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBudget } from '@jixiao/core';
import { browserReady, shots, startRig, type BrowserRig } from './support/browser.ts';

const PROJECT = '政务大厅智能导办系统运维';
const YEAR = 2026;

describe.skipIf(!browserReady)('a project code from budget to 自评 in Chromium', () => {
  let rig: BrowserRig;

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  async function asUser(username: string) {
    const { request } = await import('playwright-core');
    const api = rig.base + '/api';
    const ctx = await request.newContext();
    const me = await (
      await ctx.post(api + '/auth/login', { data: { username, password: rig.server.passwords[username] } })
    ).json();
    const headers = { 'x-csrf-token': me.csrfToken as string };
    return {
      orgId: me.org.id as string,
      get: async (path: string) => (await ctx.get(api + path)).json(),
      post: (path: string, data: unknown) => ctx.post(api + path, { data, headers }),
      put: (path: string, data: unknown) => ctx.put(api + path, { data, headers }),
      dispose: () => ctx.dispose(),
    };
  }

  it('follows one project from its budget line to its 自评 by one code', async () => {
    // An approved project of the demo gives the goals and indicators (the content is not what is tested here).
    const finance = await asUser('demo-finance');
    const approved = await finance.get('/forms?status=approved&kind=project');
    const source = await finance.get('/forms/' + approved.items[0].id);
    const amount: string = source.form.budget.current ?? source.form.budget.total;

    // The unit's budget with the project line: the only place its name is typed.
    const filler = await asUser('demo-filler');
    const empty = emptyBudget('鄂州市行政审批局（本级）', YEAR);
    const saved = await filler.put(`/budgets/${filler.orgId}/${YEAR}`, {
      baseVersion: 0,
      budget: {
        ...empty,
        income: { ...empty.income, generalPublic: amount },
        projects: [{ name: PROJECT, category: '经常性项目', amount, purpose: '导办系统运行维护' }],
      },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const code: string = (await saved.json()).budget.projects[0].code;
    expect(code).toMatch(/\d{4}-001$/);

    // In the browser: the budget page's 项目支出 list offers the action; the form opens with the code.
    const context = await rig.desktop({ width: 1440, height: 900 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(page, 'demo-filler');
    await page.goto(`${rig.base}/budget?year=${YEAR}&tab=projects`);
    const line = page.locator('[data-testid="budget-project-0"]');
    await expect.poll(() => line.locator('input').first().inputValue()).toBe(code);
    const action = line.getByRole('button', { name: '从预算项目创建绩效目标' });
    await action.waitFor();
    await page.screenshot({ path: shots + 'p01-budget-line-action.png' });
    await action.click();
    await page.waitForURL(/\/forms\/[0-9a-f-]+\/edit$/);
    const formId = /\/forms\/([0-9a-f-]+)\/edit$/.exec(page.url())![1]!;
    await expect.poll(() => page.getByLabel('项目代码').inputValue()).toBe(code);
    expect(await page.getByLabel('项目名称').inputValue()).toBe(PROJECT);
    await page.screenshot({ path: shots + 'p02-form-with-code.png' });

    // Review and approval (the content from the approved demo project), then the 自评 from the approved form.
    const stored = await filler.get('/forms/' + formId);
    const strip = (list: { id?: string }[]) => list.map(({ id: _id, ...rest }) => rest);
    const form = {
      ...stored.form,
      goals: source.form.goals,
      indicators: strip(source.form.indicators),
      basis: source.form.basis,
      content: source.form.content ?? stored.form.content,
    };
    const put = await filler.put('/forms/' + formId, { baseVersion: stored.meta.version, form });
    expect(put.status(), await put.text()).toBe(200);
    const submitted = await filler.post(`/forms/${formId}/submit`, {});
    expect(submitted.status(), await submitted.text()).toBe(200);
    const reviewer = await asUser('demo-reviewer');
    const passed = await reviewer.post(`/forms/${formId}/review/pass`, { opinion: '同意' });
    expect(passed.status(), await passed.text()).toBe(200);
    const approvedNow = await finance.post(`/forms/${formId}/approve`, { opinion: '同意' });
    expect(approvedNow.status(), await approvedNow.text()).toBe(200);
    const evaluation = await filler.post('/self-evaluations', { formId });
    expect(evaluation.status(), await evaluation.text()).toBe(201);
    const evaluationId: string = (await evaluation.json()).evaluation.id;

    // The approved form and the 自评 show the same code.
    await page.goto(`${rig.base}/forms/${formId}`);
    await page.getByText(code).first().waitFor();
    await page.goto(`${rig.base}/self-evaluations/${evaluationId}`);
    await expect.poll(() => page.locator('[data-testid="project-code"]').innerText()).toBe(code);
    await page.screenshot({ path: shots + 'p03-self-evaluation-code.png' });

    // The 部门预算公开 generated from this budget prints the code in its 一般公共预算项目支出表.
    const generated = await filler.post(`/disclosures/${filler.orgId}/${YEAR}/generate`, undefined);
    expect(generated.status(), await generated.text()).toBe(201);
    await page.goto(`${rig.base}/disclosure?org=${filler.orgId}&year=${YEAR}`);
    const projectRow = page.locator('table tr').filter({ hasText: PROJECT }).first();
    await projectRow.waitFor();
    expect((await projectRow.locator('td').allInnerTexts()).slice(0, 3)).toEqual([
      code,
      PROJECT,
      '经常性项目',
    ]);
    await projectRow.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shots + 'p04-disclosure-project-code.png' });
    expect(errors).toEqual([]);
    for (const u of [finance, filler, reviewer]) await u.dispose();
    await context.close();
  });
});
