// Browser test of issue 12, item 5: a unit uploads a 项目支出绩效自评表 of another template whose names differ
// slightly from its approved project's (政务服务工作项目 for 政务服务工作, 服务窗口工作人员数 for
// 服务窗口工作人员数量, 满意度（群众） for 群众满意度 …). The import page proposes the project, pairs the
// indicators with their similarity, the user confirms, and the self-evaluation shows the imported actuals.
// Issue 12, item 4 for such tables: one whose 实施单位 stands beside a label the reader does not know (经办科室)
// is read without it; the user points at the cell in the document pane, remembers the label, and the next
// file of the template is read with it alone. Screenshots in e2e/screenshots/ei-*.png.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, phoneContext, shots, type BrowserRig } from './support/browser.ts';
import { openUploadPage, type UploadPage } from './support/upload-page.ts';

// The demo's approved 批复表 (seed 004, 鄂州市数据局), as another template prints its 自评表.
const TABLE = [
  '项目支出绩效自评表',
  '项目名称\t政务服务工作项目',
  '主管部门\t鄂州市数据局\t实施单位\t鄂州市数据局',
  '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '\t年度资金总额\t571\t571\t560\t10\t98.07%\t9.81',
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '\t成本指标\t经济成本指标\t项目成本（万元）\t≤571万元\t560万元\t10\t10\t',
  '\t产出指标\t数量指标\t购买专业热线政务服务人员数\t=33人\t33人\t10\t10\t',
  '\t\t数量指标\t服务窗口工作人员数\t=35人\t34人\t10\t9.71\t一名窗口人员调岗，已补充招聘',
  '\t\t质量指标\t服务评价满意度\t≥95%\t96%\t10\t10\t',
  '\t\t时效指标\t项目按时完成\t=100%\t100%\t10\t10\t',
  '\t效益指标\t社会效益指标\t政务服务环境优化\t确保优化\t达成年度指标\t15\t15\t',
  '\t\t社会效益指标\t办事主体政务服务体验感\t确保增强\t达成年度指标\t15\t15\t',
  '\t满意度指标\t满意度指标\t满意度（群众）\t≥95%\t97%\t10\t10\t',
].join('\n');

describe.skipIf(!browserReady)('importing a 自评表 from outside: 匹配确认', () => {
  let up: UploadPage;
  let rig: BrowserRig;
  let page: Page;
  let file: string;
  let errors: string[] = [];

  beforeAll(async () => {
    up = await openUploadPage({
      prefix: 'ei',
      files: {
        '政务服务工作项目自评表.txt': TABLE,
        // The same table as a .doc's text layer gives it: its cells run together on one line.
        '连写的自评表.txt': TABLE.replace(/\t/g, '').replace(/\n/g, ''),
        // The unit's own template: its 实施单位 beside 经办科室.
        '经办科室的自评表.txt': TABLE.replace('实施单位', '经办科室'),
        '经办科室的自评表2.txt': TABLE.replace('实施单位', '经办科室'),
      },
      account: 'demo-filler2',
      viewport: { width: 1600, height: 1000 },
    });
    ({ rig, page, errors } = up);
    file = join(up.folder, '政务服务工作项目自评表.txt');
  });

  afterAll(async () => {
    await up?.close();
  });

  it('proposes the approved project and pairs indicators whose names differ', async () => {
    await page.goto(rig.base + '/import');
    // The file goes up once: the form import answers a 自评表 with the evaluation proposal itself.
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/(evaluation-)?imports$/.test(new URL(r.url()).pathname))
        uploads.push(new URL(r.url()).pathname);
    });
    await page.locator('input[type=file]').setInputFiles(file);
    await page.locator('#evaluation-match').waitFor();
    expect(uploads).toEqual(['/api/imports']);
    const first = page.locator('#match-candidates .ant-table-row').first();
    expect(await first.innerText()).toContain('政务服务工作');
    expect(await first.locator('.ant-radio-input').isChecked()).toBe(true);
    const pairs = page.locator('#match-pairs .ant-table-row');
    await expect.poll(() => pairs.count()).toBe(8);
    const window = pairs.filter({ hasText: '服务窗口工作人员数' });
    expect(await window.locator('.ant-select').innerText()).toContain('服务窗口工作人员数量');
    const people = pairs.filter({ hasText: '满意度（群众）' });
    expect(await people.locator('.ant-select').innerText()).toContain('群众满意度');
    // Not a perfect pair: the similarity is shown below 100%.
    expect(await window.locator('.ant-tag').innerText()).toMatch(/^\d{2}%$/);
    expect(await page.locator('#evaluation-match').innerText()).not.toContain('没有对应的行');
    // The document beside: pointing at a value read shows the cell it came from; a clean table has nothing to confirm.
    await window.locator('.read-value', { hasText: '34人' }).hover();
    await expect.poll(() => page.locator('.doc-pane td.doc-hit').innerText()).toBe('34人');
    expect(await page.locator('#evaluation-unsure').count()).toBe(0);
    expect(await page.locator('#match-pairs .unsure-tag').count()).toBe(0);
    await page.screenshot({ path: shots + 'ei-01-match.png', fullPage: true });
  });

  it('keeps the pairs within a phone’s screen: the table scrolls, not the page', async () => {
    const phone = await (await phoneContext(rig.browser)).newPage();
    phone.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(phone, 'demo-filler2');
    await phone.goto(rig.base + '/import');
    await phone.locator('input[type=file]').setInputFiles(file);
    const pairs = phone.locator('#match-pairs .ant-table-row');
    await expect.poll(() => pairs.count()).toBe(8);
    const width = () =>
      phone.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
            .documentElement.scrollWidth,
      );
    expect(await width()).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: shots + 'ei-06-phone.png' });
    await phone.context().close();
  });

  it('confirms, and the self-evaluation shows the imported actuals', async () => {
    await page.locator('#confirm-evaluation-import').click();
    const done = page.locator('#evaluation-import-done');
    await done.waitFor();
    await page.screenshot({ path: shots + 'ei-02-done.png', fullPage: true });
    await done.getByRole('link', { name: '打开自评表' }).click();
    await page.locator('#self-evaluation-sheet').waitFor();
    await expect.poll(() => page.locator('#budget-executed').inputValue()).toBe('560');
    const row = page.locator('#self-evaluation-sheet tr', { hasText: '服务窗口工作人员数量' });
    expect(await row.locator('input[id$="-actual"]').inputValue()).toBe('34人');
    expect(await row.locator('textarea').inputValue()).toBe('一名窗口人员调岗，已补充招聘');
    const satisfied = page.locator('#self-evaluation-sheet tr', { hasText: '群众满意度' });
    expect(await satisfied.locator('input[id$="-actual"]').inputValue()).toBe('97%');
    expect(await page.locator('#total-score').innerText()).toMatch(/^\d+\.\d{2}$/);
    await page.screenshot({ path: shots + 'ei-03-self-evaluation.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('tags every value cut out of a run-together table 待确认, and says how many to check', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(join(up.folder, '连写的自评表.txt'));
    await page.locator('#evaluation-match').waitFor();
    await page.locator('#evaluation-unsure').waitFor();
    expect(await page.locator('#evaluation-unsure').innerText()).toMatch(/\d+ 项识别把握不大/);
    const pairs = page.locator('#match-pairs .ant-table-row');
    await expect.poll(() => pairs.count()).toBeGreaterThan(0);
    expect(await page.locator('#match-pairs .unsure-tag').count()).toBeGreaterThan(0);
    await page.screenshot({ path: shots + 'ei-04-unsure.png', fullPage: true });
    // Kept as a record of its own: the rows as read are shown (and tagged) instead of the pairs.
    await page.getByText('不关联项目，作为独立记录保存').click();
    const read = page.locator('#read-rows .ant-table-row');
    await expect.poll(() => read.count()).toBeGreaterThan(0);
    expect(await page.locator('#match-pairs').count()).toBe(0);
    expect(await page.locator('#read-rows .unsure-tag').count()).toBeGreaterThan(0);
    await page.screenshot({ path: shots + 'ei-05-record.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('points at the 实施单位 a label it does not know stands beside, and remembers the label', async () => {
    await page.goto(rig.base + '/import');
    await page.locator('input[type=file]').setInputFiles(join(up.folder, '经办科室的自评表.txt'));
    const match = page.locator('#evaluation-match');
    await match.waitFor();
    const pointing = page.locator('.evaluation-pointing');
    expect(await pointing.innerText()).toContain('未读到：实施单位');
    // The 实施单位 as the card shows it (a bordered description: its label, then its value).
    const unitRead = async () =>
      /实施单位\s+(\S+)/.exec(await match.locator('.ant-descriptions').innerText())?.[1];
    expect(await unitRead()).toBe('（未写）');
    await pointing.getByRole('button', { name: '指出实施单位' }).click();
    await page.locator('.doc-pointing').waitFor();
    await page.screenshot({ path: shots + 'ei-07-pointing.png', fullPage: true });
    const row = page.locator('.doc-pane tr', { hasText: '经办科室' });
    await row
      .locator('td', { hasText: /^鄂州市数据局$/ })
      .last()
      .click();
    const remember = page.locator('.remember-card');
    await expect.poll(() => remember.getByLabel('实施单位的标签').inputValue()).toBe('经办科室');
    await expect.poll(unitRead).toBe('鄂州市数据局');
    expect(await pointing.innerText()).not.toMatch(/未读到：[^。]*实施单位/);
    await remember.getByRole('button', { name: '记住此模板的标签' }).click();
    await remember.getByText('已记住标签“经办科室”').waitFor();
    await page.screenshot({ path: shots + 'ei-08-remembered.png', fullPage: true });

    // The next file of the template: read with the label alone.
    await page.locator('input[type=file]').setInputFiles(join(up.folder, '经办科室的自评表2.txt'));
    await expect.poll(() => page.locator('.remember-card').count()).toBe(0);
    await match.waitFor();
    expect(await page.locator('.evaluation-pointing').innerText()).not.toMatch(/未读到：[^。]*实施单位/);
    await expect.poll(unitRead).toBe('鄂州市数据局');
    await page.screenshot({ path: shots + 'ei-09-next-file.png', fullPage: true });

    const phone = await (await phoneContext(rig.browser)).newPage();
    phone.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(phone, 'demo-filler2');
    await phone.goto(rig.base + '/import');
    await phone.locator('input[type=file]').setInputFiles(join(up.folder, '经办科室的自评表.txt'));
    await phone.locator('.evaluation-pointing').waitFor();
    await phone.screenshot({ path: shots + 'ei-10-phone-pointing.png', fullPage: true });
    await phone.context().close();
    expect(errors).toEqual([]);
  });
});
