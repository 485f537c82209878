// Layout → PDF: the print HTML rendered by one shared headless Chromium (playwright-core, Debian's
// /usr/bin/chromium) and printed on A4 with page numbers. closeBrowser() ends it (tests, shutdown).
//
// Where a PDF's time went, and what is done about it:
// - fonts: Chromium passes each font face a PDF uses whole to its print compositor (≈2 s per 20–27 MB
//   Noto CJK collection, per face, per PDF). The HTML now carries each face cut to the characters it
//   prints (pdf-fonts.ts), a few hundred kB at most. Documents printed together share one cut per face
//   (a batch of forms: one subset instead of one each, one data: URL for Chromium to decode); the cuts
//   belong to the printer (pdf-printer.ts) and end with its browser.
// - page numbers: a displayHeaderFooter footer is a document of its own on every page, in a font of its
//   own; they are CSS page-margin boxes of the document now, in its embedded body font.
// - pages: a new page starts a renderer (0.5–1 s on a busy machine); a small pool of pages is reused, and
//   documents print on them in parallel.
// - waits: the HTML has no outside resources; setContent waits for `load`, then for document.fonts.ready
//   — states, not time. The timeout is only a guard against a hung renderer.
// What is left (measured warm on the shared 2-core machine): a form of 15 indicators ≈ 100 ms — setContent
// ≈ 40, fonts.ready ≈ 5, Chromium's print ≈ 55–70 — about twice a blank page, as it has two pages of
// tables. Keeping one document per page and swapping its body saved ≈ 10 ms and was not worth the state
// it leaves in a page; the page route costs nothing per document (data: URLs do not pass through it).
// A disclosure package is two prints of ≈ 30 pages (≈ 1.4 s each) and reading the first back (≈ 0.4 s).
import type { Form } from '@jixiao/core';
import type { DocumentLayout } from './layout.ts';
import { layoutForm } from './layout-form.ts';
import { layoutHtml } from './write-html.ts';
import { allFaces, faceTexts } from './pdf-fonts.ts';
import { PdfPrinter } from './pdf-printer.ts';
import { defaultChromium } from './chromium-binary.ts';

/** Debian's headless shell when installed, else its Chromium (chromium-binary.ts); useChromium() sets another. */
export const DEFAULT_CHROMIUM = defaultChromium();

/**
 * The process's printer, started by the first export and dropped whole by closeBrowser() (or when its
 * browser goes away): its pages and font cuts go with it, so a test file that closes it leaves nothing
 * for the next one.
 */
let printer: PdfPrinter | null = null;
let executable = DEFAULT_CHROMIUM;

function currentPrinter(): PdfPrinter {
  if (!printer || printer.closed) printer = new PdfPrinter(executable);
  return printer;
}

/** Sets the Chromium binary used by later exports (closes a browser started with another one). */
export async function useChromium(executablePath: string): Promise<void> {
  if (executablePath === executable) return;
  await closeBrowser();
  executable = executablePath;
}

/** Closes the shared browser, if one was started, with its pages and fonts. Safe to call any time. */
export async function closeBrowser(): Promise<void> {
  const p = printer;
  printer = null;
  await p?.close();
}

export async function exportPdf(form: Form): Promise<Uint8Array> {
  return writePdf(layoutForm(form));
}

export async function writePdf(layout: DocumentLayout): Promise<Uint8Array> {
  return currentPrinter().print(layoutHtml(layout), faceTexts(layout));
}

/** Prints HTML on A4 with "第 N 页 / 共 M 页" at the foot of each page. The page has no network access. */
export async function htmlToPdf(html: string, _title?: string): Promise<Uint8Array> {
  return currentPrinter().print(html, allFaces(html));
}
