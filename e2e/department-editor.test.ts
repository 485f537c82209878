// Browser test of the 部门整体 editor (#14 items 8 and 10): 部门总体资金情况 shows and edits the 近两年
// columns in the official layout; the 合计 rows are computed, read-only and cannot be deleted; a written
// 合计 that disagrees with its parts (as imported) is kept, reported and adopted only on request; the
// change list between saved versions speaks Chinese. Screenshots in e2e/screenshots/dept-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, shots, startRig, type BrowserRig } from './support/browser.ts';
import { toastShown } from './support/toasts.ts';

interface Line {
  name: string;
  current: string | null;
  share: string | null;
  history: Record<string, string | null>;
}

describe.skipIf(!browserReady)('the 部门整体 editor in Chromium', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  async function draftDepartment(page: Page): Promise<string> {
    const id = String(
      await page.evaluate(`(async () => {
        const r = await (await fetch('/api/forms?kind=department&status=draft')).json();
        return r.items[0] ? r.items[0].id : '';
      })()`),
    );
    expect(id).not.toBe('');
    return id;
  }

  it('edits the 近两年 columns; the 合计 is computed and read-only; the change list is in Chinese', async () => {
    const context = await rig.desktop({ width: 1440, height: 900 });
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const id = await draftDepartment(page);
    await page.goto(rig.base + `/forms/${id}/edit`);
    const income = page.locator('#funds-income');
    await income.waitFor();
    await page.locator('#findings-panel').getByText('随填随查').waitFor();

    // The official head: 当年金额, 占比, then 近两年收支金额 over two year columns.
    const head = page.locator('#funds-table thead');
    expect(await head.innerText()).toContain('近两年收支金额');
    const years = (await head.locator('tr').nth(1).locator('th').allInnerTexts()).map((t) => t.trim());
    expect(years).toHaveLength(2);
    for (const y of years) expect(y).toMatch(/^(\d{4}年|前年|上年)$/);

    // The 合计 rows: no input, no delete button, marked as computed.
    const totals = page.locator('#funds-table tr.total-row');
    expect(await totals.count()).toBe(2);
    expect(await totals.locator('input').count()).toBe(0);
    expect(await totals.locator('button').count()).toBe(0);

    // Amounts typed into the income parts: 100 and 300 (others 0) this year, 60 and 40 in the last
    // 近两年 column; the shares and both 合计 follow once the typing pauses.
    const parts = income.locator('tr:not(.total-row):has(input[id$="-current"])');
    const n = await parts.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) {
      const row = parts.nth(i);
      await row.locator('input[id$="-current"]').fill(i === 0 ? '100' : i === 1 ? '300' : '0');
      await row
        .locator('input[id*="-history-"]')
        .last()
        .fill(i === 0 ? '60' : i === 1 ? '40' : '0');
    }
    const incomeTotal = income.locator('tr.total-row');
    await expect.poll(() => incomeTotal.locator('td.computed-total').first().innerText()).toContain('400.00');
    await expect.poll(() => incomeTotal.locator('td.computed-total').last().innerText()).toContain('100.00');
    expect(await parts.nth(0).locator('.share-cell').innerText()).toContain('25.00%');
    expect(await parts.nth(1).locator('.share-cell').innerText()).toContain('75.00%');
    // A part cannot be named 合计.
    const name = parts.nth(0).locator('input[id$="-name"]');
    const before = await name.inputValue();
    await name.fill('合计');
    await income.getByText('合计由各项相加得出，不能作为项目名称').waitFor();
    await name.fill(before);
    await page.locator('#funds-table').screenshot({ path: shots + 'dept-01-funds.png' });

    // The indicator grid hands a typed 指标值 on when the typing pauses: how it was understood follows.
    const target = page.locator('#grid-annual input[id$="-target"]').first();
    await target.fill('95%以上');
    const preview = target.locator('xpath=ancestor::td[1]').locator('.value-preview');
    await expect.poll(() => preview.innerText()).toContain('≥');

    // Saved, the 近两年 figures are part of the form; the change list names them in Chinese.
    await page.locator('#save-draft').click();
    await toastShown(page, /^已保存（第 \d+ 版）$/);
    const stored = (await page.evaluate(
      `(async () => (await (await fetch('/api/forms/${id}')).json()).form.funds.income)()`,
    )) as Line[];
    const last = years.at(-1)!.replace(/年$/, '');
    expect(stored[0]!.history[last]).toBe('60');
    expect(stored.find((l) => /合\s*计/.test(l.name))?.history[last]).toBe('100');
    const changes = page.locator('#version-diff .change-list');
    await changes.waitFor();
    const text = await changes.innerText();
    expect(text).toContain('收入构成「');
    expect(text).toMatch(/\d{4}年金额|前年金额|上年金额/);
    expect(text).toContain('万元');
    expect(text).not.toMatch(/funds|income|history|current|[{}]/);
    await page.locator('#version-diff').screenshot({ path: shots + 'dept-02-change-list.png' });

    // The read-only form shows the same columns.
    await page.goto(rig.base + `/forms/${id}`);
    await page.locator('#funds-table').waitFor();
    expect(await page.locator('#funds-table thead').innerText()).toContain('近两年收支金额');
    await context.close();
  });

  it('keeps a written 合计 that disagrees with its parts, reports it, and adopts the sum on request', async () => {
    const context = await rig.desktop({ width: 1440, height: 900 });
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const source = await draftDepartment(page);
    // A copy of the form whose income 合计 is off by 10 in its first 近两年 column, as a document may be.
    const id = String(
      await page.evaluate(`(async () => {
        const me = await (await fetch('/api/auth/me')).json();
        const form = (await (await fetch('/api/forms/${source}')).json()).form;
        const total = form.funds.income.find((l) => /合\\s*计/.test(l.name));
        const key = Object.keys(total.history).sort()[0];
        total.history[key] = String(Number(total.history[key] ?? 0) + 10);
        const res = await fetch('/api/forms', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ form }),
        });
        return (await res.json()).meta.id;
      })()`),
    );
    await page.goto(rig.base + `/forms/${id}/edit`);
    const income = page.locator('#funds-income');
    await income.waitFor();
    const flagged = income.locator('tr.total-row .total-sum');
    await flagged.first().waitFor();
    expect(await flagged.count()).toBe(1);
    expect(await flagged.innerText()).toContain('各项之和');
    expect(await page.locator('#findings-panel').innerText()).toMatch(/收入构成\d{4}年金额各项之和为/);
    await page.locator('#funds-table').screenshot({ path: shots + 'dept-03-total-disagrees.png' });
    await income.getByRole('button', { name: '按各项之和更正合计' }).click();
    await flagged.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('#findings-panel').innerText())
      .not.toMatch(/收入构成\d{4}年金额各项之和为/);
    await context.close();
  });
});
