// Decides what a file is from its first bytes, not from its name.
import { bytes, detectTextEncoding } from './text/decode-text.ts';
import { looksLikeHtml } from './html/decode-html.ts';
import { looksLikeMhtml } from './html/read-mhtml.ts';
import { imageKind } from './office/ocr/image-pages.ts';
import { listZipEntries } from './office/safe-zip.ts';

export type SourceFormat =
  'text' | 'html' | 'docx' | 'xlsx' | 'pdf' | 'ofd' | 'ole' | 'odf' | 'zip' | 'image' | 'binary';

export function sniffFormat(data: Uint8Array): SourceFormat {
  const b = data;
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf'; // %PDF
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole'; // legacy .doc/.xls
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05)) {
    // An OpenDocument package (.odt/.ods) opens with its stored mimetype entry.
    if (firstEntryName(b) === 'mimetype') return 'odf';
    // An OFD package (GB/T 33190) opens with its entry file OFD.xml, or at least holds it at its root.
    const first = firstEntryName(b);
    if (isOfdEntry(first) || (!isPackagePart(first) && holdsOfdRoot(b))) return 'ofd';
    // An archive of documents holds whole .docx files whose own part names (word/…) show through its
    // compressed bytes: only an archive whose first entry is a part of a package is one.
    if (b[2] === 0x03 && !isPackagePart(first)) return 'zip';
    // An OOXML package names its main part near the start of the archive's directory.
    const head = new TextDecoder('latin1').decode(b.subarray(0, Math.min(b.length, 1 << 20)));
    if (head.includes('word/')) return 'docx';
    if (head.includes('xl/')) return 'xlsx';
    return 'zip';
  }
  // A picture of a form (a scan or a photo: PNG, JPEG, TIFF), read by OCR.
  if (imageKind(b)) return 'image';
  if (!looksLikeText(b)) return 'binary';
  // A saved web page is text that starts with a doctype or a top-level element (whatever its name says).
  return looksLikeHtml(b) || looksLikeMhtml(b) ? 'html' : 'text';
}

/** Bytes of a file's head that tell an archive of documents (its first entry's name). */
export const ARCHIVE_HEAD_BYTES = 4096;

/**
 * A .zip archive of documents, not an Office package, told from the file's first bytes (≥ 30 + the first
 * entry's name): what a batch opens as many documents. Equivalent to sniffFormat(head) === 'zip', save for an
 * OFD package whose OFD.xml is not its first entry: only its directory, at the end, tells (sniffFormat(whole)).
 */
export function isDocumentArchive(head: Uint8Array): boolean {
  const b = head;
  if (b.length < 4 || b[0] !== 0x50 || b[1] !== 0x4b) return false;
  if (b[2] === 0x05 && b[3] === 0x06) return true; // an empty archive
  return b[2] === 0x03 && b[3] === 0x04 && !isPackagePart(firstEntryName(b));
}

/** The name in the archive's first local file header (offset 26: name length; the name at 30). */
function firstEntryName(b: Uint8Array): string {
  if (b.length < 30) return '';
  const length = b[26]! | (b[27]! << 8);
  return new TextDecoder('latin1').decode(b.subarray(30, Math.min(b.length, 30 + length)));
}

/** OFD.xml, the entry file of an OFD package (writers differ in its case). */
const isOfdEntry = (name: string): boolean => name.toLowerCase() === 'ofd.xml';

/** An archive whose directory lists OFD.xml at its root (not first: some writers put it last). */
function holdsOfdRoot(b: Uint8Array): boolean {
  try {
    return listZipEntries(b).some((e) => isOfdEntry(e.name));
  } catch {
    return false; // a damaged archive: the archive reader says why
  }
}

/** The top-level names an Office Open XML package is made of (ECMA-376 part 2). */
const PACKAGE_ROOTS = new Set(['[Content_Types].xml', '_rels', 'docProps', 'word', 'xl', 'customXml']);
const isPackagePart = (name: string): boolean =>
  PACKAGE_ROOTS.has(name.split('/')[0]!) || name === 'mimetype' || isOfdEntry(name);

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern counts
const CONTROL_BYTES = /[\x00-\x08\x0e-\x1f]/g;

/** Text in an encoding we read, with few control characters in its first 64 KiB. */
function looksLikeText(b: Uint8Array): boolean {
  const encoding = detectTextEncoding(b);
  if (!encoding) return false;
  if (encoding !== 'utf-8' && encoding !== 'gb18030') return true;
  const sample = b.subarray(0, 65536);
  // Counted by a pattern over the bytes as Latin-1 characters (one per byte): native, not a loop in script.
  const control = bytes(sample).toString('latin1').match(CONTROL_BYTES)?.length ?? 0;
  return control <= sample.length / 100;
}
