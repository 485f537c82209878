// The journey of issue #5 in a real browser, on the demo city: a filler imports seed 001, sees its
// findings, fixes them in the editor and submits; the reviewer returns it with a comment anchored to a
// field (reason code); the filler sees the comment, fixes the field, marks the comment dealt with and
// resubmits; the reviewer sees what changed since the return highlighted and passes; finance approves
// with an approved budget and publishes; the public page shows it. Screenshots in e2e/screenshots/j-*.png.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserReady,
  chooseOption,
  shots,
  startRig,
  stillScreenshot,
  type BrowserRig,
} from './support/browser.ts';
import { answered } from './support/answered.ts';
import { toastShown } from './support/toasts.ts';

const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const seed001 = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('001_')) : undefined;
const NAME = '政务服务提升工作经费';

describe.skipIf(!browserReady || !seed001)('the journey: import → review → approve → publish', () => {
  let rig: BrowserRig;
  let formId = '';
  const errors: string[] = [];

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  async function as(username: string, body: (page: Page) => Promise<void>) {
    const context = await rig.desktop();
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${username}: ${String(e)}`));
    // What the page asked of the network, and what it said: a step that waits in vain then shows whether its
    // request ever left the browser (the server's side is its log: E2E_SERVER_LOG_DIR).
    const trace: string[] = [];
    const at = () => new Date().toISOString().slice(11, 23);
    await context.addInitScript(() => {
      addEventListener('offline', () => console.warn('browser reports offline'));
      addEventListener('online', () => console.warn('browser reports online'));
    });
    page.on('console', (m) => trace.push(`${at()} console.${m.type()} ${m.text()}`));
    page.on('request', (r) => r.url().includes('/api/') && trace.push(`${at()} → ${r.method()} ${r.url()}`));
    page.on('requestfinished', (r) => r.url().includes('/api/') && trace.push(`${at()} ← ${r.url()}`));
    page.on('requestfailed', (r) => trace.push(`${at()} ✗ ${r.url()} ${r.failure()?.errorText ?? ''}`));
    try {
      await rig.login(page, username);
      await body(page);
    } catch (e) {
      const online = await page.evaluate(() => navigator.onLine).catch(() => 'unknown');
      throw new Error(
        `${String(e)}\n${username}'s page (navigator.onLine ${online}), last of its trace:\n${trace.slice(-40).join('\n')}`,
        { cause: e },
      );
    } finally {
      await context.close();
    }
  }
  // antd spaces a two-character button label (“批 复”): match with or without the space.
  const confirm = async (page: Page, label: string) => {
    const name = new RegExp(`^${[...label].join('\\s*')}$`);
    await page.locator('.editor-toolbar').getByRole('button', { name }).click();
    // The step asks to confirm, or warns why it cannot be taken (the page's blockReason): say which, so that a
    // failure names the page's own reason instead of a missing dialog.
    const modal = page.locator('.ant-modal-confirm');
    const warning = page.locator('.ant-message-warning').first();
    const shown = await Promise.race([
      modal.waitFor().then(() => 'modal' as const),
      warning.waitFor().then(() => 'warning' as const),
    ]).catch(() => 'modal' as const);
    if (shown === 'warning') throw new Error(`${label}: ${await warning.innerText()}`);
    await modal.getByRole('button', { name }).click();
  };
  const errorCount = async (page: Page) => page.locator('#findings-panel .finding-item.sev-error').count();

  it('1. the filler imports seed 001 and sees its findings', async () => {
    await as('demo-filler', async (page) => {
      await page.goto(rig.base + '/import');
      await page.locator('input[type=file]').setInputFiles(seeds + seed001);
      await page.getByText(/识别结果：/).waitFor();
      const preview = page.locator('.ant-collapse-item').filter({ hasText: NAME }).first();
      await expect.poll(() => preview.innerText()).toMatch(/错误\s*14/);
      await preview.locator('.ant-collapse-expand-icon').click();
      await preview.locator('.official-form').waitFor();
      await stillScreenshot(page, { path: shots + 'j-01-import-preview.png' });
      await page.getByRole('button', { name: /保存选中的/ }).click();
      await page.getByText('已保存为草稿').waitFor();
      await page.getByRole('link', { name: NAME }).click();
      await page.waitForURL(/\/forms\/[^/]+\/edit$/);
      formId = /\/forms\/([^/]+)\/edit$/.exec(page.url())![1]!;
    });
    expect(formId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('2. fixes the findings in the editor and submits', async () => {
    await as('demo-filler', async (page) => {
      await page.goto(rig.base + `/forms/${formId}/edit`);
      await page.locator('#grid-annual').waitFor();
      await expect.poll(() => errorCount(page)).toBe(14);
      await page.screenshot({ path: shots + 'j-02-editor-findings.png' });
      // Every error is a 确定依据 holding an explanation or a value: the standard goes there instead.
      const basis = page.locator('input[id^="field-indicators-"][id$="-basis"]');
      const n = await basis.count();
      expect(n).toBe(14);
      for (let i = 0; i < n; i++) await basis.nth(i).fill('计划标准');
      // The seed states no year: the filler adds it.
      await page.locator('#field-year').fill('2025');
      // And a warning: a rate of at most 100% is written =100%.
      await page.locator('#field-indicators-2-target').fill('=100%');
      await expect.poll(() => errorCount(page)).toBe(0);
      const submit = page.getByRole('button', { name: /提交审核/ });
      await expect.poll(() => submit.isEnabled()).toBe(true);
      await page.screenshot({ path: shots + 'j-03-editor-fixed.png' });
      await answered(page, /\/submit$/, () => submit.click());
      await toastShown(page, '已提交，等待主管部门审核');
      await page.waitForURL((u) => u.pathname === '/');
    });
  });

  it('3. the reviewer returns it with a comment anchored to a 指标值', async () => {
    await as('demo-reviewer', async (page) => {
      await page.goto(rig.base + '/review');
      await page.getByRole('tabpanel').getByRole('link', { name: NAME }).first().waitFor();
      await page.screenshot({ path: shots + 'j-04-review-inbox.png' });
      await page.goto(rig.base + `/review/${formId}`);
      await page.locator('.official-form').waitFor();
      // 宣传报道、专题片数量 (annual): 指标值 “完成” is not quantified.
      const cell = page.locator('#field-indicators-7-target');
      expect(await cell.innerText()).toContain('完成');
      await cell.click();
      const dialog = page.getByRole('dialog');
      await chooseOption(page, dialog, '指标未量化');
      await dialog.locator('textarea').fill('数量指标请写明数量和单位，如“≥10个”');
      await page.getByRole('button', { name: '加入意见' }).click();
      await page.locator('.comment-bubble.pending').first().waitFor();
      await page.locator('#review-opinion').fill('数量指标未量化，请修改后重新提交。');
      await page.screenshot({ path: shots + 'j-05-review-comment.png' });
      await confirm(page, '退回修改');
      await page.waitForURL(/\/review$/);
    });
  });

  it('4. the filler sees the comment, fixes the field, marks it dealt with and resubmits', async () => {
    await as('demo-filler', async (page) => {
      await page.goto(rig.base + '/');
      await page.locator('#waiting').getByRole('link', { name: NAME }).first().waitFor();
      await page.goto(rig.base + `/forms/${formId}/edit`);
      const card = page.locator('#open-comments');
      await card.getByText('数量指标请写明数量和单位').waitFor();
      await card.getByText('指标未量化').waitFor();
      await page.screenshot({ path: shots + 'j-06-returned-editor.png' });
      // The comment jumps to its field.
      await card.locator('.finding-item').first().click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('field-indicators-7-target');
      await page.locator('#field-indicators-7-target').fill('≥10个');
      await page.locator('#save-draft').click();
      await toastShown(page, /^已保存（第 \d+ 版）$/);
      // Version history: the latest save against the one before, the changed 指标值 listed.
      const versions = page.locator('#version-diff');
      const line = versions.locator('.finding-item').filter({ hasText: '「宣传报道、专题片数量」指标值' });
      await expect.poll(() => line.count()).toBe(1);
      expect(await line.innerText()).toMatch(/完成\s*→\s*≥10个/);
      await versions.screenshot({ path: shots + 'j-06b-version-diff.png' });
      await card.getByRole('button', { name: '已处理' }).click();
      await card.waitFor({ state: 'detached' });
      await answered(page, /\/submit$/, () => page.getByRole('button', { name: /提交审核/ }).click());
      await toastShown(page, '已提交，等待主管部门审核');
      await page.waitForURL((u) => u.pathname === '/');
    });
  });

  it('5. the reviewer sees what changed since the return and passes', async () => {
    await as('demo-reviewer', async (page) => {
      await page.goto(rig.base + `/review/${formId}`);
      const changes = page.locator('#changes-since-review');
      await changes.getByText('≥10个').waitFor();
      expect(await changes.innerText()).toContain('完成');
      await expect
        .poll(() => page.locator('#field-indicators-7-target').getAttribute('class'))
        .toContain('changed-since-review');
      // The comment shows as dealt with.
      await page.locator('.comment-bubble').first().waitFor();
      await page.screenshot({ path: shots + 'j-07-review-changes.png' });
      await changes.screenshot({ path: shots + 'j-08-changes-card.png' });
      await confirm(page, '审核通过');
      await page.waitForURL(/\/review$/);
    });
  });

  it('6. finance approves with the approved budget and publishes', async () => {
    await as('demo-finance', async (page) => {
      await page.goto(rig.base + '/approval');
      await page.getByRole('tabpanel').getByRole('link', { name: NAME }).first().waitFor();
      await page.goto(rig.base + `/approval/${formId}`);
      await page.locator('.official-form').waitFor();
      const total = page.locator('#approved-total');
      expect(await total.inputValue()).toBe('50');
      await total.fill('四十五');
      await page.getByText('批复总额：请填写以万元为单位的数字').waitFor();
      await total.fill('45');
      await page.getByText('批复总额：请填写').waitFor({ state: 'detached' });
      // 批复文件: the 文号 and date printed on the 批复表.
      await page.locator('#approval-number-input').fill('鄂财绩〔2026〕12号');
      await page.locator('#approval-date-input').fill('2026-03-15');
      await page.locator('#approval-handler-input').fill('王经办');
      await stillScreenshot(page, { path: shots + 'j-09-approve.png' });
      await answered(page, /\/approve$/, () => confirm(page, '批复'));
      await toastShown(page, '已批复');
      await page.waitForURL(/\/approval$/);
      await page.goto(rig.base + `/approval/${formId}`);
      await page.locator('#approval-sheet').getByText('45.00').first().waitFor();
      await page.locator('#approval-number').getByText('批复文号：鄂财绩〔2026〕12号').waitFor();
      await page.locator('#approval-note').getByText('2026年3月15日').waitFor();
      await page.screenshot({ path: shots + 'j-10-approved.png', fullPage: true });
      // The 批复表 downloads as PDF (and .xlsx/.docx: tested on the server).
      const [pdf] = await Promise.all([
        page.waitForEvent('download'), // the first print starts the server's Chromium: the hang guard bounds it
        page.locator('#approval-downloads').getByRole('button', { name: /PDF/ }).click(),
      ]);
      expect(pdf.suggestedFilename()).toBe(`${NAME}-批复表.pdf`);
      const head = await new Promise<string>((resolve, reject) => {
        void pdf.createReadStream().then((stream) => {
          stream.once('data', (b: Buffer) => resolve(b.subarray(0, 5).toString('latin1')));
          stream.once('error', reject);
        }, reject);
      });
      expect(head).toBe('%PDF-');
      // Done when the server has answered; the page then says so in a toast and goes back to the inbox.
      await answered(page, /\/publish$/, () => confirm(page, '公开'));
      await toastShown(page, '已公开，社会公众可查看');
      await page.waitForURL(/\/approval$/);
    });
  });

  it('7. the public page shows it, with the approved budget', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    await page.goto(rig.base + '/public');
    await page.getByRole('group', { name: '年度' }).getByRole('button', { name: '2025年' }).click();
    await page.locator('.public-item').filter({ hasText: NAME }).first().click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    await page.getByText('45.00 万元').waitFor();
    await page.locator('.approved-targets').getByText('≥10个').waitFor();
    // The official layout shown to the public is the 批复表.
    await page.getByText('查看批复表').click();
    await page.getByText('项目支出绩效目标批复表').waitFor();
    await page.screenshot({ path: shots + 'j-11-public.png', fullPage: true });
    // The CSV of the approved targets downloads.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#public-downloads').getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${NAME}-批复表-绩效目标.csv`);
    await context.close();
    expect(errors).toEqual([]);
  });
});
