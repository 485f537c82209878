// Small files built in memory for the readers' tests: a minimal PDF writer and crafted hostile archives.
import { Deflate, strToU8, zipSync } from 'fflate';

/** A one-font PDF whose pages have the given content streams (Helvetica as /F1). */
export function minimalPdf(pages: string[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((content, i) => {
    const id = pageIds[i]!;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

/** PDF text drawing operators placing each string at (x, y) in 10-point Helvetica. */
export function pdfText(items: [string, number, number][]): string {
  return items.map(([text, x, y]) => `BT /F1 10 Tf ${x} ${y} Td (${text}) Tj ET`).join('\n');
}

/** A .docx-looking archive whose word/document.xml inflates to `megabytes` MB of spaces. */
export function zipBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) deflate.push(block, i === megabytes - 1);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const compressed = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    compressed.set(c, o);
    o += c.length;
  }
  // Store the deflated bytes raw (level 0 entry would re-wrap them): build the zip records by hand.
  return rawZip([{ name: 'word/document.xml', method: 8, data: compressed, size: 1000 }]);
}

/** A ZIP archive from pre-compressed entries, with the declared uncompressed sizes given (they may lie). */
export function rawZip(
  entries: { name: string; method: number; data: Uint8Array; size: number; flags?: number; zip64Size?: number }[],
): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    // A ZIP64 entry: the 32-bit size says 0xFFFFFFFF and the real one is in the extended-information extra field.
    const extra = new Uint8Array(e.zip64Size === undefined ? 0 : 12);
    if (e.zip64Size !== undefined) {
      const xv = new DataView(extra.buffer);
      xv.setUint16(0, 0x0001, true);
      xv.setUint16(2, 8, true);
      xv.setBigUint64(4, BigInt(e.zip64Size), true);
    }
    const dir = new Uint8Array(46 + name.length + extra.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(8, e.flags ?? 0, true);
    dv.setUint16(10, e.method, true);
    dv.setUint32(20, e.data.length, true);
    dv.setUint32(24, e.zip64Size === undefined ? e.size : 0xffffffff, true);
    dv.setUint16(28, name.length, true);
    dv.setUint16(30, extra.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    dir.set(extra, 46 + name.length);
    parts.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** An OLE compound-file header (valid fields) followed by a directory naming the given streams. */
export function oleFile(streamNames: string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const v = new DataView(out.buffer);
  v.setUint16(24, 0x3e, true);
  v.setUint16(26, 3, true);
  v.setUint16(28, 0xfffe, true);
  v.setUint16(30, 9, true);
  v.setUint16(32, 6, true);
  let at = 1024;
  for (const name of streamNames) {
    for (let i = 0; i < name.length; i++) v.setUint16(at + i * 2, name.charCodeAt(i), true);
    at += 128;
  }
  return out;
}

/** A .docx-like zip with the given parts as text. */
export function zipOf(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}
