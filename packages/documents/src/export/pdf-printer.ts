// One headless Chromium (playwright-core) and everything that lives as long as it: its context, its pool
// of print pages and the font cuts printed on them. A printer is dropped whole (close(), or the browser
// going away) and the next print starts a new one, so nothing of one browser's life reaches the next.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PrintFonts, type FaceTexts } from './pdf-fonts.ts';
import { PagePool } from './page-pool.ts';

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

/** Page numbers in the bottom margin of every page, portrait or landscape, in the body font. */
const FOOTER_CSS = `@page { @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";
  font-family: "Noto Serif CJK SC", serif; font-size: 8pt; color: #333; vertical-align: middle; } }`;

export class PdfPrinter {
  /** Closed, or its browser went away: the owner starts another printer for the next print. */
  private ended = false;
  private browser: Promise<Browser> | null = null;
  private context: Promise<BrowserContext> | null = null;
  private readonly fonts = new PrintFonts();
  private readonly pages = new PagePool<Page>(
    PAGES,
    () => this.newPage(),
    (p) => p.close(),
  );

  constructor(private readonly executable: string) {}

  get closed(): boolean {
    return this.ended;
  }

  /** Prints HTML on A4 with "第 N 页 / 共 M 页" at the foot of each page, its fonts cut to `texts`. */
  async print(html: string, texts: FaceTexts): Promise<Uint8Array> {
    // The first print starts the browser while the fonts load.
    const [fontCss] = await Promise.all([this.fonts.css(texts), this.sharedContext()]);
    const style = `<style>${fontCss}\n${FOOTER_CSS}</style>`;
    const withFonts = html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html;
    return this.pages.use(async (page) => {
      await page.setContent(withFonts, { waitUntil: 'load' });
      // Chromium prints what is laid out: wait until the embedded faces are loaded (a string: no DOM types here).
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      return new Uint8Array(pdf);
    });
  }

  /** Ends the browser, if one was started, and forgets its pages. Safe to call any time. */
  async close(): Promise<void> {
    this.ended = true;
    this.pages.clear();
    const b = this.browser;
    this.browser = null;
    this.context = null;
    if (b) await (await b.catch(() => null))?.close().catch(() => undefined);
  }

  private sharedBrowser(): Promise<Browser> {
    if (!this.browser) {
      this.browser = (async () => {
        const { chromium } = await import('playwright-core');
        const b = await chromium.launch({
          executablePath: this.executable,
          args: ARGS,
          headless: true,
          timeout: RENDER_TIMEOUT_MS,
        });
        b.on('disconnected', () => {
          this.ended = true;
          this.pages.clear();
        });
        return b;
      })();
      // A browser that did not start ends this printer: the next print tries a new one.
      this.browser.catch(() => (this.ended = true));
    }
    return this.browser;
  }

  /** One context for every print: no scripts, no network (the HTML carries its fonts). */
  private sharedContext(): Promise<BrowserContext> {
    this.context ??= this.sharedBrowser().then((b) =>
      b.newContext({ javaScriptEnabled: false, offline: true }),
    );
    return this.context;
  }

  private async newPage(): Promise<Page> {
    const page = await (await this.sharedContext()).newPage();
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    // Nothing but the document itself and its inline (data:) fonts is ever loaded.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    return page;
  }
}
