// Browser test of the web app: the real server with the demo city, Debian's Chromium driven by
// playwright-core; logs in, opens the workbench and the 项目绩效目标 editor, types and checks the value
// preview, saves, looks at review/approval and the public pages on a phone; screenshots in e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from './support/start-server.ts';
import { startWebServer } from './support/web-server.ts';
import {
  browserReady as ready,
  chooseOption,
  openBrowser,
  phoneContext,
  root,
  shots,
  stillScreenshot,
} from './support/browser.ts';
import { toastShown } from './support/toasts.ts';

const dist = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));

describe.skipIf(!ready)('web app in Chromium', () => {
  let server: RunningServer;
  let web: { url: string; close: () => Promise<void> } | null = null;
  let base = '';
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startServer(root);
    // The API server serves the app once web-static is registered; until then a small static proxy does.
    const probe = await fetch(server.url + '/forms/new').catch(() => null);
    const served = probe?.ok && (probe.headers.get('content-type') ?? '').includes('text/html');
    if (served) base = server.url;
    else {
      web = await startWebServer(dist, server.url);
      base = web.url;
    }
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await server?.stop();
  });

  async function login(page: Page, username: string) {
    await page.goto(base + '/login');
    await page.locator('#login-username').fill(username);
    await page.locator('#login-password').fill(server.passwords[username] ?? '');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }

  it('has the demo passwords', () => {
    expect(Object.keys(server.passwords)).toEqual(
      expect.arrayContaining(['demo-filler', 'demo-reviewer', 'demo-finance']),
    );
  });

  it('logs in as a filler, shows the workbench and edits a project form', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(base + '/login');
    await page.getByText('预算绩效管理系统').waitFor();
    await page.screenshot({ path: shots + '01-login.png' });
    await login(page, 'demo-filler');

    await page.getByText('工作台').first().waitFor();
    await page.locator('#waiting .ant-table-row').first().waitFor();
    await page.screenshot({ path: shots + '02-workbench.png', fullPage: true });

    // Open the first draft project form in the editor.
    const link = page.locator('#waiting a[href$="/edit"]').first();
    await link.click();
    await page.waitForURL(/\/forms\/[^/]+\/edit$/);
    await page.locator('#grid-annual').waitFor();
    await page.locator('#findings-panel .finding-item').first().waitFor();
    await page.screenshot({ path: shots + '03-editor.png', fullPage: true });

    // Type a 指标值 and see how it was understood.
    const cell = page.locator('#grid-annual input[id$="-target"]').first();
    await cell.click();
    await cell.fill('95%以上');
    const preview = cell.locator('xpath=ancestor::td[1]').locator('.value-preview');
    await expect.poll(() => preview.innerText()).toContain('≥');
    expect(await preview.innerText()).toContain('95');
    // Enter moves down the column.
    await cell.press('Enter');
    const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focusedId).toMatch(/^field-indicators-\d+-target$/);
    await page.locator('#grid-annual').screenshot({ path: shots + '04-indicator-grid.png' });

    // Findings list jumps to a field.
    const firstFinding = page.locator('#findings-panel .finding-item:visible').first();
    if (await firstFinding.count()) await firstFinding.click();

    await page.locator('#save-draft').click();
    await toastShown(page, /^已保存（第 \d+ 版）$/);
    await page.screenshot({ path: shots + '05-editor-saved.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a new form from the template and keeps typed data when a save fails', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await login(page, 'demo-filler');
    await page.goto(base + '/forms/new');
    await page.locator('#field-name').fill('演示：社区服务信息化项目');
    await page.locator('#field-budget-total').fill('abc');
    await page.getByText('请填写以万元为单位的数字').first().waitFor();
    await page.locator('#field-budget-total').fill('120.5');
    // Paste two rows from Excel into the annual 数量指标.
    const first = page.locator('#grid-annual textarea[id$="-name"]').first();
    await first.focus();
    await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const data = new DataTransfer();
      data.setData('text/plain', '培训人次\t≥200人次\t计划标准\n覆盖社区\t=12个\t计划标准\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect
      .poll(() => page.locator('#grid-annual input[id$="-target"]').nth(1).inputValue())
      .toBe('=12个');
    // The server goes away for a moment: the save fails, the typed data stays.
    await page.route('**/api/forms', (route) => route.abort());
    await page.locator('#save-draft').click();
    await page.locator('#save-problem').waitFor();
    expect(await page.locator('#field-name').inputValue()).toBe('演示：社区服务信息化项目');
    await page.screenshot({ path: shots + '06-new-form-save-failed.png', fullPage: true });
    await page.unroute('**/api/forms');
    await page.locator('#save-draft').click();
    await page.waitForURL(/\/forms\/[^/]+\/edit$/);
    expect(await page.locator('#field-name').inputValue()).toBe('演示：社区服务信息化项目');
    await context.close();
  });

  it('imports a file: preview with findings, then saves drafts', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await login(page, 'demo-filler');
    await page.goto(base + '/import');
    await page
      .locator('input[type=file]')
      .setInputFiles(root + 'packages/server/demo/001_31923cc723e4cf20.txt');
    await page.getByText(/识别结果：/).waitFor();
    await page.locator('.ant-collapse-expand-icon').first().click();
    await page.locator('.ant-collapse .official-form').first().waitFor();
    await stillScreenshot(page, { path: shots + '12-import-preview.png' });
    await page.getByRole('button', { name: /保存选中的/ }).click();
    await page.getByText('已保存为草稿').waitFor();
    await context.close();
  });

  it('shows the finance officer the approval page', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await login(page, 'demo-finance');
    await page.goto(base + '/approval');
    await page.getByRole('tab', { name: /已批复/ }).click();
    await page.getByRole('tabpanel').getByRole('link').first().click();
    await page.locator('.official-form').waitFor();
    await page.screenshot({ path: shots + '07-approval.png', fullPage: false });
    await context.close();
  });

  it('lets the reviewer comment on a field and return the form; the filler sees the comment', async () => {
    // A submitted form to review: an approved 批复表 copied as the filler's own 申报表, then submitted.
    const { request } = await import('playwright-core');
    const api = base + '/api';
    const asUser = async (username: string) => {
      const ctx = await request.newContext();
      const me = await (
        await ctx.post(api + '/auth/login', { data: { username, password: server.passwords[username] } })
      ).json();
      return { ctx, csrf: me.csrfToken as string };
    };
    const finance = await asUser('demo-finance');
    const approved = await (await finance.ctx.get(api + '/forms?status=approved&kind=project')).json();
    const source = await (await finance.ctx.get(api + '/forms/' + approved.items[0].id)).json();
    await finance.ctx.dispose();
    const filler = await asUser('demo-filler');
    const form = {
      ...source.form,
      formType: '申报表',
      title: null,
      unit: '鄂州市行政审批局（本级）',
      indicators: source.form.indicators.map(({ id: _id, ...rest }: { id?: string }) => rest),
    };
    const created = await (
      await filler.ctx.post(api + '/forms', { data: { form }, headers: { 'x-csrf-token': filler.csrf } })
    ).json();
    const submitted = await filler.ctx.post(api + `/forms/${created.meta.id}/submit`, {
      data: {},
      headers: { 'x-csrf-token': filler.csrf },
    });
    expect(submitted.status()).toBe(200);
    await filler.ctx.dispose();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await login(page, 'demo-reviewer');
    await page.goto(base + '/review');
    await page.getByRole('tabpanel').getByRole('link').first().click();
    await page.locator('.official-form').waitFor();
    await page.locator('#field-indicators-0-target').click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog, '指标未量化');
    await dialog.locator('textarea').fill('请将该指标量化为可考核的目标值');
    await page.getByRole('button', { name: '加入意见' }).click();
    await page.locator('#review-opinion').fill('部分指标需要修改，请修改后重新提交。');
    await page.locator('.comment-bubble.pending').first().waitFor();
    await page.screenshot({ path: shots + '10-review.png' });
    await page.getByRole('button', { name: '退回修改' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '退回修改' }).click();
    await page.waitForURL(/\/review$/);
    await context.close();

    const fillerPage = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    ).newPage();
    await login(fillerPage, 'demo-filler');
    await fillerPage.goto(base + `/forms/${created.meta.id}/edit`);
    await fillerPage.locator('#open-comments').getByText('请将该指标量化为可考核的目标值').waitFor();
    await fillerPage.screenshot({ path: shots + '11-returned-in-editor.png' });
    await fillerPage.context().close();
  });

  it('shows published targets on a phone without login', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(base + '/public');
    await page.locator('.public-card').first().waitFor();
    await page.screenshot({ path: shots + '08-public-phone.png', fullPage: true });
    await page
      .locator('.public-item')
      .filter({ hasText: /项目|经费|工作/ })
      .first()
      .click();
    await page.locator('.approved-targets, .official-form').first().waitFor();
    await page.screenshot({ path: shots + '09-public-form-phone.png', fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await context.close();
  });
});
