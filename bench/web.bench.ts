// Web app benchmark in Debian's Chromium against the real server with the demo city (needs the built
// app: npm run build -w @jixiao/web). Each figure is a ratio to a baseline measured in the same run:
//  - public page: JS shipped before the first render of a published form (gzipped), against all the
//    app's JS; time to that first render, against loading a small JSON response from the same server;
//  - editor: a keystroke in a 指标值 cell → the next frame, with 100 indicator rows, against the same in
//    a bare page; leaving the cell (Tab, which hands its value on) → the updated finding list, against
//    a keystroke → DOM update in a bare page;
//  - 部门整体 editor: a keystroke in its grid (an indicator's 指标值, a fund table amount) → the next frame,
//    on the demo's department form (75 indicators, funds with their 近两年 columns), against the same in
//    a bare page.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { emptyProjectForm, parseIndicatorValue, type Indicator } from '@jixiao/core';
import type { Page } from 'playwright-core';
import { browserReady, startRig, type BrowserRig } from '../e2e/support/browser.ts';
import type { BenchResult } from './result.ts';

const dist = new URL('../packages/web/dist/assets/', import.meta.url);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => Number((n / 1024).toFixed(1));

function hundredRows(): Indicator[] {
  const level2 = ['数量指标', '质量指标', '时效指标', '成本指标'];
  return Array.from({ length: 100 }, (_, i) => ({
    term: 'annual' as const,
    goal: '年度绩效目标1',
    level1: i % 4 === 3 ? '成本指标' : '产出指标',
    level2: level2[i % 4]!,
    name: `第${i + 1}项工作完成数量`,
    // Row 50 has no value yet: typing one changes the findings.
    target: parseIndicatorValue(i === 50 ? '' : `≥${i + 1}个`),
    history: null,
    basis: '计划标准',
    category: null,
  }));
}

async function publicPage(rig: BrowserRig, runs: number) {
  const list = (await (await fetch(rig.base + '/api/public/forms?kind=project')).json()) as {
    items: { id: string }[];
  };
  const id = list.items[0]?.id;
  if (!id) throw new Error('no published project form in the demo city');
  const shipped: number[] = [];
  const times: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await rig.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const js: Promise<number>[] = [];
    let rendered = false;
    page.on('response', (r) => {
      if (!rendered && r.request().resourceType() === 'script')
        js.push(
          r.body().then(
            (b) => gzipSync(b).length,
            () => 0,
          ),
        );
    });
    const t0 = performance.now();
    await page.goto(`${rig.base}/public/forms/${id}`);
    await page.locator('.approved-targets, .official-form').first().waitFor();
    times.push(performance.now() - t0);
    rendered = true;
    shipped.push((await Promise.all(js)).reduce((a, b) => a + b, 0));
    const b0 = performance.now();
    await page.goto(`${rig.base}/api/health`);
    baseTimes.push(performance.now() - b0);
    await context.close();
  }
  const allJs = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(new URL(f, dist))).length, 0);
  const js = median(shipped);
  const ms = median(times);
  const base = median(baseTimes);
  return [
    {
      name: 'web.public.js-before-first-render',
      value: kb(js),
      unit: 'KB gzip',
      baseline: kb(allJs),
      ratio: Number((js / allJs).toFixed(3)),
      note: 'a published project form on a phone, cold cache; baseline: all of the app’s JS gzipped; aim < 300 KB',
    },
    {
      name: 'web.public.time-to-first-render',
      value: Number(ms.toFixed(0)),
      unit: 'ms',
      baseline: Number(base.toFixed(1)),
      ratio: Number((ms / base).toFixed(2)),
      note: `median of ${runs} cold loads; baseline: loading /api/health in the same browser; aim < 1000 ms`,
    },
  ] satisfies BenchResult[];
}

/**
 * Milliseconds from a keydown to the first change under `watched`, per key. The browser side is a string:
 * this file is compiled for Node, without the DOM's types.
 */
async function keystrokes(page: Page, watched: string, keys: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const key of keys) {
    await page.evaluate(`(() => {
      window.__t = new Promise((resolve) => {
        let t0 = 0;
        document.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
        const obs = new MutationObserver(() => {
          if (!t0) return;
          obs.disconnect();
          resolve(performance.now() - t0);
        });
        obs.observe(document.querySelector(${JSON.stringify(watched)}), { subtree: true, childList: true, characterData: true });
      });
    })()`);
    await page.keyboard.press(key);
    out.push(Number(await page.evaluate('window.__t')));
  }
  return out;
}

async function editor(rig: BrowserRig, presses: number) {
  const context = await rig.desktop({ width: 1366, height: 900 });
  const page = await context.newPage();
  await rig.login(page, 'demo-filler');
  const form = { ...emptyProjectForm(), name: '基准测试：一百行指标', year: 2025, indicators: hundredRows() };
  const id = String(
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
  await page.goto(`${rig.base}/forms/${id}/edit`);
  await page.locator('#findings-panel .finding-item').first().waitFor();
  const rows = await page.locator('#grid-annual input[id$="-target"]').count();
  if (rows !== 100) throw new Error(`expected 100 rows in the editor, found ${rows}`);
  const cell = page.locator('#field-indicators-50-target');
  await cell.click();
  // Typing a value and taking it back: the cell shows each key at once; the form takes the value when
  // typing pauses or the cell is left.
  const keys = Array.from({ length: presses }, (_, i) => (i % 2 === 0 ? '5' : 'Backspace'));
  const typing = await keyToFrame(page, keys);
  // Leaving the cell hands its value on: Tab → the updated findings (a value typed into the empty 指标值
  // adds or removes a finding). Back into the cell with a click, so only the Tab is measured.
  const leaves: number[] = [];
  for (let i = 0; i < Math.max(4, presses / 4); i++) {
    await cell.click();
    await page.keyboard.press('End');
    await page.keyboard.press(i % 2 === 0 ? '5' : 'Backspace');
    leaves.push(...(await keystrokes(page, '#findings-panel .ant-card-body', ['Tab'])));
  }
  await page.setContent(
    '<input id="a"><div id="b"></div><script>a.oninput = () => (b.textContent = a.value)</script>',
  );
  await page.locator('#a').click();
  const bare = await keystrokes(page, '#b', keys);
  const bareFrame = await keyToFrame(page, keys);
  await context.close();
  const base = median(bare);
  return [
    {
      name: 'web.editor.keystroke-to-frame',
      value: Number(median(typing).toFixed(1)),
      unit: 'ms',
      baseline: Number(median(bareFrame).toFixed(1)),
      ratio: Number((median(typing) / median(bareFrame)).toFixed(2)),
      note: `median of ${presses} keystrokes in a 指标值 cell, 100 indicator rows (300 cells); baseline: keystroke → next frame in a bare page; aim < 50 ms`,
    },
    {
      name: 'web.editor.leave-cell-to-findings',
      value: Number(median(leaves).toFixed(1)),
      unit: 'ms',
      baseline: Number(base.toFixed(1)),
      ratio: Number((median(leaves) / base).toFixed(2)),
      note: `median of ${leaves.length} Tabs out of a 指标值 cell just typed in, 100 indicator rows → the updated finding list; baseline: keystroke → DOM update in a bare page`,
    },
  ] satisfies BenchResult[];
}

/**
 * Milliseconds from a keydown to the frame after it (the key's event handlers, React's render and the
 * layout all ran), per key.
 */
async function keyToFrame(page: Page, keys: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const key of keys) {
    await page.evaluate(`(() => {
      window.__t = new Promise((resolve) => {
        document.addEventListener('keydown', () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }, { capture: true, once: true });
      });
    })()`);
    await page.keyboard.press(key);
    out.push(Number(await page.evaluate('window.__t')));
  }
  return out;
}

async function departmentEditor(rig: BrowserRig, presses: number) {
  const context = await rig.desktop({ width: 1366, height: 900 });
  const page = await context.newPage();
  await rig.login(page, 'demo-filler');
  const id = String(
    await page.evaluate(`(async () => {
      const r = await (await fetch('/api/forms?kind=department&status=draft')).json();
      return r.items[0] ? r.items[0].id : '';
    })()`),
  );
  if (!id) throw new Error('no draft 部门整体 form in the demo city');
  await page.goto(`${rig.base}/forms/${id}/edit`);
  await page.locator('#funds-income').waitFor();
  await page.locator('#findings-panel .finding-item').first().waitFor();
  const cells = await page
    .locator('#grid-annual input[id$="-target"], #grid-long input[id$="-target"]')
    .count();
  const keys = Array.from({ length: presses }, (_, i) => (i % 2 === 0 ? '5' : 'Backspace'));
  await page.locator('#grid-annual input[id$="-target"]').nth(3).click();
  await page.keyboard.press('End');
  const grid = await keyToFrame(page, keys);
  await page.locator('#funds-income input[id$="-current"]').first().click();
  await page.keyboard.press('End');
  const funds = await keyToFrame(page, keys);
  await page.setContent(
    '<input id="a"><div id="b"></div><script>a.oninput = () => (b.textContent = a.value)</script>',
  );
  await page.locator('#a').click();
  const bare = await keyToFrame(page, keys);
  await context.close();
  const base = median(bare);
  const figure = (name: string, xs: number[], what: string): BenchResult => {
    const ms = median(xs);
    return {
      name,
      value: Number(ms.toFixed(1)),
      unit: 'ms',
      baseline: Number(base.toFixed(1)),
      ratio: Number((ms / base).toFixed(2)),
      note: `median of ${presses} keystrokes in ${what} (${cells} indicator rows, about ${cells * 3} cells); baseline: keystroke → next frame in a bare page; aim < 50 ms`,
    };
  };
  return [
    figure('web.department.keystroke-indicator', grid, 'a 指标值 cell of the 部门整体 editor'),
    figure('web.department.keystroke-funds', funds, 'a 当年金额 cell of 部门总体资金情况'),
  ];
}

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  if (!browserReady)
    throw new Error(
      'needs Chromium (chromium-headless-shell or chromium) and the built web app (npm run build -w @jixiao/web)',
    );
  const rig = await startRig();
  try {
    return [
      ...(await publicPage(rig, opts.quick ? 3 : 9)),
      ...(await editor(rig, opts.quick ? 10 : 40)),
      ...(await departmentEditor(rig, opts.quick ? 10 : 40)),
    ];
  } finally {
    await rig.close();
  }
}
