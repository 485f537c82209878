// Decodes a saved web page: a byte-order mark first, then the charset the page declares (<meta charset>,
// or http-equiv Content-Type, in its first bytes), then the same guess as for plain text. GB2312 and GBK
// pages are read as GB18030, which contains both.
import { decodeText, detectTextEncoding } from '../text/decode-text.ts';

/** Browsers look for the declared charset in the first 1024 bytes; Word's pages put it a little later. */
const PRESCAN_BYTES = 4096;

// A Map, not an object literal: text from a file (`constructor`, `toString`) must find nothing, not Object's own.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['gb2312', 'gb18030'],
  ['gbk', 'gb18030'],
  ['x-gbk', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['cp936', 'gb18030'],
  ['windows-936', 'gb18030'],
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['big5', 'big5'],
  ['big5-hkscs', 'big5'],
  ['utf-16', 'utf-16le'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
]);

/** The charset a page declares in its head, as a TextDecoder label, or null. */
export function declaredCharset(data: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(data.subarray(0, PRESCAN_BYTES));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return charsetLabel(meta?.[1] ?? '');
}

/** A charset name as a TextDecoder label (GB2312/GBK → gb18030), or null when unknown. */
export function charsetLabel(name: string): string | null {
  const label = name.toLowerCase();
  if (!label) return null;
  return ALIASES.get(label) ?? (isKnownLabel(label) ? label : null);
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The page's text: BOM, then declared charset, then the plain-text guess. */
export function decodeHtml(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return decodeText(data, 'utf-8');
  if (data[0] === 0xff && data[1] === 0xfe) return decodeText(data, 'utf-16le');
  if (data[0] === 0xfe && data[1] === 0xff) return decodeText(data, 'utf-16be');
  const declared = declaredCharset(data);
  if (declared) return new TextDecoder(declared).decode(data);
  return decodeText(data, detectTextEncoding(data) ?? 'utf-8');
}

/** True when the bytes are a web page: it starts with a doctype, <html>, <head>, <meta>, <body> or <table>. */
export function looksLikeHtml(data: Uint8Array): boolean {
  let head = new TextDecoder('latin1').decode(data.subarray(0, 2048));
  if (data[0] === 0xff || data[0] === 0xfe) head = head.replace(/\0/g, '');
  head = head
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .replace(/^\s*(<\?xml[^>]*\?>)?\s*/, '')
    .replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|meta\s|body[\s>]|table[\s>]|title>)/i.test(head);
}
