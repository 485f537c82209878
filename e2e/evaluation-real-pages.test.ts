// Browser test of issue 12, items 4 and 5, on real pages rather than made-up ones: a 项目支出绩效自评表 as a city's
// portal published it (the corpus's fresh/627, 鄂州, copied from its web page) leaves its 主管部门 and 实施单位
// cells empty and names the unit only in the page's head, beside 发文单位. The finance officer points at that
// cell as the 实施单位, remembers the label — the list of taught labels names the field as a 自评表 prints it,
// 实施单位 — and the next page of the same portal is read without help. A 自评表 printed to PDF (formats/342)
// shows each page's rows under the page they count in (第2页 第 1 行), and on a phone the projects to choose from
// stand one below the other instead of seven squeezed columns. Screenshots in e2e/screenshots/er-*.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, phoneContext, root, shots, type BrowserRig } from './support/browser.ts';
import { openUploadPage, type UploadPage } from './support/upload-page.ts';

const corpus = (path: string) => join(root, 'packages/documents/test/corpus', path);
const PAGE = readFileSync(corpus('fresh/627-ezhou-shiminzhongxin-yunwei-selfeval-2021.txt'), 'utf8');
const PDF = corpus('formats/342-anju-shipinjianguan-selfeval.pdf');
// The portal's next page of the template: another unit's table, its unit again only beside 发文单位.
const NEXT = PAGE.replaceAll('鄂州市行政审批局', '鄂州市政务服务中心').replaceAll(
  '市民中心运行维护费',
  '政务服务大厅运行维护费',
);

describe.skipIf(!browserReady)(
  'real 自评表 pages: pointing, the taught label, pages of a PDF, a phone',
  () => {
    let up: UploadPage;
    let rig: BrowserRig;
    let page: Page;
    let errors: string[] = [];

    beforeAll(async () => {
      up = await openUploadPage({
        prefix: 'er',
        files: { '市民中心运行维护费自评表.txt': PAGE, '政务服务大厅运行维护费自评表.txt': NEXT },
        account: 'demo-filler2',
        viewport: { width: 1600, height: 1000 },
      });
      ({ rig, page, errors } = up);
    });

    afterAll(async () => {
      await up?.close();
    });

    /** The 实施单位 as the match card shows it (a bordered description: its label, then its value). */
    const unitRead = async (p: Page) =>
      /实施单位\s+(\S+)/.exec(await p.locator('#evaluation-match .ant-descriptions').innerText())?.[1];

    it('points at the unit a real page names beside 发文单位, and the next page reads it alone', async () => {
      await page.goto(rig.base + '/import');
      await page.locator('input[type=file]').setInputFiles(join(up.folder, '市民中心运行维护费自评表.txt'));
      await page.locator('#evaluation-match').waitFor();
      const pointing = page.locator('.evaluation-pointing');
      expect(await pointing.innerText()).toMatch(/未读到：[^。]*实施单位/);
      expect(await unitRead(page)).toBe('（未写）');
      await pointing.getByRole('button', { name: '指出实施单位' }).click();
      await page.locator('.doc-pointing').waitFor();
      await page
        .locator('.doc-pane tr', { hasText: '发文单位' })
        .locator('td', { hasText: /^鄂州市行政审批局$/ })
        .click();
      await expect.poll(() => unitRead(page)).toBe('鄂州市行政审批局');
      const remember = page.locator('.remember-card');
      await expect.poll(() => remember.getByLabel('实施单位的标签').inputValue()).toMatch(/^发文单位/);
      await remember.getByRole('button', { name: '记住此模板的标签' }).click();
      await remember.getByText(/已记住标签“发文单位/).waitFor();
      // The list of taught labels names the field as the 自评表 it was taught on prints it.
      const taught = page.locator('.mappings-card .ant-table-row', { hasText: '发文单位' });
      await expect.poll(() => taught.innerText()).toContain('实施单位');
      expect(await taught.innerText()).not.toContain('申报单位');
      await page.screenshot({ path: shots + 'er-01-pointed.png', fullPage: true });

      await page
        .locator('input[type=file]')
        .setInputFiles(join(up.folder, '政务服务大厅运行维护费自评表.txt'));
      await expect.poll(() => page.locator('.remember-card').count()).toBe(0);
      await expect.poll(() => unitRead(page)).toBe('鄂州市政务服务中心');
      expect(await pointing.innerText()).not.toMatch(/未读到：[^。]*实施单位/);
      // Hovering the value shows the cell it came from, beside the taught label.
      await page.locator('#evaluation-match .read-value', { hasText: '鄂州市政务服务中心' }).hover();
      await expect.poll(() => page.locator('.doc-pane td.doc-hit').innerText()).toBe('鄂州市政务服务中心');
      await page.screenshot({ path: shots + 'er-02-next-page.png', fullPage: true });
      expect(errors).toEqual([]);
    });

    it('heads the rows of each page of a PDF with its page, as their line numbers count within it', async () => {
      await page.goto(rig.base + '/import');
      await page.locator('input[type=file]').setInputFiles(PDF);
      await page.locator('#evaluation-match').waitFor();
      const headings = page.locator('.doc-pane .doc-source-row');
      // The file's pages that hold rows (its first is blank), each over its rows.
      await expect.poll(() => headings.allInnerTexts()).toEqual(['第2页', '第3页']);
      // The first row under 第3页 is its line 1, not the document's.
      const next = page.locator('.doc-pane tr.doc-source-row + tr').nth(1);
      expect(await next.locator('th.doc-line').innerText()).toBe('1');
      expect(await next.locator('th.doc-line').getAttribute('title')).toBe('第3页 第 1 行');
      await next.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shots + 'er-03-pdf-pages.png', fullPage: true });
      expect(errors).toEqual([]);
    });

    it('stands the projects to choose from one below the other on a phone', async () => {
      const phone = await (await phoneContext(rig.browser)).newPage();
      phone.on('pageerror', (e) => errors.push(String(e)));
      await rig.login(phone, 'demo-filler2');
      await phone.goto(rig.base + '/import');
      await phone.locator('input[type=file]').setInputFiles(join(up.folder, '市民中心运行维护费自评表.txt'));
      const candidates = phone.locator('#match-candidates .ant-table-row');
      await expect.poll(() => candidates.count()).toBeGreaterThan(1);
      // No header row of seven columns; each project's name has the screen's width, its values their names.
      expect(await phone.locator('#match-candidates .ant-table-thead').isVisible()).toBe(false);
      const first = candidates.first();
      const name = await first.locator('td.candidate-name').boundingBox();
      expect(name!.width).toBeGreaterThan(250);
      // Each value is led by its column's name (drawn before it by the stylesheet, not in the text).
      const before = await first.locator('td[data-label]:not(.candidate-name)').evaluateAll((tds) =>
        tds.map(
          (td) =>
            (
              globalThis as unknown as {
                getComputedStyle(e: unknown, p: string): { content: string };
              }
            ).getComputedStyle(td, '::before').content,
        ),
      );
      expect(before).toContain('"批复预算（万元）："');
      expect(before).toContain('"相似度："');
      // Choosing a project still works by its radio.
      await first.locator('.ant-radio-input').check();
      expect(await first.locator('.ant-radio-input').isChecked()).toBe(true);
      const width = await phone.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
            .documentElement.scrollWidth,
      );
      expect(width).toBeLessThanOrEqual(390);
      await phone.locator('#match-candidates').screenshot({ path: shots + 'er-04-phone-candidates.png' });
      await phone.screenshot({ path: shots + 'er-05-phone.png', fullPage: true });
      await phone.context().close();
      expect(errors).toEqual([]);
    });
  },
);
