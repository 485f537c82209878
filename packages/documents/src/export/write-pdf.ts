// Layout → PDF: the print HTML rendered by one shared headless Chromium (playwright-core, Debian's
// /usr/bin/chromium) and printed on A4 with page numbers. closeBrowser() ends it (tests, shutdown).
import type { Browser, BrowserContext } from 'playwright-core';
import type { Form } from '@jixiao/core';
import type { DocumentLayout } from './layout.ts';
import { layoutForm } from './layout-form.ts';
import { escapeHtml, layoutHtml } from './write-html.ts';

/** Where Debian puts Chromium; CHROMIUM_PATH is not read here (config belongs to the server): pass it. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Longest one PDF may take to render. */
const RENDER_TIMEOUT_MS = 60_000;

let browser: Promise<Browser> | null = null;
let executable = DEFAULT_CHROMIUM;

/** Sets the Chromium binary used by later exports (closes a browser started with another one). */
export async function useChromium(executablePath: string): Promise<void> {
  if (executablePath === executable) return;
  await closeBrowser();
  executable = executablePath;
}

function sharedBrowser(): Promise<Browser> {
  if (!browser) {
    browser = (async () => {
      const { chromium } = await import('playwright-core');
      const b = await chromium.launch({
        executablePath: executable,
        args: ARGS,
        headless: true,
        timeout: 30_000,
      });
      b.on('disconnected', () => {
        browser = null;
        context = null;
      });
      return b;
    })();
    browser.catch(() => {
      browser = null;
    });
  }
  return browser;
}

/** Closes the shared browser, if one was started. Safe to call any time. */
export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  context = null;
  if (b) await (await b.catch(() => null))?.close().catch(() => undefined);
}

export async function exportPdf(form: Form): Promise<Uint8Array> {
  return writePdf(layoutForm(form));
}

export async function writePdf(layout: DocumentLayout): Promise<Uint8Array> {
  return htmlToPdf(layoutHtml(layout), layout.title);
}

/** One context for every export: pages in it share the font cache, which makes later PDFs much faster. */
let context: Promise<BrowserContext> | null = null;

function sharedContext(): Promise<BrowserContext> {
  if (!context) {
    context = sharedBrowser().then((b) => b.newContext({ javaScriptEnabled: false, offline: true }));
    context.catch(() => {
      context = null;
    });
  }
  return context;
}

/** Prints HTML on A4 with "第 N 页 / 共 M 页" in the footer. The page has no network access. */
export async function htmlToPdf(html: string, title: string): Promise<Uint8Array> {
  const page = await (await sharedContext()).newPage();
  try {
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: `<div style="width:100%;text-align:center;font-size:8pt;font-family:'Noto Sans CJK SC',sans-serif;color:#333;">
        <span title="${escapeHtml(title)}">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span></div>`,
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}
