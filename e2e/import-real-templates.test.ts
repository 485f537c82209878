// Browser test of the import preview (issue 12, items 4 and 5) on real documents of templates the seeds do not
// have, from the reading corpus: what a finance officer of another city meets. A clean .docx form marks only
// what is doubtful; on a phone the read fields stay within the screen; pointing at a value of a PDF shows the
// cell it came from; a label found beside a pointed value and printed with spaces shows as remembered once
// taught, and the next file of the template is read with it; a 监控表's year printed with its months is read.
// Screenshots in e2e/screenshots/rt-*.png.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, phoneContext, shots, type BrowserRig } from './support/browser.ts';
import { openUploadPage, type UploadPage } from './support/upload-page.ts';

const corpus = fileURLToPath(new URL('../packages/documents/test/corpus/', import.meta.url));
// 青山区 绩效目标表 as .docx: a clean table, only its 申报单位 missing.
const DOCX = corpus + 'formats/116_project.docx';
// 石嘴山 批复表 as .pdf: every row of a page numbered by the page.
const PDF = corpus + 'formats/382-shizuishan-jikong-pifu-project-2020.pdf';
// 广东 专项资金 绩效目标表 as a PDF's text: its name on a line of its own under a line of header words.
const TEXT = corpus + 'wide/174_project.txt';
// 通江 监控表: (2024年1-7月) under the title.
const MONITOR = corpus + 'wide/476-tongjiang-nongcun-yinshui-monitor-2024.txt';
// 鄂州 自评表, one cell a line: its 年度总体目标 | 预期目标 | 实际完成情况 block.
const SELF = corpus + 'fresh/627-ezhou-shiminzhongxin-yunwei-selfeval-2021.txt';
const present = [DOCX, PDF, TEXT, MONITOR, SELF].every((f) => existsSync(f));

describe.skipIf(!browserReady || !present)('import preview of real templates', () => {
  let up: UploadPage;
  let rig: BrowserRig;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    up = await openUploadPage({
      prefix: 'rt',
      files: {},
      account: 'demo-filler',
      viewport: { width: 1600, height: 900 },
    });
    ({ rig, page, errors } = up);
  });

  afterAll(async () => {
    await up?.close();
  });

  const upload = async (p: Page, file: string) => {
    await p.goto(rig.base + '/import');
    await p.locator('input[type=file]').setInputFiles(file);
    await p.getByText(/识别结果：/).waitFor();
    const item = p.locator('.ant-collapse-item').first();
    await item.locator('.ant-collapse-expand-icon').click();
    await p.locator('.read-fields').waitFor();
    return item;
  };
  const fieldRow = (p: Page, name: string) => p.locator('.read-fields tr', { hasText: name }).first();

  it('marks only the doubtful values of a clean .docx form, not every indicator', async () => {
    const item = await upload(page, DOCX);
    // 申报单位 (missing) and the year read from a line apart; none of the nine indicators' names or values.
    expect(await item.locator('.ant-collapse-header').innerText()).toMatch(/待确认\s*2(?!\d)/);
    expect(await fieldRow(page, '申报单位').locator('.unsure-tag').innerText()).toBe('未读到');
    // The .docx numbers its paragraphs and its table's rows each from 1: the place names the table.
    expect(
      await fieldRow(page, '项目名称')
        .getByRole('button', { name: /第 1 行/ })
        .innerText(),
    ).toBe('表1 第 1 行「项目名称」');
    const indicators = page.locator('.import-form-view tr', { hasText: '农村义务教育学校改造覆盖率' });
    await indicators.first().waitFor();
    expect(await indicators.locator('.unsure-tag').count()).toBe(0);
    await page.screenshot({ path: shots + 'rt-01-docx.png', fullPage: true });
  });

  it('keeps the read fields within a phone’s screen, 指出位置 reachable', async () => {
    const phone = await (await phoneContext(rig.browser)).newPage();
    phone.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(phone, 'demo-filler');
    await upload(phone, DOCX);
    const width = () =>
      phone.evaluate(() => {
        const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document;
        return d.documentElement.scrollWidth;
      });
    expect(await width()).toBeLessThanOrEqual(390);
    const point = fieldRow(phone, '申报单位').getByRole('button', { name: '指出位置' });
    await point.scrollIntoViewIfNeeded();
    await point.click();
    await phone.getByText('请在下方文档中点击“申报单位”的值所在的单元格').waitFor();
    await phone.screenshot({ path: shots + 'rt-02-phone.png' });
    await phone.context().close();
  });

  it('shows where a value of a PDF stood, though every row of its page has the same number', async () => {
    await upload(page, PDF);
    await fieldRow(page, '项目名称').hover();
    await expect.poll(() => page.locator('.doc-pane td.doc-hit').innerText()).toContain('美沙酮药物');
    await page.screenshot({ path: shots + 'rt-03-pdf.png' });
  });

  it('says a label found with spaces is remembered, and reads the next file with it', async () => {
    await upload(page, TEXT);
    const name = fieldRow(page, '项目名称');
    expect(await name.locator('.unsure-tag').innerText()).toBe('未读到');
    await name.getByRole('button', { name: '指出位置' }).click();
    await page.locator('.doc-pane td', { hasText: '教育发展专项资金' }).first().click();
    await expect.poll(() => name.innerText()).toContain('教育发展专项资金');
    const remember = page.locator('.remember-card');
    // The line above the name, as the copy prints it (spaces between its words), is offered as the label.
    await expect.poll(() => remember.getByLabel('项目名称的标签').inputValue()).toContain(' ');
    await remember.getByRole('button', { name: '记住此模板的标签' }).click();
    await remember.getByText(/已记住标签“/).waitFor();
    expect(await remember.getByRole('button', { name: '记住此模板的标签' }).count()).toBe(0);
    await page.screenshot({ path: shots + 'rt-04-remembered.png' });

    await upload(page, TEXT);
    await expect.poll(() => fieldRow(page, '项目名称').innerText()).toContain('教育发展专项资金');
    await page.screenshot({ path: shots + 'rt-05-reimport.png' });
  });

  it('reads the year of a 监控表 printed with its months', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(MONITOR);
    const card = page.locator('#evaluation-match');
    await card.waitFor();
    expect(await card.locator('.ant-descriptions').first().innerText()).toMatch(/年度\s*2024\s*1—7月/);
    await page.screenshot({ path: shots + 'rt-06-monitoring.png' });
    // Kept as a record of its own (the unit has no approved project): the amount spent is labelled by its months.
    await page.locator('#confirm-evaluation-import').click();
    await page.locator('#evaluation-import-done').getByRole('link', { name: '打开导入记录' }).click();
    await page.locator('#imported-indicators').waitFor();
    const head = page.locator('.official-sheet .ant-descriptions').first();
    expect(await head.innerText()).toContain('1—7月执行数（万元）');
    expect(await head.innerText()).not.toContain('1—m月');
  });

  it('shows a kept 自评表’s 年度总体目标 on its record', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(SELF);
    await page.locator('#evaluation-match').waitFor();
    await page.locator('#confirm-evaluation-import').click();
    await page.locator('#evaluation-import-done').getByRole('link', { name: '打开导入记录' }).click();
    const goals = page.locator('#imported-goals');
    await goals.waitFor();
    expect(await goals.innerText()).toContain('市政务服务大厅及周边设施日常维修升级改造费用');
    expect(await goals.innerText()).toContain('完成预算的83.50%');
    await page.screenshot({ path: shots + 'rt-07-record-goals.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
