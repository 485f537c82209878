// Shared set-up of the browser tests: the real server with the demo city, the built web app, Debian's
// Chromium through playwright-core, a login helper and the screenshot folder.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { defaultChromium } from '../../packages/documents/src/export/chromium-binary.ts';
import { startServer, type RunningServer } from './start-server.ts';
import { startWebServer } from './web-server.ts';
import { recordToastsIn } from './toasts.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
/** Debian's headless shell when installed (a third of the full browser's CPU), else its Chromium. */
export const chromiumPath = defaultChromium();
const dist = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));
/** The browser tests run when Chromium and a built web app are there. */
export const browserReady = existsSync(chromiumPath) && existsSync(dist + 'index.html');

export const FLAGS = [
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

/**
 * Every context the browser makes, however a test makes it, gets the hang guard as its default timeout,
 * and its pages record the toasts they show (toasts.ts).
 */
export function withHangGuard(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(HANG_GUARD_MS);
    context.setDefaultNavigationTimeout(HANG_GUARD_MS);
    await recordToastsIn(context);
    return context;
  };
  return browser;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's one Chromium (global-setup.ts), null when it could not start. */
    browserEndpoint: string | null;
  }
}

function sharedEndpoint(): string | null {
  try {
    return inject('browserEndpoint') ?? null;
  } catch {
    return null;
  }
}

/**
 * The browser of a test file: a connection to the run's one Chromium when the global set-up started it
 * (each file then pays a connection, not a browser start — every file's contexts stay its own, and closing
 * the connection closes them), else a Chromium of its own. Either way with the hang guard.
 */
export async function openBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const endpoint = sharedEndpoint();
  const browser = endpoint
    ? await chromium.connect(endpoint, { timeout: HANG_GUARD_MS })
    : await chromium.launch({ executablePath: chromiumPath, args: FLAGS, headless: true });
  return withHangGuard(browser);
}

/** A phone's screen: 390×844 CSS pixels at twice the density, touch, a mobile viewport; in Chinese. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
} as const;

/** A new context of `browser` as a phone shows pages (PHONE). */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(PHONE);
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
  const browser = await openBrowser();
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

/** What stillScreenshot reads of the page's animations (the root project's types have no DOM library). */
interface Motion {
  playState: string;
  effect: { getComputedTiming(): { iterations?: number | null } } | null;
}

/**
 * Takes a picture once nothing on the page moves any more — a dialog's zoom, a panel's slide, a fade (a
 * spinner's endless turn aside): a state, where a fixed pause was a guess that a loaded machine outlasts.
 */
export async function stillScreenshot(page: Page, options: Parameters<Page['screenshot']>[0]): Promise<void> {
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { getAnimations(): Motion[] } }).document;
    return doc
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity);
  });
  await page.screenshot(options);
}

/** What canvasesStill reads of a canvas. */
interface Drawn {
  toDataURL(): string;
}

/**
 * Waits until `canvases` (a chart drawing its entry animation frame by frame in script, which no CSS
 * animation list shows) look the same at two polls in a row: the drawing has come to rest.
 */
export async function canvasesStill(canvases: Locator): Promise<void> {
  let before = '';
  await expect
    .poll(
      async () => {
        const now = (
          await canvases.evaluateAll((cs) => cs.map((c) => (c as unknown as Drawn).toDataURL()))
        ).join();
        const same = now === before;
        before = now;
        return same;
      },
      { interval: 250 },
    )
    .toBe(true);
}
