// Browser test of the import preview (issue 12, item 4): a unit's own template whose project name
// stands beside 承担项目 (a label no lexicon knows). The filler sees the name marked 未读到, points at
// its cell in the document, remembers the label, saves; the next import of the template reads the
// name alone; the label is then deleted from 本单位的模板标签. Screenshots in e2e/screenshots/ip-*.png.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, shots, type BrowserRig } from './support/browser.ts';
import { openUploadPage, type UploadPage } from './support/upload-page.ts';

const NAME = '城区公共照明维护';
const CUSTOM = [
  '2025年度项目支出绩效目标表',
  `承担项目\t${NAME}`,
  '申报单位\t示范市城市管理局',
  '项目预算（万元）\t120',
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t维护路灯数量\t≥3000盏',
  '产出指标\t质量指标\t亮灯率\t≥98%',
  '效益指标\t社会效益指标\t夜间出行安全\t有效改善',
  '满意度指标\t服务对象满意度指标\t市民满意度\t≥90%',
].join('\n');

const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const seed001 = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('001_')) : undefined;

// An indicator table with nothing that says which form it is.
const HEADLESS = ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t培训人次\t≥200人次'].join(
  '\n',
);

describe.skipIf(!browserReady)('import preview: point at a cell, remember the label', () => {
  let up: UploadPage;
  let rig: BrowserRig;
  let page: Page;
  let file: string;
  let headless: string;
  let errors: string[] = [];

  beforeAll(async () => {
    up = await openUploadPage({
      prefix: 'ip',
      files: { '路灯维护绩效目标表.txt': CUSTOM, '指标.txt': HEADLESS },
      account: 'demo-filler',
      viewport: { width: 1600, height: 900 },
    });
    ({ rig, page, errors } = up);
    file = join(up.folder, '路灯维护绩效目标表.txt');
    headless = join(up.folder, '指标.txt');
  });

  afterAll(async () => {
    await up?.close();
  });

  const nameRow = () => page.locator('.read-fields tr', { hasText: '项目名称' }).first();

  it('marks the unread name, takes it from the cell pointed at and remembers the label', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(/识别结果：/).waitFor();
    // the document is shown beside what was read
    await page.locator('.doc-pane td', { hasText: NAME }).waitFor();
    const item = page.locator('.ant-collapse-item').first();
    await item.locator('.ant-collapse-expand-icon').click();
    await nameRow().waitFor();
    expect(await nameRow().locator('.unsure-tag').innerText()).toBe('未读到');
    expect(await item.locator('.ant-collapse-header').innerText()).toMatch(/待确认\s*\d/);

    await nameRow().getByRole('button', { name: '指出位置' }).click();
    await page.getByText('请在下方文档中点击“项目名称”的值所在的单元格').waitFor();
    await page.screenshot({ path: shots + 'ip-01-pointing.png' });
    await page.locator('.doc-pane td', { hasText: NAME }).click();
    await expect.poll(() => nameRow().innerText()).toContain(NAME);
    expect(await nameRow().locator('.unsure-tag').count()).toBe(0);
    const remember = page.locator('.remember-card');
    await expect.poll(() => remember.getByLabel('项目名称的标签').inputValue()).toBe('承担项目');
    await page.locator('.doc-pane td.doc-picked', { hasText: NAME }).waitFor();
    await page.screenshot({ path: shots + 'ip-02-pointed.png' });

    await remember.getByRole('button', { name: '记住此模板的标签' }).click();
    await remember.getByText('已记住标签“承担项目”').waitFor();
    await page.locator('.mappings-card').getByRole('cell', { name: '承担项目', exact: true }).waitFor();

    await page.getByRole('button', { name: /保存选中的/ }).click();
    await page.getByText('已保存为草稿').waitFor();
    await page.getByRole('link', { name: NAME }).waitFor();
  });

  it('shows the unit’s label to the administrator under 系统管理 › 模板标签', async () => {
    const admin = await (await rig.desktop()).newPage();
    admin.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(admin, 'demo-admin');
    await admin.goto(rig.base + '/admin');
    await admin.getByRole('tab', { name: '模板标签' }).click();
    const select = admin.getByLabel('模板标签所属组织');
    await select.click();
    await select.fill('鄂州市行政审批局（本级）');
    await admin.keyboard.press('Enter');
    const card = admin.locator('.mappings-card');
    await card.getByRole('cell', { name: '承担项目', exact: true }).waitFor();
    expect(await card.innerText()).toContain('项目名称');
    await admin.screenshot({ path: shots + 'ip-06-admin-labels.png' });
    await admin.context().close();
  });

  it('reads the name alone when the same template is imported again, until the label is deleted', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(/识别结果：/).waitFor();
    const item = page.locator('.ant-collapse-item').first();
    await expect.poll(() => item.locator('.ant-collapse-header').innerText()).toContain(NAME);
    await item.locator('.ant-collapse-expand-icon').click();
    await expect.poll(() => nameRow().innerText()).toContain(NAME);
    expect(await nameRow().locator('.unsure-tag').count()).toBe(0);
    expect(await nameRow().innerText()).toContain('「承担项目」');
    // hovering a field shows its place in the document
    await nameRow().hover();
    await page.locator('.doc-pane td.doc-hit', { hasText: NAME }).waitFor();
    await page.screenshot({ path: shots + 'ip-03-reimport.png', fullPage: true });

    const card = page.locator('.mappings-card');
    await card.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await card.getByText('还没有记住的标签').waitFor();
  });

  it.skipIf(!seed001)('shows where the values of a real declaration (seed 001) stand in it', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(seeds + seed001);
    await page.getByText(/识别结果：/).waitFor();
    const item = page.locator('.ant-collapse-item').first();
    await item.locator('.ant-collapse-expand-icon').click();
    const unit = page.locator('.read-fields tr', { hasText: '申报单位' }).first();
    await unit.waitFor();
    await unit.hover();
    // the unit was written wrapped over two lines of its cell, after its label and a colon
    await expect
      .poll(() => page.locator('.doc-pane td.doc-hit').innerText())
      .toMatch(/申报单位[:：]\s*鄂州市行政\s*审批局/);
    await page.screenshot({ path: shots + 'ip-05-seed-001.png' });
  });

  it('shows a document without a recognisable form with what was found and how to point', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(headless);
    await page.getByText(/识别结果：/).waitFor();
    await page
      .getByText(/找到了绩效指标表/)
      .first()
      .waitFor();
    await page.getByText(/点“指出位置”，再点该单元格/).waitFor();
    await page.locator('.doc-pane td', { hasText: '培训人次' }).waitFor();
    await page.getByRole('button', { name: '指出项目名称' }).click();
    await page.getByText('请在下方文档中点击“项目名称”的值所在的单元格').waitFor();
    expect(await page.getByRole('button', { name: /保存选中的/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: shots + 'ip-04-no-form.png' });
    expect(errors).toEqual([]);
  });
});
