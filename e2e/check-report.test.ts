// Browser test of 检查报告 (issue 16, item 4): finance uploads a .zip of a region's documents (one of them
// corrupt) with a loose file; the batch runs and its progress shows until it is done; the report lists the
// corrupt file with its reason and the others' findings, filterable by severity; a finding opens its
// document's read text at its row. Screenshots in e2e/screenshots/cr-*.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserReady, shots, startRig, type BrowserRig } from './support/browser.ts';
import { batchFiles, zipFiles } from '../packages/server/src/test-support/batch-fixtures.ts';

describe.skipIf(!browserReady)('检查报告: upload a zip, follow the batch, read the report', () => {
  let rig: BrowserRig;
  let page: Page;
  let folder: string;
  const errors: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'jixiao-cr-'));
    const f = await batchFiles();
    writeFileSync(
      join(folder, '某区自评表.zip'),
      zipFiles({
        '甲/sound.docx': f['sound.docx'],
        '乙/faulty.html': f['faulty.html'],
        '损坏.docx': f['corrupt.docx'],
      }),
    );
    writeFileSync(join(folder, 'faulty.xlsx'), f['faulty.xlsx']);
    rig = await startRig();
    page = await (await rig.desktop({ width: 1600, height: 900 })).newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await rig.login(page, 'demo-finance');
  });

  afterAll(async () => {
    await rig?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('checks the uploaded files and shows the report, the corrupt file as a row', async () => {
    await page.goto(rig.base + '/check-reports');
    await page.getByRole('heading', { name: '检查报告' }).waitFor();
    await page
      .locator('.ant-upload-drag input[type=file]')
      .setInputFiles([join(folder, '某区自评表.zip'), join(folder, 'faulty.xlsx')]);
    await page.getByRole('button', { name: '开始检查（2 个文件）' }).click();
    await page.waitForURL(/\/check-reports\/[0-9a-f-]+$/);
    await page.locator('.batch-progress').first().waitFor();
    // Done: the status tag says so and the export appears (progress polled until then). No bound of its own:
    // reading four files at the workers' low priority on a loaded machine took past a fixed 180 s; the
    // test's time limit is the hang guard.
    await page.getByText('已完成', { exact: true }).waitFor({ timeout: 0 });
    await page.locator('#check-report-export').waitFor();
    expect(await page.locator('.batch-progress').first().innerText()).toContain('4/4');

    const findings = page.locator('#check-findings');
    await findings.locator('td', { hasText: 'R-SUM-01' }).first().waitFor();
    expect(await findings.innerText()).toContain('项目资金来源合计150万元');
    await page.screenshot({ path: shots + 'cr-01-report.png' });

    await page.getByRole('tab', { name: /文件（4）/ }).click();
    const docs = page.locator('#check-documents');
    const corrupt = docs.locator('tr', { hasText: '某区自评表.zip/损坏.docx' });
    await corrupt.waitFor();
    expect(await corrupt.innerText()).toMatch(/未能读取：.*损坏/);
    await page.screenshot({ path: shots + 'cr-02-documents.png' });
  });

  it('filters the findings by severity and opens one at its place in the document', async () => {
    await page.getByRole('tab', { name: /审核发现/ }).click();
    const findings = page.locator('#check-findings');
    await findings.locator('th', { hasText: '级别' }).locator('.ant-table-filter-trigger').click();
    await page.locator('.ant-table-filter-dropdown').getByText('错误', { exact: true }).click();
    await page
      .locator('.ant-table-filter-dropdown')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect
      .poll(async () =>
        (await findings.locator('tbody tr .ant-tag').allInnerTexts()).every((t) => t === '错误'),
      )
      .toBe(true);

    const row = findings.locator('tbody tr', { hasText: 'R-SUM-01' }).filter({ hasText: 'faulty.xlsx' });
    await row.getByRole('link').click();
    await page.waitForURL(/\/documents\/[0-9a-f-]+\?finding=/);
    const chosen = page.locator('#read-text .read-row-chosen');
    await chosen.waitFor();
    expect(await chosen.locator('.read-cell-chosen').innerText()).toBe('200.00');
    expect(await chosen.innerText()).toContain('项目总预算');
    expect(await page.locator('#document-findings .finding-chosen').innerText()).toContain('R-SUM-01');
    await page.screenshot({ path: shots + 'cr-03-document.png' });
    expect(errors).toEqual([]);
  });
});
