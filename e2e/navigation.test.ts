// Browser walk of the whole app on the demo city: every role signs in at 1366×768 and opens every entry
// of its menu (groups opened by a click), then the first item of each list that has one; a page error, an
// error alert or an error message fails the walk, and so does a page without exactly one page heading. The public pages are opened on a phone. Screenshots of
// every page land in e2e/screenshots/nav-*.png for people to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserReady,
  HANG_GUARD_MS,
  phoneContext,
  shots,
  startRig,
  type BrowserRig,
} from './support/browser.ts';

/** What each role's menu shows at the top level, and in each group. */
const MENUS: Record<string, (string | [string, string[]])[]> = {
  'demo-filler': [
    '工作台',
    '新建项目绩效目标',
    '导入',
    '部门预算',
    ['绩效', ['运行监控', '绩效自评']],
    '信息公开',
  ],
  'demo-reviewer': [
    '工作台',
    '审核',
    ['绩效', ['运行监控', '绩效自评']],
    ['统计', ['统计看板', '绩效看板']],
    '信息公开',
  ],
  'demo-finance': [
    '工作台',
    '批复',
    ['预算', ['部门预算', '预算公开']],
    ['绩效', ['运行监控', '绩效自评']],
    ['统计', ['统计看板', '绩效看板']],
    '信息公开',
  ],
  'demo-admin': ['系统管理', '信息公开'],
};

/**
 * Waits until the page's requests have finished and no spinner or skeleton shows (its data has come):
 * states, not a time — on a busy machine a fixed pause ends before the data does.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active, .public-loading')
    .first()
    .waitFor({ state: 'detached' });
}

/** The visible error alerts and messages of a page, as text. */
async function shownErrors(page: Page): Promise<string[]> {
  const alerts = page.locator('.ant-alert-error:visible, .ant-message-error:visible, .public-alert:visible');
  return alerts.allInnerTexts();
}

/** The page's headings: every signed-in page has exactly one, its page header's <h1>. */
async function pageHeadings(page: Page): Promise<string[]> {
  return page.locator('.app-content h1').allInnerTexts();
}

/** A top-level menu entry by its whole label (绩效 is also part of 新建项目绩效目标). */
const topEntry = (page: Page, label: string) =>
  page.locator('.app-menu > li').filter({ hasText: new RegExp(`^${label}$`) });

const slug = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

describe.skipIf(!browserReady)('every page of every role in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  for (const [username, menu] of Object.entries(MENUS)) {
    it(`${username} opens every menu entry without an error`, async () => {
      const context = await rig.desktop();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${String(e)}`));
      await rig.login(page, username);
      await settled(page);

      // The menu fits at 1366 px: every top-level entry shows, none folded into “…”.
      const top = page.locator('.app-menu > li.ant-menu-overflow-item:not(.ant-menu-overflow-item-rest)');
      // Read once the menu has rendered its entries (it lays out after the session has loaded).
      await expect
        .poll(() => top.allInnerTexts(), { timeout: HANG_GUARD_MS })
        .toEqual(menu.map((m) => (typeof m === 'string' ? m : m[0])));
      expect(await page.locator('.app-menu .ant-menu-overflow-item-rest:visible').count()).toBe(0);
      await page.screenshot({ path: `${shots}nav-${username}-00-home.png` });

      let n = 0;
      for (const entry of menu) {
        const [group, leaves] = typeof entry === 'string' ? [null, [entry]] : entry;
        for (const leaf of leaves) {
          n++;
          if (leaf === '信息公开') continue; // the public bundle: walked on a phone below
          if (group) {
            await topEntry(page, group).click();
            await page
              .locator('.ant-menu-submenu-popup:visible')
              .getByRole('menuitem', { name: leaf })
              .click();
          } else {
            await topEntry(page, leaf).click();
          }
          await settled(page);
          // The entry just opened is the one the menu marks as current.
          await expect
            .poll(() => page.locator('.ant-menu-item-selected').allInnerTexts(), { timeout: HANG_GUARD_MS })
            .toContain(leaf);
          const shown = await shownErrors(page);
          expect(shown, `${username} › ${leaf}`).toEqual([]);
          await expect.poll(() => pageHeadings(page), { message: `${username} › ${leaf}` }).toHaveLength(1);
          expect(await page.locator('.app-content .page-header').count()).toBe(1);
          await page.screenshot({
            path: `${shots}nav-${username}-${String(n).padStart(2, '0')}-${slug(leaf)}.png`,
          });

          // A list's first item: the detail page behind it opens without an error too.
          const first = page.locator('.app-content .ant-table-row a[href^="/"]').first();
          if ((await first.count()) && leaf !== '工作台') {
            await first.click();
            await settled(page);
            expect(await shownErrors(page), `${username} › ${leaf} › first item`).toEqual([]);
            await expect
              .poll(() => pageHeadings(page), { message: `${username} › ${leaf} › first item` })
              .toHaveLength(1);
            await page.screenshot({
              path: `${shots}nav-${username}-${String(n).padStart(2, '0')}b-${slug(leaf)}-detail.png`,
            });
            await page.goBack();
            await settled(page);
          }
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the public pages read well on a phone, from the staff menu too', async () => {
    const context = await phoneContext(rig.browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(rig.base + '/public');
    await page.locator('.public-card').first().waitFor();
    await settled(page);
    await page.screenshot({ path: `${shots}nav-public-1-home.png`, fullPage: true });
    await page.locator('.public-item').filter({ hasText: '部门预算公开' }).first().click();
    await page.getByTestId('figure-income').waitFor();
    await settled(page);
    await page.screenshot({ path: `${shots}nav-public-2-disclosure.png` });
    // Wide tables scroll sideways in their frame with the first column fixed; no figure wraps.
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('.disclosure .official-scroll')].map((frame) => {
        const table = frame.querySelector('table')!;
        const money = [...table.querySelectorAll('td.money')] as HTMLElement[];
        // The lines a figure's text takes (its row may be taller when the row name wraps).
        const lines = (td: HTMLElement) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        const first = table.querySelector('tr > :first-child');
        return {
          wide: table.scrollWidth > (frame as HTMLElement).clientWidth + 1,
          sticky: first ? getComputedStyle(first).position : 'none',
          wrapped: money.filter((td) => lines(td) > 1).length,
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((t) => t.wrapped > 0)).toEqual([]);
    expect(tables.filter((t) => t.wide).some((t) => t.sticky === 'sticky')).toBe(true);
    expect(tables.some((t) => t.wide)).toBe(true);
    // Each table's caption is read whole on the phone, not cut at its scrolling frame's edge.
    const cutCaptions = await page.evaluate(() =>
      [...document.querySelectorAll('.disclosure .official-caption')]
        .filter((c) => (c as HTMLElement).scrollWidth > (c as HTMLElement).clientWidth + 1)
        .map((c) => c.textContent),
    );
    expect(cutCaptions).toEqual([]);
    expect(await page.locator('.disclosure .official-caption').count()).toBe(tables.length);
    await page.locator('.disclosure .official-scroll').nth(2).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}nav-public-2b-disclosure-table.png` });
    await page.goBack();
    await page.locator('.public-item').filter({ hasText: '项目绩效目标' }).first().click();
    await page.locator('.approved-targets, .official-form').first().waitFor();
    await page.screenshot({ path: `${shots}nav-public-3-form.png` });
    await page.locator('.public-details > summary').click();
    await page.locator('.official-form').first().waitFor();
    await page.screenshot({ path: `${shots}nav-public-4-form-official.png`, fullPage: true });
    expect(await shownErrors(page)).toEqual([]);
    // Nothing wider than the phone but the official table, which scrolls in its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // The staff menu's 信息公开 leads to the same pages (another bundle: a full load).
    const staff = await rig.desktop();
    const desk = await staff.newPage();
    await rig.login(desk, 'demo-finance');
    await topEntry(desk, '信息公开').click();
    await desk.waitForURL(/\/public$/);
    await desk.locator('.public-card').first().waitFor();
    await staff.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});
