// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK — the
// encoding Chinese Windows still writes by default.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectTextEncoding(b: Uint8Array): TextEncodingName | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const sample = b.subarray(0, 65536);
  for (const byte of sample) if (byte === 0) return null;
  let end = sample.length;
  if (b.length > sample.length) {
    end = sample.length - 1;
    while (end > 0 && (sample[end]! & 0xc0) === 0x80) end--;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return 'utf-8';
  } catch {
    // not UTF-8: GB18030 when it decodes to mostly Han characters and text
  }
  try {
    const text = new TextDecoder('gb18030').decode(sample.subarray(0, Math.min(sample.length, 16384)));
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

export function decodeText(b: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding).decode(b).replace(/^\ufeff/, '');
}
