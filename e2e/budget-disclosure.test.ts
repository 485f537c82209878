// Browser test of the budget → 部门预算公开 flow: the finance officer opens a department's budget grid,
// edits lines and sees the totals change, saves, generates the disclosure and publishes it; the public
// page shows it and the PDF/CSV/JSON/datapackage downloads work. Screenshots in e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserReady, HANG_GUARD_MS, shots, startRig, type BrowserRig } from './support/browser.ts';
import { toastShown } from './support/toasts.ts';

describe.skipIf(!browserReady)('budget and disclosure in Chromium', () => {
  let rig: BrowserRig;
  let base = '';

  beforeAll(async () => {
    rig = await startRig();
    base = rig.base;
  });

  afterAll(async () => {
    await rig?.close();
  });

  const login = (page: Parameters<BrowserRig['login']>[0], username: string) => rig.login(page, username);

  it('finance edits the budget grid, generates and publishes; the public reads it and downloads the open data', async () => {
    const context = await rig.browser.newContext({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The demo city publishes the department whose seed is a whole disclosure: find it as the public does.
    const list = await (await page.request.get(base + '/api/public/disclosures')).json();
    const item = list.items.find((i: { year: number }) => i.year === 2020);
    expect(item).toBeDefined();
    const orgId: string = item.orgId;

    await login(page, 'demo-finance');
    // 部门预算 sits in the menu's 预算 group.
    await page.getByRole('menuitem', { name: '预算', exact: true }).click();
    await page.getByRole('menuitem', { name: '部门预算' }).click();
    // A department and year with nothing saved says so, instead of “审核通过” on an empty grid.
    await expect.poll(() => page.getByTestId('budget-state').innerText()).toBe('未填报');
    expect(await page.getByText('本年度预算尚未填报').count()).toBe(1);
    expect(await page.getByText(/审核通过/).count()).toBe(0);
    await page.goto(`${base}/budget?org=${orgId}&year=2020`);
    const total = page.getByTestId('total-expenditure');
    await expect.poll(() => total.innerText()).toBe('4804.64');
    await page.screenshot({ path: shots + '20-budget-grid.png', fullPage: true });

    // One line of 2010306 gets 10 万元 more wages: the row, the column and the grand total follow.
    const wages = page.getByLabel('2010306 工资福利支出');
    // A new line: typing its code fills the official name; with no amount the totals stay.
    await page.getByRole('button', { name: /增加科目/ }).click();
    await page.getByLabel('第5行科目编码').fill('2010301');
    await expect.poll(() => page.getByLabel('第5行科目名称').inputValue()).toBe('行政运行');
    await page
      .getByRole('button', { name: /删\s*除/ })
      .last()
      .click();
    // Removing a line is asked once.
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await wages.fill('711.97');
    await expect.poll(() => total.innerText()).toBe('4814.64');
    expect(await page.getByTestId('row-total-0').innerText()).toBe('4598.70');
    expect(await page.getByTestId('total-basic').innerText()).toBe('1143.08');
    // Until income and the economic lines follow, the live checks say the budget does not balance.
    await page.getByText(/收入总计 4804.64 万元与支出总计 4814.64 万元不相等/).waitFor();
    await page.screenshot({ path: shots + '21-budget-edited.png', fullPage: true });
    await page.getByRole('tab', { name: '按经济分类' }).click();
    await page.getByLabel('30101 基本支出').fill('152.06');
    await page.getByRole('tab', { name: /收入/ }).click();
    await page.getByLabel('一般公共预算财政拨款收入', { exact: true }).fill('4814.64');
    await expect.poll(() => page.getByText(/不相等|应相等/).count()).toBe(0);
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await toastShown(page, '预算已保存');
    expect(await page.getByTestId('budget-state').innerText()).toMatch(/^已保存 · 第 \d+ 版$/);

    await page.getByRole('button', { name: '生成部门预算公开' }).click();
    await page.waitForURL(/\/disclosure\?/);
    // The demo city published this disclosure already: the new generation is a draft, the public keeps
    // seeing the published version until finance publishes again.
    await page.getByText(/^已(重新)?生成，未公开/).waitFor();
    await page
      .getByText('2020年部门收支总预算4814.64万元，比2019年预算减少610.92万元，下降11.26%', { exact: false })
      .first()
      .waitFor();
    await page.screenshot({ path: shots + '22-disclosure-generated.png', fullPage: false });
    await page.getByRole('button', { name: /^公\s*开$/ }).click();
    // Publishing is asked once: the public sees it at once.
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^公\s*开$/ })
      .click();
    await page
      .getByText(/^已公开（第 \d+ 版）$/)
      .first()
      .waitFor();

    // The public page at its stable address, without an account.
    const visitor = await rig.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const pub = await visitor.newPage();
    await pub.goto(base + '/public');
    const entry = pub.getByText('武汉市东西湖区行政审批局 2020 年部门预算公开');
    await entry.waitFor();
    await pub.screenshot({ path: shots + '24-public-home.png', fullPage: false });
    await entry.click();
    await pub.waitForURL(new RegExp(`/public/disclosure/${orgId}/2020$`));
    await pub.getByText('部门收支总表').first().waitFor();
    await expect.poll(() => pub.getByTestId('figure-income').innerText()).toBe('4,814.64');
    await pub.screenshot({ path: shots + '23-public-disclosure.png', fullPage: false });

    const csvHref = await pub.getByRole('link', { name: '预算数据 CSV' }).getAttribute('href');
    const csv = await pub.request.get(base + csvHref!);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const csvText = await csv.text();
    expect(csvText.split('\r\n')[0]).toContain('functional_code');
    expect(csvText).toContain('2010306,政务公开审批,基本支出,301,工资福利支出,,711.97');
    const json = await (
      await pub.request.get(
        base + (await pub.getByRole('link', { name: '预算数据 JSON' }).getAttribute('href'))!,
      )
    ).json();
    expect(json.items[0].budget.income.generalPublic).toBe('4814.64');
    const dp = await (await pub.request.get(base + '/api/open-data/datapackage.json')).json();
    expect(dp.model.dimensions['functional-classification'].classificationType).toBe('functional');
    const pdf = await pub.request.get(
      base + (await pub.getByRole('link', { name: 'PDF（带目录）' }).getAttribute('href'))!,
      { timeout: HANG_GUARD_MS }, // the request's own default is 30 s: a guard against a hang only
    );
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    expect(errors).toEqual([]);
    await visitor.close();
    await context.close();
  });

  it('a 预算单位 given a new code keeps its lines (they follow the code)', async () => {
    const context = await rig.browser.newContext({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const list = await (await page.request.get(base + '/api/public/disclosures')).json();
    const orgId: string = list.items.find((i: { year: number }) => i.year === 2020).orgId;
    await login(page, 'demo-finance');
    await page.goto(`${base}/budget?org=${orgId}&year=2020`);
    await page.getByRole('tab', { name: /所属预算单位/ }).click();
    await page.getByRole('button', { name: '增加单位' }).click();
    await page.getByLabel('第1个单位代码').fill('A1');
    await page.getByLabel('第1个单位名称').fill('审批局机关');
    await page.getByRole('tab', { name: '按功能分类' }).click();
    await page.getByLabel('第1行所属单位').click();
    await page.getByTitle('审批局机关').click();
    // The other lines name no unit yet: R-BUD-03 says so for them, not for line 1.
    await page.getByText(/第2行支出（.*）没有写明所属预算单位/).waitFor();
    await page.getByRole('tab', { name: /所属预算单位/ }).click();
    await page.getByLabel('第1个单位代码').fill('A2');
    await page.getByLabel('第1个单位代码').press('Enter');
    await expect.poll(() => page.getByText(/第2行支出/).count()).toBe(1);
    // The checks run again after the edit: wait for their state, not a moment.
    await expect.poll(() => page.getByText(/第1行支出/).count(), { timeout: HANG_GUARD_MS }).toBe(0);
    await page.getByRole('tab', { name: '按功能分类' }).click();
    await expect
      .poll(() =>
        page
          .getByLabel('第1行所属单位')
          .locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')
          .innerText(),
      )
      .toContain('审批局机关');
    await page.screenshot({ path: shots + '25-budget-unit-recoded.png', fullPage: false });
    await context.close();
  });
});
