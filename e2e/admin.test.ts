// Browser test of 系统管理: the administrator lands on it, adds an account (its password shown once),
// disables it (its sign-in is then refused), adds a unit under a department, renames it, and deletes
// it; deleting a department with units is refused with the server's reason. Screenshots in e2e/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, chooseOption, shots, startRig, type BrowserRig } from './support/browser.ts';
import { toastShown } from './support/toasts.ts';

describe.skipIf(!browserReady)('系统管理 in Chromium', () => {
  let rig: BrowserRig;
  let server: BrowserRig['server'];
  let page: Page;

  beforeAll(async () => {
    rig = await startRig();
    server = rig.server;
    page = await (await rig.desktop()).newPage();
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('signs the administrator in to 系统管理 and manages an account', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(rig.base + '/login');
    await page.locator('#login-username').fill('demo-admin');
    await page.locator('#login-password').fill(server.passwords['demo-admin'] ?? '');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => u.pathname === '/admin');
    await page.getByRole('cell', { name: 'demo-filler', exact: true }).first().waitFor();
    await page.screenshot({ path: shots + 'admin-01-users.png' });

    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名（登录名）').fill('e2e-clerk');
    await dialog.getByLabel('姓名').fill('测试填报员');
    await chooseOption(page, dialog.locator('.ant-form-item').filter({ hasText: '角色' }), '预算单位填报人');
    await chooseOption(
      page,
      dialog.locator('.ant-form-item').filter({ hasText: '所属组织' }),
      /鄂州市数据局$/,
    );
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const once = page.locator('.password-once code');
    await once.waitFor();
    const password = (await once.textContent())!.trim();
    expect(password).toMatch(/^\S{12,}$/);
    await page.screenshot({ path: shots + 'admin-02-password-once.png' });
    await page.getByRole('button', { name: '我已记下' }).click();

    const login = (username: string, pw: string) =>
      fetch(server.url + '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: pw }),
      });
    expect((await login('e2e-clerk', password)).status).toBe(200);
    const row = page.getByRole('row', { name: /e2e-clerk/ });
    await row.getByRole('button', { name: /停\s*用/ }).click();
    // Disabling is asked once.
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await row.getByText('已停用').waitFor();
    const refused = await login('e2e-clerk', password);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toMatch(/停用/);
    expect(errors).toEqual([]);
  });

  it('adds, renames and deletes a unit; refuses to delete a department that has units', async () => {
    await page.getByRole('tab', { name: '组织机构' }).click();
    const dept = page.getByRole('row', { name: /鄂州市数据局/ }).first();
    await dept.waitFor();
    await dept.getByRole('button', { name: '新增下级' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('数据局测试单位');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const unit = page.getByRole('row', { name: /数据局测试单位/ });
    await unit.waitFor();
    await unit.getByRole('button', { name: /修\s*改/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('数据局测试单位（更名）');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const renamed = page.getByRole('row', { name: /数据局测试单位（更名）/ });
    await renamed.waitFor();
    await page.screenshot({ path: shots + 'admin-03-orgs.png' });
    await renamed.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await renamed.waitFor({ state: 'detached' });

    await dept.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await toastShown(page, /不能删除/);
    await page.screenshot({ path: shots + 'admin-04-refused.png' });
  });
});
