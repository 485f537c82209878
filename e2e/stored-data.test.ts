// Browser test of the notice a monitoring entry shows when parts of its stored data cannot be read with
// today's schema (code stored-data-unreadable; the server's side is stored-data.test.ts): the entry is shown
// from what could be read and the notice names each part. The server's answer is given the notice on its
// way to the page (the demo's data is all readable); the same page without it shows none.
// Screenshot in e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, shots, startRig, stillScreenshot, type BrowserRig } from './support/browser.ts';

const notice = {
  code: 'stored-data-unreadable',
  message: '该监控表保存的数据有 2 处无法按当前格式读取，已按能读取的部分显示；保存后按当前格式写回',
  parts: [
    { path: 'budget.executedToDate', message: '缺失或格式不符，按空白显示' },
    { path: 'indicators[3]', message: '无法读取，未显示' },
  ],
};

describe.skipIf(!browserReady)('stored data that cannot be read, in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  /** The demo round's first entry, opened by the unit that fills it; `withNotice` adds the notice to its answer. */
  async function openEntry(withNotice: boolean): Promise<Page> {
    const page = await (await rig.desktop({ width: 1500, height: 950 })).newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    if (withNotice)
      await page.route(/\/api\/monitoring\/entries\/[^/?]+$/, async (route) => {
        if (route.request().method() !== 'GET') return route.continue();
        const response = await route.fetch();
        const body = { ...((await response.json()) as object), stored: notice };
        await route.fulfill({ response, json: body });
      });
    await rig.login(page, 'demo-filler2');
    await page.goto(rig.base + '/monitoring');
    await page.locator('#round-list .round-item').first().click();
    await page.locator('#round-entries a').first().click();
    await page.locator('#monitoring-sheet').waitFor();
    return page;
  }

  it('names each part that could not be read, above the table', async () => {
    const page = await openEntry(true);
    const alert = page.locator('#stored-data-unreadable');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('2 处无法按当前格式读取');
    const items = await alert.locator('li').allInnerTexts();
    expect(items).toHaveLength(2);
    // By the form's headings, the schema's path beside (for an administrator).
    expect(items[0]).toContain('资金情况 · 截至本月执行数：缺失或格式不符，按空白显示');
    expect(items[0]).toContain('budget.executedToDate');
    expect(items[1]).toContain('绩效指标第 4 项：无法读取，未显示');
    await stillScreenshot(page, { path: shots + 'sd-01-stored-data-unreadable.png' });
  });

  it('shows no notice when everything stored was read', async () => {
    const page = await openEntry(false);
    expect(await page.locator('#stored-data-unreadable').count()).toBe(0);
  });
});
