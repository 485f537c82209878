// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one told by
// where its zero bytes fall), or GB18030/GBK — the encoding Chinese Windows still writes by default.

import { Buffer, isUtf8 } from 'node:buffer';

/** The same bytes as a Buffer, not copied: for its native searches. */
export const bytes = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectTextEncoding(b: Uint8Array): TextEncodingName | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const sample = b.subarray(0, 65536);
  // Without a zero byte the text cannot be UTF-16 (nor binary): the byte-by-byte count is not needed.
  // (Buffer's search is native; a typed array's includes walks the bytes in script.)
  if (bytes(sample).indexOf(0) >= 0) return utf16WithoutBom(sample);
  let end = sample.length;
  if (b.length > sample.length) {
    end = sample.length - 1;
    while (end > 0 && (sample[end]! & 0xc0) === 0x80) end--;
  }
  // Validated in place: decoding the sample only to learn that it decodes costs a string of it.
  if (isUtf8(sample.subarray(0, end))) return 'utf-8';
  // not UTF-8: GB18030 when it decodes to mostly Han characters and text
  try {
    // streamed: a two-byte character the window's end cuts in half is held back, not a replacement character
    const text = new TextDecoder('gb18030').decode(sample.subarray(0, Math.min(sample.length, 16384)), {
      stream: true,
    });
    const bad = (text.match(/\ufffd/g) ?? []).length;
    const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
    let control = 0;
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      if (c < 9 || (c > 13 && c < 32)) control++;
    }
    if (bad === 0 && control === 0 && han > 0) return 'gb18030';
  } catch {
    return null;
  }
  return null;
}

/**
 * UTF-16 without a byte order mark, told by the pattern of its zero bytes: the ASCII characters of a text
 * extraction (tabs, line breaks, digits, Latin letters) have a zero high byte, which falls on odd offsets in
 * little-endian and even ones in big-endian, far more often than on the other side; a binary file has zeros
 * on both. The sample must then decode to
 * text: no unpaired surrogate and no control character but tab and line breaks.
 */
export function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = sample.length - (sample.length % 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const zeros = even + odd;
  // A few zeros on the other side are characters like 一 (U+4E00) whose low byte is zero.
  if (zeros < 2 || Math.min(even, odd) * 4 > Math.max(even, odd)) return null;
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  let end = n;
  // A sample cut inside a surrogate pair: leave its first half out.
  const last = encoding === 'utf-16le' ? sample[n - 1] : sample[n - 2];
  if (last !== undefined && last >= 0xd8 && last <= 0xdb) end -= 2;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, end));
  } catch {
    return null;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return null;
  }
  return encoding;
}

export function decodeText(b: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding).decode(b).replace(/^\ufeff/, '');
}
