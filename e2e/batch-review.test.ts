// Batch review in a real browser, on the demo city: the filler submits four forms; the reviewer ticks
// them in the 审核 inbox, writes one opinion and passes them in one action — meanwhile one of them was
// passed on its own, so it is skipped and named in the result dialog with its reason; the others are
// passed, each with its own record. Finance then approves the four in one 批复 with the 批复文件's 文号 and
// date entered in the confirmation, and each 批复 records them. Screenshots in e2e/screenshots/batch-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserReady, shots, startRig, stillScreenshot, type BrowserRig } from './support/browser.ts';

const NAMES = ['批量审核示例一', '批量审核示例二', '批量审核示例三', '批量审核示例四'];

describe.skipIf(!browserReady)('batch review in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('the reviewer passes several forms in one action and sees which were skipped and why', async () => {
    const { request } = await import('playwright-core');
    const api = rig.base + '/api';
    const asUser = async (username: string) => {
      const ctx = await request.newContext();
      const me = await (
        await ctx.post(api + '/auth/login', { data: { username, password: rig.server.passwords[username] } })
      ).json();
      const headers = { 'x-csrf-token': me.csrfToken as string };
      return {
        get: async (path: string) => (await ctx.get(api + path)).json(),
        post: (path: string, data: unknown) => ctx.post(api + path, { data, headers }),
        dispose: () => ctx.dispose(),
      };
    };
    // Submitted forms to review: an approved 批复表 copied as the filler's own 申报表 under new names.
    const finance = await asUser('demo-finance');
    const approved = await finance.get('/forms?status=approved&kind=project');
    const source = await finance.get('/forms/' + approved.items[0].id);
    await finance.dispose();
    const filler = await asUser('demo-filler');
    const ids: string[] = [];
    for (const name of NAMES) {
      const form = {
        ...source.form,
        name,
        formType: '申报表',
        title: null,
        unit: '鄂州市行政审批局（本级）',
        indicators: source.form.indicators.map(({ id: _id, ...rest }: { id?: string }) => rest),
      };
      const created = await (await filler.post('/forms', { form })).json();
      const submitted = await filler.post(`/forms/${created.meta.id}/submit`, {});
      expect(submitted.status(), await submitted.text()).toBe(200);
      ids.push(created.meta.id as string);
    }
    await filler.dispose();

    const context = await rig.desktop({ width: 1440, height: 900 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(page, 'demo-reviewer');
    await page.goto(rig.base + '/review');
    const panel = page.getByRole('tabpanel');
    for (const name of NAMES) {
      await panel.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();
    }
    await expect.poll(() => page.locator('#batch-bar').innerText()).toContain('已选 4 张');
    await page.locator('#batch-opinion').fill('目标明确，指标量化，同意。');
    // with an opinion written, returning is offered too
    const bar = page.locator('#batch-bar');
    await expect.poll(() => bar.getByRole('button', { name: /批量退回/ }).isEnabled()).toBe(true);
    await page.screenshot({ path: shots + 'batch-1-selected.png' });

    // Meanwhile another reviewer's tab passes the second form on its own.
    const reviewer = await asUser('demo-reviewer');
    expect((await reviewer.post(`/forms/${ids[1]}/review/pass`, {})).status()).toBe(200);

    await page
      .locator('#batch-bar')
      .getByRole('button', { name: /批量审核通过/ })
      .click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect.poll(() => confirm.innerText()).toContain('对选中的 4 张表单审核通过');
    await confirm.getByRole('button', { name: /确认审核通过/ }).click();

    const result = page.locator('#batch-result');
    await result.waitFor();
    await expect.poll(() => result.innerText()).toContain('已审核通过 3 张，跳过 1 张');
    const skipped = page.locator('#batch-skipped');
    expect(await skipped.innerText()).toContain(NAMES[1]);
    expect(await skipped.innerText()).toContain('表单当前为“审核通过待批复”，不能执行此操作');
    const done = await page.locator('#batch-done').innerText();
    for (const n of [NAMES[0], NAMES[2], NAMES[3]]) expect(done).toContain(n);
    await stillScreenshot(page, { path: shots + 'batch-2-result.png' });

    // each form has its own record with the one opinion
    for (const id of [ids[0], ids[2], ids[3]]) {
      const history = (await reviewer.get(`/forms/${id}/history`)).items as {
        action: string;
        opinion: string;
      }[];
      expect(history.map((h) => h.action)).toEqual(['submit', 'review-pass']);
      expect(history[1]!.opinion).toBe('目标明确，指标量化，同意。');
    }
    const alone = (await reviewer.get(`/forms/${ids[1]}/history`)).items as { opinion: string | null }[];
    expect(alone[1]!.opinion).toBeNull();
    await reviewer.dispose();

    // the passed forms left the 待审核 tab
    await page.getByRole('button', { name: '知道了' }).click();
    await expect.poll(async () => panel.getByRole('row').filter({ hasText: '批量审核示例' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();

    // Finance approves the four in one action; one 批复文件 covers them.
    const financeContext = await rig.desktop({ width: 1440, height: 900 });
    const financePage = await financeContext.newPage();
    financePage.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(financePage, 'demo-finance');
    await financePage.goto(rig.base + '/approval');
    const passedTab = financePage.getByRole('tabpanel');
    for (const name of NAMES) {
      await passedTab.getByRole('row').filter({ hasText: name }).getByRole('checkbox').check();
    }
    const financeBar = financePage.locator('#batch-bar');
    await expect.poll(() => financeBar.innerText()).toContain('已选 4 张');
    await financeBar.getByRole('button', { name: /批量批复/ }).click();
    const approveConfirm = financePage.locator('.ant-modal-confirm');
    await expect.poll(() => approveConfirm.innerText()).toContain('对选中的 4 张表单批复');
    await approveConfirm.locator('#approval-number-input').fill('某财预〔2026〕12号');
    await approveConfirm.locator('#approval-date-input').fill('2026-03-15');
    await approveConfirm.locator('#approval-handler-input').fill('张三');
    await stillScreenshot(financePage, { path: shots + 'batch-3-approve-dialog.png' });
    await approveConfirm.getByRole('button', { name: /确认批复/ }).click();
    const approveResult = financePage.locator('#batch-result');
    await approveResult.waitFor();
    await expect.poll(() => approveResult.innerText()).toContain('已批复 4 张，跳过 0 张');

    // each 批复 records the 文号, the date and the 经办人 (printed on its 批复表)
    const financeApi = await asUser('demo-finance');
    for (const id of ids) {
      const approval = await financeApi.get(`/forms/${id}/approval`);
      expect(approval).toMatchObject({
        number: '某财预〔2026〕12号',
        approvedOn: '2026-03-15',
        handler: '张三',
        head: null,
      });
    }
    await financeApi.dispose();
    expect(errors).toEqual([]);
    await financeContext.close();
  }, 240_000);
});
