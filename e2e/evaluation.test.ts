// Browser test of monitoring and self-evaluation (issue 6) on the demo city: finance opens a monitoring round
// for an approved project, the unit fills it and warnings appear (computed, not typed), the unit
// self-evaluates with the score computed and explained and downloads the official 自评表, then drafts next
// year's form and sees last year's results beside the indicators. The workflow's end (issue 6): finance
// closes the round and the unit's table is read-only; the self-evaluation is submitted, returned by the
// 主管部门 with an opinion, resubmitted, passed and confirmed by finance before next year's form shows it.
// Screenshots in e2e/screenshots/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, shots, startRig, stillScreenshot, type BrowserRig } from './support/browser.ts';
import { toastShown } from './support/toasts.ts';

const PROJECT = '政务服务工作';

describe.skipIf(!browserReady)('monitoring and self-evaluation in Chromium', () => {
  let rig: BrowserRig;
  let base = '';

  beforeAll(async () => {
    rig = await startRig();
    base = rig.base;
  });
  afterAll(async () => {
    await rig?.close();
  });

  async function signedIn(username: string): Promise<Page> {
    const page = await (await rig.desktop({ width: 1500, height: 950 })).newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await rig.login(page, username);
    return page;
  }

  /** Picks the option at `index` of the first select of a row, with the keyboard as a user can. */
  async function choose(page: Page, row: ReturnType<Page['locator']>, index: number, label: string) {
    await row.locator('.ant-select').first().click();
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('.ant-select').first().innerText()).toContain(label);
  }

  it('finance opens a round; the unit fills it and warnings appear', async () => {
    expect(rig.server.passwords['demo-filler2']).toBeTruthy();
    const finance = await signedIn('demo-finance');
    await finance.goto(base + '/monitoring');
    await finance.locator('#round-list .round-item').first().waitFor(); // the demo round
    await finance.locator('#open-round-button').click();
    await finance.locator('#round-month').fill('8');
    const candidate = finance.locator('#open-round .ant-table-row', { hasText: PROJECT });
    await candidate.locator('.ant-checkbox-input').check();
    await expect.poll(() => finance.locator('#open-round-submit').isEnabled()).toBe(true);
    await stillScreenshot(finance, { path: shots + 'e01-finance-open-round.png' });
    await finance.locator('#open-round-submit').click();
    await finance.locator('#round-entries .ant-table-row', { hasText: PROJECT }).waitFor();
    await expect.poll(() => finance.locator('#round-list .round-item').count()).toBe(2);

    const filler = await signedIn('demo-filler2');
    await filler.goto(base + '/monitoring');
    await filler.locator('#round-list .round-item', { hasText: '1—8月' }).click();
    await filler.locator('#round-entries a', { hasText: PROJECT }).click();
    await filler.locator('#monitoring-sheet').waitFor();
    // Not started: 未填报 (neutral), no red light before anything is typed; 一级/二级 merged as on paper.
    await filler.locator('#budget-light .light-unreported').waitFor();
    await filler.locator('#monitoring-unreported').waitFor(); // not "all green"
    expect(await filler.locator('#monitoring-sheet .light-red').count()).toBe(0);
    expect(await filler.locator('#monitoring-sheet td.merged').count()).toBeGreaterThan(0);
    await filler.screenshot({ path: shots + 'e10-monitoring-unreported.png', fullPage: true });
    await filler.locator('#budget-executed').fill('100'); // 100 ÷ 571 by August: far behind time
    const expected: Record<string, string> = {
      项目成本: '560万元',
      购买专业热线政务服务人员数量: '30人', // below =33人: the annual target will be missed
      服务窗口工作人员数量: '35人',
      服务评价满意度测评: '96%',
      项目按时完成率: '100%',
      群众满意度: '96%',
    };
    for (const [name, value] of Object.entries(expected))
      await filler.locator(`tr[data-indicator="${name}"] input[id$="-expected"]`).fill(value);
    await choose(filler, filler.locator('tr[data-indicator="优化政务服务环境"]'), 0, '达成目标');
    await choose(
      filler,
      filler.locator('tr[data-indicator="办事主体政务服务体验感增强"]'),
      1,
      '部分达成目标并具有一定效果',
    );
    await filler.locator('#save-monitoring').click();
    await filler.locator('#budget-light .light-red').waitFor();
    await filler.locator('tr[data-indicator="购买专业热线政务服务人员数量"] .light-yellow').waitFor();
    await filler.locator('tr[data-indicator="办事主体政务服务体验感增强"] .light-yellow').waitFor();
    await filler.locator('tr[data-indicator="服务窗口工作人员数量"] .light-green').waitFor();
    const findings = await filler.locator('#monitoring-findings').innerText();
    expect(findings).toContain('预算执行进度红灯');
    expect(findings).toContain('预计不能完成年度目标');
    await filler.screenshot({ path: shots + 'e02-monitoring-warnings.png', fullPage: true });

    // A value that is not a number is refused with a message on its row, nothing saved.
    await filler.locator('tr[data-indicator="服务窗口工作人员数量"] input[id$="-expected"]').fill('较多');
    await filler.locator('#save-monitoring').click();
    await filler.locator('tr[data-indicator="服务窗口工作人员数量"] .row-error').waitFor();
    expect(
      await filler.locator('tr[data-indicator="服务窗口工作人员数量"] .row-error').innerText(),
    ).toContain('不是数字');
    await filler.locator('tr[data-indicator="服务窗口工作人员数量"] input[id$="-expected"]').fill('35人');
    await filler.locator('#save-monitoring').click();
    await expect.poll(() => filler.locator('.row-error').count()).toBe(0);

    // Finance sees who has not submitted, closes the round; the unit's table is then read-only.
    await finance.reload();
    await finance.locator('#round-list .round-item', { hasText: '1—8月' }).click();
    // The unit's tables not submitted are paged apart, when asked (查看).
    await finance
      .locator('#round-progress .unit-not-submitted')
      .first()
      .getByRole('button', { name: '查看' })
      .click();
    await finance.locator('#round-progress .not-submitted', { hasText: PROJECT }).waitFor();
    // 催报: finance reminds the units behind; the unit sees it in its 工作台 beside the table that waits,
    // and puts it away with 知道了.
    await finance.locator('#remind-button').click();
    await finance.locator('#remind-message').fill('请于8月31日前提交。');
    await finance.getByRole('button', { name: '发送催报' }).click();
    await toastShown(finance, /^已催报/);
    const bench = await signedIn('demo-filler2');
    await bench.goto(base + '/');
    await bench.locator('#reminders .reminder', { hasText: '请于8月31日前提交。' }).waitFor();
    await bench.locator('#waiting-list .ant-table-row', { hasText: PROJECT }).first().waitFor();
    expect(await bench.locator('#waiting-summary').innerText()).toContain('绩效监控表');
    await bench.screenshot({ path: shots + 'e03-workbench-reminder.png', fullPage: true });
    await bench.locator('#reminders .reminder').first().getByRole('button', { name: '知道了' }).click();
    await expect
      .poll(() => bench.locator('#reminders .reminder', { hasText: '请于8月31日前提交。' }).count())
      .toBe(0);
    await bench.close();
    // The unit explains its two yellow lights (cause and likelihood, R-MON-04) and submits.
    for (const name of ['购买专业热线政务服务人员数量', '办事主体政务服务体验感增强']) {
      const cells = filler.locator(`tr[data-indicator="${name}"] td.edit-cell`);
      await choose(filler, cells.nth(2), 0, '人员原因');
      await choose(filler, cells.nth(4), 1, '有可能');
    }
    await filler.locator('#save-monitoring').click();
    await expect.poll(() => filler.locator('#entry-status').innerText()).toBe('已填报');
    await filler.locator('#submit-entry').click();
    await expect.poll(() => filler.locator('#entry-status').innerText()).toBe('已提交');
    await finance.reload();
    await finance.locator('#round-list .round-item', { hasText: '1—8月' }).click();
    await finance.locator('#round-entries .ant-table-row', { hasText: PROJECT }).waitFor();
    await finance.locator('#close-round').click();
    await finance.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => finance.locator('#round-status').innerText()).toBe('已关闭');
    await finance.locator('#round-log', { hasText: '关闭轮次' }).waitFor();
    await finance.screenshot({ path: shots + 'e06-round-closed.png', fullPage: true });
    await filler.reload();
    await filler.locator('#entry-readonly').waitFor();
    expect(await filler.locator('#save-monitoring').count()).toBe(0);
    expect(await filler.locator('#budget-executed').count()).toBe(0);
    await filler.screenshot({ path: shots + 'e07-entry-read-only.png', fullPage: true });

    // Finance reopens the round with a reason and sends this table back; the unit sees why and may edit.
    await finance.locator('#reopen-round').click();
    await finance.locator('#reopen-reason').fill('执行数与国库支付数据不符，请更正');
    await finance.locator('#reopen-return .ant-checkbox-wrapper', { hasText: PROJECT }).click();
    await stillScreenshot(finance, { path: shots + 'e12-reopen-return.png' });
    await finance.locator('#reopen-confirm').click();
    await expect.poll(() => finance.locator('#round-status').innerText()).toBe('填报中');
    await filler.reload();
    await filler.locator('#entry-returned').waitFor();
    expect(await filler.locator('#entry-returned').innerText()).toContain('执行数与国库支付数据不符');
    expect(await filler.locator('#entry-status').innerText()).toBe('已退回');
    await filler.locator('#budget-executed').waitFor(); // editable again
    expect(await filler.locator('#entry-log').innerText()).toContain('财政退回修改');
    await filler.screenshot({ path: shots + 'e11-round-reopened.png', fullPage: true });
  });

  it('the unit self-evaluates: score computed and explained, official table downloaded, next year shows the results', async () => {
    const filler = await signedIn('demo-filler2');
    await filler.goto(base + '/self-evaluations');
    await filler
      .locator('#evaluation-candidates .ant-table-row', { hasText: PROJECT })
      .locator('.start-evaluation')
      .click();
    await filler.waitForURL(/\/self-evaluations\/[^/]+$/);
    await filler.locator('#self-evaluation-sheet').waitFor();
    // The forecasts of the monitoring round are the starting actuals.
    expect(
      await filler
        .locator('tr[data-indicator="购买专业热线政务服务人员数量"] input[id$="-actual"]')
        .inputValue(),
    ).toBe('30人');
    await filler.locator('#budget-executed').fill('540');
    await filler
      .locator('tr[data-indicator="购买专业热线政务服务人员数量"] textarea')
      .first()
      .fill('两名热线人员离职，招聘延迟；已补充招聘');
    await filler.locator('#goal-achieved').fill('热线接通率与办结率均达到预期');
    await filler.locator('#save-evaluation').click();
    await expect.poll(() => filler.locator('#total-score').innerText()).toMatch(/^\d+\.\d{2}$/);
    const grade = await filler.locator('#total-grade').innerText();
    expect(grade).toMatch(/自评等级：[优良中差]/);
    expect(grade).toContain('指标得分合计');
    // 30 ÷ 33 of the indicator's points, shown with its working.
    expect(
      await filler.locator('tr[data-indicator="购买专业热线政务服务人员数量"] .working-cell').innerText(),
    ).toContain('实际值 30人 ÷ 目标值 33人');
    await filler.screenshot({ path: shots + 'e03-self-evaluation.png', fullPage: true });

    const [download] = await Promise.all([
      filler.waitForEvent('download'),
      filler.locator('#export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toContain('项目支出绩效自评表');
    const path = shots + 'e-self-evaluation.xlsx';
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

    await filler.locator('#evaluation-submit').click();
    await expect.poll(() => filler.locator('#evaluation-status').innerText()).toBe('已提交');
    expect(await filler.locator('#save-evaluation').count()).toBe(0); // read-only once submitted
    const evaluationUrl = filler.url();
    const reviewer = await signedIn('demo-reviewer-data'); // the demo's reviewer of 鄂州市数据局
    await reviewer.goto(evaluationUrl);
    await reviewer.locator('#evaluation-review-return').click();
    await reviewer.locator('#return-opinion-input').fill('请补充热线人员招聘的完成时间');
    await reviewer.locator('#return-confirm').click();
    await expect.poll(() => reviewer.locator('#evaluation-status').innerText()).toBe('已退回');

    await filler.reload();
    await filler.locator('#return-opinion', { hasText: '请补充热线人员招聘的完成时间' }).waitFor();
    await filler.screenshot({ path: shots + 'e08-evaluation-returned.png', fullPage: true });
    await filler
      .locator('tr[data-indicator="购买专业热线政务服务人员数量"] textarea')
      .first()
      .fill('两名热线人员离职，招聘延迟；已于12月补充招聘到位');
    await filler.locator('#save-evaluation').click();
    // The save done (its button no longer loading), then 提交 — which waits, disabled, while a save is on.
    await expect.poll(() => filler.locator('#save-evaluation.ant-btn-loading').count()).toBe(0);
    await expect.poll(() => filler.locator('#evaluation-submit').isEnabled()).toBe(true);
    await filler.locator('#evaluation-submit').click();
    await expect.poll(() => filler.locator('#evaluation-status').innerText()).toBe('已提交');

    await reviewer.reload();
    await reviewer.locator('#evaluation-review-pass').click();
    await expect.poll(() => reviewer.locator('#evaluation-status').innerText()).toBe('主管部门已审核');
    const financeReview = await signedIn('demo-finance');
    await financeReview.goto(evaluationUrl);
    await financeReview.locator('#evaluation-confirm').click();
    await expect.poll(() => financeReview.locator('#evaluation-status').innerText()).toBe('财政已确认');
    const log = await financeReview.locator('#evaluation-log').innerText();
    expect(log).toContain('主管部门退回');
    expect(log).toContain('请补充热线人员招聘的完成时间');
    expect(log).toContain('财政审核确认');
    await financeReview.screenshot({ path: shots + 'e09-evaluation-confirmed.png', fullPage: true });

    await filler.reload();
    await filler.locator('#draft-next-year').click();
    await filler.waitForURL(/\/forms\/[^/]+\/edit$/);
    await filler.locator('#last-year-results').waitFor();
    const results = await filler.locator('#last-year-results').innerText();
    expect(results).toContain('上年绩效结果');
    expect(results).toContain('=33人');
    expect(results).toContain('30人');
    expect(results).toContain('未达成');
    await filler.locator('#last-year-results').scrollIntoViewIfNeeded();
    await filler.screenshot({ path: shots + 'e04-next-year-history.png', fullPage: true });

    const finance = await signedIn('demo-finance');
    await finance.goto(base + '/evaluation-dashboard');
    await finance.locator('#dashboard-departments .ant-table-row', { hasText: '鄂州市数据局' }).waitFor();
    await finance.locator('#dashboard-warnings .ant-table-row', { hasText: PROJECT }).first().waitFor();
    await finance
      .locator('#dashboard-missed .ant-table-row', { hasText: '购买专业热线政务服务人员数量' })
      .waitFor();
    await finance.screenshot({ path: shots + 'e05-dashboard.png', fullPage: true });
  });

  it('绩效看板: the 本年度自评 table is paged; 加载更多 asks the list alone and adds rows once each', async () => {
    const finance = await signedIn('demo-finance');
    await finance.goto(base + '/evaluation-dashboard');
    const subtitle = await finance
      .getByText(/\d{4}年度/)
      .first()
      .innerText();
    const year = Number(/(\d{4})年度/.exec(subtitle)![1]);
    // The unit starts a self-evaluation of each of its projects (drafts), so that the list has several.
    const filler = await signedIn('demo-filler2');
    const made = await filler.evaluate(async (y) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const c = (await (await fetch(`/api/self-evaluations/candidates?year=${y}`)).json()) as {
        items: { id: string }[];
      };
      let n = 0;
      for (const item of c.items) {
        const formId = item.id;
        const r = await fetch('/api/self-evaluations', {
          method: 'POST',
          headers,
          body: JSON.stringify({ formId, year: y }),
        });
        if (r.ok) n++;
      }
      return n;
    }, year);
    // Pages of two rows (the demo has few self-evaluations); the requests are counted.
    const asked: string[] = [];
    await finance.route('**/api/evaluation/dashboard**', (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '2');
      asked.push(url.pathname);
      return route.continue({ url: url.toString() });
    });
    await finance.reload();
    const rows = finance.locator('#dashboard-evaluations .ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const counted = await finance.locator('.load-more').innerText();
    const total = Number(/共\s*([\d,]+)\s*条/.exec(counted)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThanOrEqual(Math.max(3, made));
    const more = finance.getByRole('button', { name: '加载更多' });
    for (let shown = 2; shown < total; shown = Math.min(shown + 2, total)) {
      await more.click();
      await expect.poll(() => rows.count()).toBe(Math.min(shown + 2, total));
    }
    await expect.poll(() => more.count()).toBe(0);
    const keys = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
    expect(new Set(keys).size).toBe(total);
    // The summaries once; every further page from the list alone.
    expect(asked.filter((p) => p === '/api/evaluation/dashboard')).toHaveLength(1);
    expect(asked.filter((p) => p === '/api/evaluation/dashboard/evaluations').length).toBe(
      Math.ceil(total / 2) - 1,
    );
    await finance.locator('#dashboard-evaluations').scrollIntoViewIfNeeded();
    await finance.screenshot({ path: shots + 'e07-dashboard-evaluations.png', fullPage: true });
  });
});
