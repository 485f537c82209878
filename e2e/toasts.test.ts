// The toast record (support/toasts.ts) that the browser tests wait on: a toast that came and went before
// anyone looked is still found, and the same words shown twice count twice.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, openBrowser } from './support/browser.ts';
import { toastShown, toastsShown } from './support/toasts.ts';

// A page that shows toasts in antd 6's markup (no `-notice-content` element: a record keyed on one found
// nothing in the journey) and takes each away at once (a page at rest keeps none).
const PAGE = `<!doctype html><html><body><script>
  function toast(text, then) {
    const n = document.createElement('div');
    n.className = 'ant-message-notice-wrapper';
    n.innerHTML = '<div class="ant-message-notice ant-message-notice-success"><div class="ant-message-custom-content ant-message-success"><span></span></div></div>';
    n.querySelector('span').textContent = text;
    document.body.appendChild(n);
    setTimeout(() => { n.remove(); then && setTimeout(then, 0); }, 0);
  }
  toast('已保存（第 2 版）', () => toast('已保存（第 2 版）', () => toast('已公开，社会公众可查看', () => { document.title = 'done'; })));
</script></body></html>`;

describe.skipIf(!existsSync(chromiumPath))('toasts are recorded as they show', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    page = await (await browser.newContext()).newPage();
    await page.route('http://toasts.test/', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }),
    );
    await page.goto('http://toasts.test/');
    await page.waitForFunction(
      () => (globalThis as unknown as { document: { title: string } }).document.title === 'done',
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds a toast that is no longer on the page', async () => {
    expect(await page.locator('.ant-message-notice-wrapper').count()).toBe(0);
    expect(await toastShown(page, '已公开，社会公众可查看')).toBe('已公开，社会公众可查看');
    expect(await toastShown(page, /已保存（第 \d+ 版）/)).toBe('已保存（第 2 版）');
  });

  it('keeps each showing, in order', async () => {
    expect(await toastsShown(page)).toEqual([
      '已保存（第 2 版）',
      '已保存（第 2 版）',
      '已公开，社会公众可查看',
    ]);
  });

  it('starts afresh with a new document', async () => {
    await page.goto('about:blank');
    expect(await toastsShown(page)).toEqual([]);
  });
});
