// Browser test of the import preview on wide real documents (issue 12, items 4–5): a disclosure's 元 table
// (fresh/643, 上海 普陀 万里街道 as a PDF extraction's text) and a 监控表 (docs/028, 黄石) are wider than the document
// pane. The table scrolls sideways inside the pane (never the page), a shade and a line say columns lie to the
// right, 整表适应宽度 wraps every column into the pane; a paragraph stays within the pane's width; on a phone a label
// leaves its value in view and the read indicators scroll in their own box. The list of taught labels says on which
// document each was taught, and names the field of one whose document was not recorded by every kind's name.
// Screenshots in e2e/screenshots/wd-*.png.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, phoneContext, shots, type BrowserRig } from './support/browser.ts';
import { openUploadPage, type UploadPage } from './support/upload-page.ts';

const corpus = fileURLToPath(new URL('../packages/documents/test/corpus/', import.meta.url));
const DISCLOSURE = corpus + 'fresh/643-putuo-wanli-bumenyusuan-disclosure-2025.txt';
const MONITOR = corpus + 'docs/028_monitor.txt';
const present = [DISCLOSURE, MONITOR].every((f) => existsSync(f));

interface Box {
  left: number;
  right: number;
}
interface PaneMeasure {
  pageWidth: number;
  windowWidth: number;
  scrollWidth: number;
  clientWidth: number;
  pane: Box;
}

/** The page's and the document pane's widths (the page must never scroll sideways; the pane may). */
function measurePane(p: Page): Promise<PaneMeasure> {
  return p.evaluate(() => {
    const d = (globalThis as unknown as { document: Document; innerWidth: number }).document;
    const pane = d.querySelector('.doc-pane')!;
    const r = pane.getBoundingClientRect();
    return {
      pageWidth: d.documentElement.scrollWidth,
      windowWidth: (globalThis as unknown as { innerWidth: number }).innerWidth,
      scrollWidth: pane.scrollWidth,
      clientWidth: pane.clientWidth,
      pane: { left: r.left, right: r.right },
    };
  });
}

const boxOf = async (p: Page, selector: string): Promise<Box> => {
  const b = (await p.locator(selector).first().boundingBox())!;
  return { left: b.x, right: b.x + b.width };
};

describe.skipIf(!browserReady || !present)('import preview of wide real documents', () => {
  let up: UploadPage;
  let rig: BrowserRig;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    up = await openUploadPage({
      prefix: 'wd',
      files: {},
      account: 'demo-filler',
      viewport: { width: 1366, height: 800 },
    });
    ({ rig, page, errors } = up);
  });

  afterAll(async () => {
    await up?.close();
  });

  it('scrolls a disclosure’s wide table inside its pane, says so, and fits it to the pane on request', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(DISCLOSURE);
    await page.getByText(/识别结果：/).waitFor();
    const frame = page.locator('.doc-pane-frame');
    await expect.poll(() => frame.getAttribute('class')).toContain('doc-more-right');
    const wide = await measurePane(page);
    expect(wide.scrollWidth).toBeGreaterThan(wide.clientWidth + 100);
    expect(wide.pageWidth).toBeLessThanOrEqual(wide.windowWidth);
    expect(await page.locator('.doc-wide-bar').innerText()).toContain('左右滑动可查看右侧各列');
    // A line spanning the table (its title) wraps within what the pane shows, not the table's whole width.
    const span = await boxOf(page, '.doc-span');
    expect(span.right).toBeLessThanOrEqual(wide.pane.right);
    await page.screenshot({ path: shots + 'wd-01-disclosure-wide.png' });

    // Scrolled to its right end: the shade moves to the left, where columns are now hidden.
    await page.locator('.doc-pane').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => frame.getAttribute('class')).toContain('doc-more-left');
    expect(await frame.getAttribute('class')).not.toContain('doc-more-right');
    // The title stays in view beside the line numbers while the table is scrolled.
    const scrolledSpan = await boxOf(page, '.doc-span');
    expect(scrolledSpan.left).toBeGreaterThanOrEqual(wide.pane.left);
    expect(scrolledSpan.right).toBeLessThanOrEqual(wide.pane.right);

    await page.getByRole('button', { name: '整表适应宽度' }).click();
    await expect
      .poll(async () => {
        const m = await measurePane(page);
        return m.scrollWidth - m.clientWidth;
      })
      .toBeLessThanOrEqual(2);
    expect(await page.locator('.doc-wide-bar').innerText()).toContain('已按窗格宽度换行显示全部各列');
    expect(await frame.getAttribute('class')).not.toMatch(/doc-more-(left|right)/);
    await page.screenshot({ path: shots + 'wd-02-disclosure-fitted.png' });
    await page.getByRole('button', { name: '恢复原宽度' }).click();
    await expect.poll(() => frame.getAttribute('class')).toContain('doc-more-right');
  });

  it('leaves a 监控表’s values in view beside their labels on a phone, its indicators in a box of their own', async () => {
    const phone = await (await phoneContext(rig.browser)).newPage();
    phone.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(phone, 'demo-filler');
    await phone.goto(rig.base + '/import');
    await phone.locator('input[type=file]').setInputFiles(MONITOR);
    await phone.locator('#evaluation-match').waitFor();
    const m = await measurePane(phone);
    expect(m.pageWidth).toBeLessThanOrEqual(m.windowWidth);
    expect(m.scrollWidth).toBeGreaterThan(m.clientWidth);
    // The project's name beside its label: the value's cell begins well inside the pane.
    const nameRow = phone.locator('.doc-pane tr', { hasText: '项目名称' }).first();
    const value = (await nameRow.locator('td').nth(1).boundingBox())!;
    expect(value.x).toBeLessThan(m.pane.right - 60);
    // The indicators read (kept as a record: the unit has no approved project) scroll in their own box: the
    // heading 偏差原因 stands on one line, not one character a line.
    const reason = phone.locator('#read-rows th', { hasText: '偏差原因' });
    await reason.scrollIntoViewIfNeeded();
    expect((await reason.boundingBox())!.height).toBeLessThan(60);
    const table = await phone
      .locator('#read-rows .ant-table-content')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(table.scroll).toBeGreaterThan(table.client);
    expect((await measurePane(phone)).pageWidth).toBeLessThanOrEqual(m.windowWidth);
    await phone.screenshot({ path: shots + 'wd-03-monitoring-phone.png', fullPage: true });
    await phone.context().close();
  });

  it('says on which document each label was taught, and names a field whose document was not recorded neutrally', async () => {
    // Two labels as the API keeps them: one taught on a 自评表, one without its document (as before migration 0057,
    // or pointed at in a file where no form was found).
    const taught = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const teach = (body: unknown) =>
        fetch('/api/layout-mappings', { method: 'POST', headers, body: JSON.stringify(body) }).then(
          (r) => r.status,
        );
      return [
        await teach({ label: '承办科室', field: 'unit', kind: 'self-evaluation' }),
        await teach({ label: '责任单位', field: 'unit' }),
      ];
    });
    expect(taught).toEqual([201, 201]);
    await page.goto(rig.base + '/import');
    const card = page.locator('.mappings-card');
    const row = (label: string) => card.locator('tr', { hasText: label });
    await row('承办科室').waitFor();
    expect(await row('承办科室').innerText()).toMatch(/实施单位\s+绩效自评表/);
    await row('责任单位').waitFor();
    const older = await row('责任单位').innerText();
    expect(older).toContain('申报单位／实施单位');
    expect(older).toContain('未记录');
    await card.screenshot({ path: shots + 'wd-04-taught-labels.png' });
    expect(errors).toEqual([]);
  });
});
