// Layout → PDF: the print HTML rendered by one shared headless Chromium (playwright-core, Debian's
// /usr/bin/chromium) and printed on A4 with page numbers. closeBrowser() ends it (tests, shutdown).
//
// Where a PDF's time went, and what is done about it:
// - fonts: Chromium passes each font face a PDF uses whole to its print compositor (≈2 s per 20–27 MB
//   Noto CJK collection, per face, per PDF). The HTML now carries each face cut to the characters it
//   prints (pdf-fonts.ts), a few hundred kB at most.
// - page numbers: a displayHeaderFooter footer is a document of its own on every page, in a font of its
//   own; they are CSS page-margin boxes of the document now, in its embedded body font.
// - pages: a new page starts a renderer (0.5–1 s on a busy machine); a small pool of pages is reused, and
//   documents print on them in parallel.
// - waits: the HTML has no outside resources; setContent waits for `load`, then for document.fonts.ready
//   — states, not time. The timeout is only a guard against a hung renderer.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Form } from '@jixiao/core';
import type { DocumentLayout } from './layout.ts';
import { layoutForm } from './layout-form.ts';
import { layoutHtml } from './write-html.ts';
import { allFaces, embeddedFontCss, faceTexts, type FaceTexts } from './pdf-fonts.ts';
import { PagePool } from './page-pool.ts';

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

/** Longest one PDF may take to render: a guard against a hung renderer, not an expected time. */
const RENDER_TIMEOUT_MS = 120_000;

/** Pages printing at once: Chromium lays out and prints each in its own renderer process. */
const PAGES = 3;

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
        timeout: RENDER_TIMEOUT_MS,
      });
      b.on('disconnected', () => {
        browser = null;
        context = null;
        pages.clear();
      });
      return b;
    })();
    browser.catch(() => {
      browser = null;
    });
  }
  return browser;
}

/** One context for every export: no scripts, no network (the HTML carries its fonts). */
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

async function newPrintPage(): Promise<Page> {
  const page = await (await sharedContext()).newPage();
  page.setDefaultTimeout(RENDER_TIMEOUT_MS);
  // Nothing but the document itself and its inline (data:) fonts is ever loaded.
  await page.route('**/*', (route) =>
    route.request().url().startsWith('data:') ? route.continue() : route.abort(),
  );
  return page;
}

const pages = new PagePool<Page>(PAGES, newPrintPage, (p) => p.close());

/** Closes the shared browser, if one was started. Safe to call any time. */
export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  context = null;
  pages.clear();
  if (b) await (await b.catch(() => null))?.close().catch(() => undefined);
}

export async function exportPdf(form: Form): Promise<Uint8Array> {
  return writePdf(layoutForm(form));
}

export async function writePdf(layout: DocumentLayout): Promise<Uint8Array> {
  return printHtml(layoutHtml(layout), faceTexts(layout));
}

/** Prints HTML on A4 with "第 N 页 / 共 M 页" at the foot of each page. The page has no network access. */
export async function htmlToPdf(html: string, _title?: string): Promise<Uint8Array> {
  return printHtml(html, allFaces(html));
}

/** Page numbers in the bottom margin of every page, portrait or landscape, in the body font. */
const FOOTER_CSS = `@page { @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";
  font-family: "Noto Serif CJK SC", serif; font-size: 8pt; color: #333; vertical-align: middle; } }`;

async function printHtml(html: string, texts: FaceTexts): Promise<Uint8Array> {
  // The first export starts the browser while the fonts load.
  const [fontCss] = await Promise.all([embeddedFontCss(texts), sharedContext()]);
  const style = `<style>${fontCss}\n${FOOTER_CSS}</style>`;
  const withFonts = html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html;
  return pages.use(async (page) => {
    await page.setContent(withFonts, { waitUntil: 'load' });
    // Chromium prints what is laid out: wait until the embedded faces are loaded (a string: no DOM types here).
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  });
}
