// Browser test of the 指标库 on a new installation: typing 满意度 in the editor offers library indicators
// with their definitions; 从指标库选择 → 教育 → 产出指标 → 数量指标 fills a row with its name, comparator
// and unit and keeps the link; finance's 指标库 page shows the tree and an entry in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserReady, shots, startRig, type BrowserRig } from './support/browser.ts';

describe.skipIf(!browserReady)('指标库 in Chromium', () => {
  let rig: BrowserRig;

  beforeAll(async () => {
    rig = await startRig();
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('offers library indicators while typing and from the tree, and keeps the link', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(page, 'demo-filler');
    await page.goto(rig.base + '/forms/new');
    const grid = page.locator('#grid-annual');
    await grid.waitFor();
    const names = grid.locator('textarea[id$="-name"]');
    const rows = grid.locator('tbody tr');

    // The template's last row is the 服务对象满意度指标: type 满意度 there.
    const satisfaction = names.last();
    await satisfaction.click();
    await page.keyboard.type('满意度');
    // The list is drawn on the page body, so the grid's scrolling frame does not clip it on the last row.
    const libraryOption = page
      .locator('.indicator-suggestions .suggestion')
      .filter({ has: page.locator('.suggestion-tag') });
    await libraryOption.first().waitFor();
    expect(await libraryOption.count()).toBeGreaterThanOrEqual(3);
    const onTop = async (k: number) =>
      libraryOption.nth(k).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.bottom <= window.innerHeight && r.top >= 0 && el.contains(hit);
      });
    // Every line of the list can be seen and clicked where it stands (none hidden under the grid's edge).
    for (let k = 0; k < Math.min(3, await libraryOption.count()); k++) expect(await onTop(k)).toBe(true);
    const definition = await libraryOption.first().locator('.suggestion-definition').innerText();
    expect(definition.length).toBeGreaterThan(5);
    await libraryOption.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shots + 'library-01-typing.png' });
    const chosen = (await libraryOption.first().locator('.suggestion-name').innerText())
      .replace(/指标库·.*$/, '')
      .trim();
    await libraryOption.first().click();
    await expect.poll(() => satisfaction.inputValue()).toBe(chosen);
    await expect
      .poll(() =>
        rows
          .last()
          .getByRole('button', { name: /从指标库选择/ })
          .getAttribute('title'),
      )
      .toContain('已关联指标库');

    // The first row (数量指标): choose 教育 → 产出指标 → 数量指标 in the dialog and pick an indicator.
    await rows
      .first()
      .getByRole('button', { name: /从指标库选择/ })
      .click();
    const dialog = page.getByRole('dialog', { name: '从指标库选择' });
    await dialog.waitFor();
    const tree = dialog.getByRole('tree', { name: '指标库目录' });
    // Only the opened branch shows its children: one 产出指标 and one 数量指标 are visible at each step.
    const node = (label: RegExp) => tree.locator('.ant-tree-treenode', { has: page.getByText(label) });
    // A branch opens with an animation, and a click during the previous one may be lost: each branch is
    // clicked until its switcher shows it open. Read from the switcher, not from the children's visibility:
    // on a loaded machine the children can show only after the next retry has closed the branch again.
    const open = async (label: RegExp) => {
      const switcher = node(label).locator('.ant-tree-switcher');
      await expect
        .poll(
          async () => {
            if ((await switcher.getAttribute('class'))?.includes('ant-tree-switcher_open')) return true;
            await switcher.click();
            return false;
          },
          { interval: 250 },
        )
        .toBe(true);
    };
    await open(/^教育（\d+）$/);
    await open(/^产出指标（\d+）$/);
    const quantity = tree.getByText(/^数量指标（\d+）$/);
    await quantity.waitFor();
    await quantity.click();
    await dialog.getByText(/^教育 → 产出指标 → 数量指标：\d+ 条/).waitFor();
    const link = dialog.locator('.ant-table').getByText('资助学生人次', { exact: true });
    await link.click();
    const detail = dialog.getByLabel('指标详情：资助学生人次');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('按政策获得资助');
    await page.screenshot({ path: shots + 'library-02-picker.png' });
    await dialog.getByRole('button', { name: '选用 资助学生人次' }).first().click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => names.first().inputValue()).toBe('资助学生人次');
    const rowIndex = /field-indicators-(\d+)-name/.exec((await names.first().getAttribute('id'))!)![1];
    expect(await page.locator(`#field-indicators-${rowIndex}-target`).inputValue()).toBe('≥人次');
    expect(
      await rows
        .first()
        .getByRole('button', { name: /从指标库选择/ })
        .getAttribute('title'),
    ).toContain('已关联指标库');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows finance the 指标库 page with the tree and an entry in full', async () => {
    const context = await rig.desktop({ width: 1600, height: 900 });
    const page = await context.newPage();
    await rig.login(page, 'demo-finance');
    await page.goto(rig.base + '/indicator-library');
    await page.getByRole('heading', { name: '指标库' }).waitFor();
    await page
      .getByRole('tree', { name: '指标库目录' })
      .getByText(/^共性（\d+）$/)
      .waitFor();
    await page.getByRole('searchbox', { name: '检索指标库' }).fill('家长满意度');
    await page.locator('.ant-table').getByText('家长满意度', { exact: true }).click();
    await page.getByLabel('指标详情：家长满意度').waitFor();
    await page.getByRole('button', { name: '导入 .xlsx' }).waitFor();
    await page.screenshot({ path: shots + 'library-03-page.png' });
    await context.close();
  });
});
