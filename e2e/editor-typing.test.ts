// Browser test of typing in the 项目绩效目标 indicator grid (#14): a keystroke changes only its cell and
// the form takes the value when typing pauses or the cell is left — so what was typed just before a save,
// a row moved or inserted, or leaving the page must still reach its row, the saved version or this
// browser's draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emptyProjectForm, parseIndicatorValue, type Indicator } from '@jixiao/core';
import { browserReady, startRig, type BrowserRig } from './support/browser.ts';
import { toastShown } from './support/toasts.ts';

const rows: Indicator[] = ['培训人次', '覆盖社区'].map((name) => ({
  term: 'annual' as const,
  goal: '年度绩效目标1',
  level1: '产出指标',
  level2: '数量指标',
  name,
  target: parseIndicatorValue(''),
  history: null,
  basis: '计划标准',
  category: null,
}));

describe.skipIf(!browserReady)('typing in the project editor grid', () => {
  let rig: BrowserRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  /** A new draft of the filler's, with two annual indicators that have no 指标值 yet. */
  async function newDraft(page: Page, name: string): Promise<string> {
    const form = { ...emptyProjectForm(), name, year: 2025, indicators: rows };
    return String(
      await page.evaluate(`(async () => {
        const me = await (await fetch('/api/auth/me')).json();
        const res = await fetch('/api/forms', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ form: ${JSON.stringify(form)} }),
        });
        return (await res.json()).meta.id;
      })()`),
    );
  }

  const savedTargets = async (page: Page, id: string): Promise<string[]> =>
    (await page.evaluate(`(async () => {
      const r = await (await fetch('/api/forms/${id}')).json();
      return r.form.indicators.map((i) => i.target.raw);
    })()`)) as string[];

  it('saves the text typed just before 保存草稿 is clicked, with no pause in between', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const id = await newDraft(page, '录入测试：保存前刚输入');
    await page.goto(`${rig.base}/forms/${id}/edit`);
    const cell = page.locator('#field-indicators-1-target');
    await cell.click();
    await page.keyboard.type('≥12个');
    await page.locator('#save-draft').click();
    await toastShown(page, '已保存（第 2 版）');
    expect(await savedTargets(page, id)).toEqual(['', '≥12个']);
    await context.close();
  });

  const savedRows = async (page: Page, id: string): Promise<[string | null, string][]> =>
    (await page.evaluate(`(async () => {
      const r = await (await fetch('/api/forms/${id}')).json();
      return r.form.indicators.map((i) => [i.name, i.target.raw]);
    })()`)) as [string | null, string][];
  const active = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  // A structural action right after typing, with no pause: the action hands the typed text on first, so
  // it moves, stays or is saved with its row (grid-actions.ts; unit cases in grid-actions.test.ts).
  it('moves a row with the keyboard (Alt+↑) right after typing its 指标值: the value goes with the row', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const id = await newDraft(page, '录入测试：输入后立即用键盘移行');
    await page.goto(`${rig.base}/forms/${id}/edit`);
    await page.locator('#field-indicators-1-target').click();
    await page.keyboard.type('≥5个');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('#field-indicators-0-name').inputValue()).toBe('覆盖社区');
    expect(await page.locator('#field-indicators-0-target').inputValue()).toBe('≥5个');
    expect(await page.locator('#field-indicators-1-name').inputValue()).toBe('培训人次');
    expect(await page.locator('#field-indicators-1-target').inputValue()).toBe('');
    // The focus went with the row.
    await expect.poll(() => active(page)).toBe('field-indicators-0-target');
    await page.locator('#save-draft').click();
    await toastShown(page, '已保存（第 2 版）');
    expect(await savedRows(page, id)).toEqual([
      ['覆盖社区', '≥5个'],
      ['培训人次', ''],
    ]);
    await context.close();
  });

  it('moves a row with 上移 right after typing its name: the name goes with the row', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const id = await newDraft(page, '录入测试：输入后立即上移');
    await page.goto(`${rig.base}/forms/${id}/edit`);
    await page.locator('#field-indicators-1-name').click();
    await page.keyboard.press('End');
    await page.keyboard.type('数');
    await page.locator('#grid-annual tbody tr').nth(1).getByRole('button', { name: '上移' }).click();
    await expect.poll(() => page.locator('#field-indicators-0-name').inputValue()).toBe('覆盖社区数');
    expect(await page.locator('#field-indicators-1-name').inputValue()).toBe('培训人次');
    await page.locator('#save-draft').click();
    await toastShown(page, '已保存（第 2 版）');
    expect((await savedRows(page, id)).map(([name]) => name)).toEqual(['覆盖社区数', '培训人次']);
    await context.close();
  });

  it('inserts a row right after typing a 指标值: the value stays in its row, the new row is empty', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const id = await newDraft(page, '录入测试：输入后立即插入行');
    await page.goto(`${rig.base}/forms/${id}/edit`);
    await page.locator('#field-indicators-0-target').click();
    await page.keyboard.type('≥12个');
    await page.locator('#grid-annual tbody tr').first().getByRole('button', { name: '插入一行' }).click();
    await expect.poll(() => page.locator('#grid-annual textarea[id$="-name"]').count()).toBe(3);
    await expect.poll(() => active(page)).toBe('field-indicators-1-name');
    expect(await page.locator('#field-indicators-0-target').inputValue()).toBe('≥12个');
    expect(await page.locator('#field-indicators-1-target').inputValue()).toBe('');
    await page.locator('#save-draft').click();
    await toastShown(page, '已保存（第 2 版）');
    expect(await savedRows(page, id)).toEqual([
      ['培训人次', '≥12个'],
      [null, ''],
      ['覆盖社区', ''],
    ]);
    await context.close();
  });

  it('keeps the text typed just before leaving the page in this browser and offers it on return', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const id = await newDraft(page, '录入测试：离开前刚输入');
    await page.goto(`${rig.base}/forms/${id}/edit`);
    const cell = page.locator('#field-indicators-0-target');
    await cell.click();
    await page.keyboard.type('≥200人次');
    // Back to the page before, at once: the cell is not left, no pause is waited.
    await page.goBack();
    await page.waitForURL((u) => !u.pathname.endsWith('/edit'));
    const stored = String(await page.evaluate(`localStorage.getItem('jixiao.draft.${id}') || ''`));
    expect(stored).toContain('≥200人次');
    await page.goto(`${rig.base}/forms/${id}/edit`);
    await page.getByRole('button', { name: /恢\s*复/ }).click();
    await expect.poll(() => page.locator('#field-indicators-0-target').inputValue()).toBe('≥200人次');
    expect(await savedTargets(page, id)).toEqual(['', '']); // only this browser holds it until saved
    await context.close();
  });

  it('keeps an amount typed into a 部门整体 fund cell just before leaving the page', async () => {
    const context = await rig.desktop();
    const page = await context.newPage();
    await rig.login(page, 'demo-filler');
    const id = String(
      await page.evaluate(`(async () => {
        const r = await (await fetch('/api/forms?kind=department&status=draft')).json();
        return r.items[0] ? r.items[0].id : '';
      })()`),
    );
    expect(id).not.toBe('');
    await page.goto(`${rig.base}/forms/${id}/edit`);
    const cell = page.locator('#funds-income tr:not(.total-row) input[id$="-current"]').first();
    await cell.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4321.5');
    await page.goBack();
    await page.waitForURL((u) => !u.pathname.endsWith('/edit'));
    const stored = String(await page.evaluate(`localStorage.getItem('jixiao.draft.${id}') || ''`));
    expect(stored).toContain('4321.5');
    await context.close();
  });
});
