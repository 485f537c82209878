// Shared set-up of the browser tests: the real server with the demo city, the built web app, Debian's
// Chromium through playwright-core, a login helper and the screenshot folder.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startServer, type RunningServer } from './start-server.ts';
import { startWebServer } from './web-server.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const chromiumPath = '/usr/bin/chromium';
const dist = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
/** The browser tests run when Chromium and a built web app are there. */
export const browserReady = existsSync(chromiumPath) && existsSync(dist + 'index.html');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Longest any one browser step may wait (a click, a locator, a navigation, a download): only a guard
 * against a hang. Playwright's own default, 30 s, fails steps that are merely slow on a loaded machine;
 * the tests wait on states (an element, a text, a response), never on this.
 */
export const HANG_GUARD_MS = 120_000;

/** Every context the browser makes, however a test makes it, gets the hang guard as its default timeout. */
export function withHangGuard(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(HANG_GUARD_MS);
    context.setDefaultNavigationTimeout(HANG_GUARD_MS);
    return context;
  };
  return browser;
}

export interface BrowserRig {
  server: RunningServer;
  base: string;
  browser: Browser;
  /** A desktop (1366×768 unless told) context, in Chinese. */
  desktop: (size?: { width: number; height: number }) => Promise<BrowserContext>;
  login: (page: Page, username: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function startRig(): Promise<BrowserRig> {
  mkdirSync(shots, { recursive: true });
  const server = await startServer(root);
  let web: { url: string; close: () => Promise<void> } | null = null;
  let base = server.url;
  const probe = await fetch(server.url + '/forms/new').catch(() => null);
  const served = probe?.ok && (probe.headers.get('content-type') ?? '').includes('text/html');
  if (!served) {
    web = await startWebServer(dist, server.url);
    base = web.url;
  }
  const { chromium } = await import('playwright-core');
  const browser = withHangGuard(
    await chromium.launch({ executablePath: chromiumPath, args: FLAGS, headless: true }),
  );
  return {
    server,
    base,
    browser,
    desktop: (size = { width: 1366, height: 768 }) =>
      browser.newContext({ viewport: size, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }),
    login: async (page, username) => {
      await page.goto(base + '/login');
      await page.locator('#login-username').fill(username);
      await page.locator('#login-password').fill(server.passwords[username] ?? '');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    },
    close: async () => {
      await browser.close();
      await web?.close();
      await server.stop();
    },
  };
}

/**
 * Chooses an option of an antd Select inside `scope`. On a loaded machine two things lose the choice: a
 * click while the surrounding dialog is still in its opening motion (the dialog then takes the focus and
 * the list closes under the pointer), and a click that lands while the list is still opening. So the helper
 * waits for the scope to stand still, and when the list closes without a choice it opens it again.
 */
export async function chooseOption(page: Page, scope: Locator, title: string | RegExp): Promise<void> {
  const select = scope.locator('.ant-select').first();
  const option =
    typeof title === 'string'
      ? page.locator(`.ant-select-item-option[title="${title}"]`)
      : page.locator('.ant-select-item-option').filter({ hasText: title }).first();
  const chosen = async () => {
    const shown = await select.innerText();
    return typeof title === 'string' ? shown.includes(title) : title.test(shown);
  };
  await standStill(page, scope);
  for (let attempt = 0; attempt < 4; attempt++) {
    if (await chosen()) return;
    await select.click();
    // The bound is for a list that closed before the click (its option then stays hidden); the attempt
    // after it opens the list again.
    const clicked = await option.click({ timeout: 30_000 }).then(
      () => true,
      () => false,
    );
    if (clicked) await option.waitFor({ state: 'hidden' }).catch(() => undefined);
  }
  if (!(await chosen())) throw new Error(`could not choose “${String(title)}”`);
}

/** What standStill reads of a page element (the root project's types have no DOM library). */
interface Animated {
  parentElement: Animated | null;
  getAnimations(): Array<{ playState: string }>;
}

/** Waits until no CSS animation runs on `scope` or on any element around it (a dialog's zoom-in). */
async function standStill(page: Page, scope: Locator): Promise<void> {
  const element = await scope.elementHandle();
  await page.waitForFunction((el) => {
    for (let e = el as unknown as Animated | null; e; e = e.parentElement) {
      if (e.getAnimations().some((a) => a.playState === 'running')) return false;
    }
    return true;
  }, element);
}
