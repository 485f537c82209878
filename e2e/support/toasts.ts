// A success message (antd's message, a toast) stays a few seconds and goes; a test that looks for it on
// the page races with its timer, and on a loaded machine its looks (each a round trip to the browser) can
// fall on either side of those seconds. So every page of a test records each toast as it appears, and
// tests wait for the record — a state that stays — instead of the toast itself.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the recorder reads and keeps on the page (the root project's types have no DOM library). */
interface Noticed {
  textContent: string | null;
}
interface ToastWindow {
  __toasts?: string[];
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };
  document: { querySelectorAll(selector: string): Iterable<Noticed> };
}

/** Runs in each new document before its own scripts: records the text of every toast once it shows. */
function recordToasts(): void {
  const w = globalThis as unknown as ToastWindow;
  const shown: string[] = [];
  w.__toasts = shown;
  // By element: the same words shown twice (two saves) are two toasts; a toast's text is read when it has one.
  const seen = new WeakMap<Noticed, string>();
  new w.MutationObserver(() => {
    for (const notice of w.document.querySelectorAll('.ant-message-notice')) {
      const text = (notice.textContent ?? '').trim();
      if (text && seen.get(notice) !== text) {
        seen.set(notice, text);
        shown.push(text);
      }
    }
  }).observe(w.document, { childList: true, subtree: true, characterData: true });
}

/** Every page of `context` records its toasts (see toastsShown). */
export async function recordToastsIn(context: BrowserContext): Promise<void> {
  await context.addInitScript(recordToasts);
}

/** The toasts the page's current document has shown, oldest first, whether or not they are still there. */
export async function toastsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as ToastWindow).__toasts ?? []);
}

/**
 * Waits until the page has shown a toast matching `text` (a whole string, or a pattern). The bound is a
 * hang guard (a toast follows a request that a loaded machine may answer late), not an expected time.
 */
export async function toastShown(page: Page, text: string | RegExp): Promise<string> {
  const matching = async () =>
    (await toastsShown(page)).find((t) => (typeof text === 'string' ? t === text : text.test(t)));
  await expect.poll(matching, { timeout: 120_000 }).toBeDefined();
  return (await matching())!;
}
