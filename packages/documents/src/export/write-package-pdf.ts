// The disclosure package as a print-ready PDF whose table of contents carries page numbers: printed once
// to learn where each part starts (read back from the text layer), then printed with the numbers.
import type { Disclosure, Form } from '@jixiao/core';
import { getDocumentProxy } from 'unpdf';
import { layoutDisclosurePackage, tocEntries } from './layout-package.ts';
import { normaliseRadicals } from '../office/read-pdf.ts';
import { writePdf } from './write-pdf.ts';

// Chromium's text layer writes some ideographs as radicals (门 → ⻔), and brackets may come back half-width.
const squash = (s: string) => normaliseRadicals(s).normalize('NFKC').replace(/\s+/g, '');

async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf), { isEvalSupported: false });
  const out: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    out.push(squash(content.items.map((i) => ('str' in i ? i.str : '')).join('')));
  }
  await doc.destroy();
  return out;
}

/** The first page (1-based) at or after the previous entry's page whose text contains the entry's needle. */
export function startPages(
  pages: readonly string[],
  needles: ReadonlyArray<string | null>,
): Array<number | null> {
  let from = 1; // page 1 is the table of contents itself
  return needles.map((n) => {
    if (!n) return null;
    const needle = squash(n);
    for (let p = from; p < pages.length; p++)
      if (pages[p]!.includes(needle)) {
        from = p;
        return p + 1;
      }
    return null;
  });
}

export async function writeDisclosurePackagePdf(d: Disclosure, forms: readonly Form[]): Promise<Uint8Array> {
  const first = await writePdf(layoutDisclosurePackage(d, forms));
  const pages = startPages(
    await pageTexts(first),
    tocEntries(d, forms).map((e) => e.needle),
  );
  return writePdf(layoutDisclosurePackage(d, forms, pages));
}
