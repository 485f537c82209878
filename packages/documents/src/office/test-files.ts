// Small files built in memory for the readers' tests: a minimal PDF writer and crafted hostile archives.
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

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

/** PDF drawing operators for a table border across the page at `y`, from `x0` to `x1` (a thin filled box). */
export const hRule = (y: number, x0: number, x1: number) => `${x0} ${y - 0.4} ${x1 - x0} 0.8 re f`;
/** PDF drawing operators for a table border down the page at `x`, from `y0` up to `y1`. */
export const vRule = (x: number, y0: number, y1: number) => `${x - 0.4} ${y0} 0.8 ${y1 - y0} re f`;

/** The borders of a ruled table: a border across at each of `ys` (top first), one down at each of `xs`. */
export function pdfGrid(ys: number[], xs: number[]): string {
  const top = ys[0]!;
  const bottom = ys[ys.length - 1]!;
  const left = xs[0]!;
  const right = xs[xs.length - 1]!;
  return [...ys.map((y) => hRule(y, left, right)), ...xs.map((x) => vRule(x, bottom, top))].join('\n');
}

/** A .docx-looking archive whose word/document.xml inflates to `megabytes` MB of spaces. */
export function zipBomb(megabytes: number): Uint8Array {
  const compressed = repeatDeflate(new Uint8Array(1024 * 1024).fill(0x20), megabytes, undefined, 9);
  // Store the deflated bytes raw (level 0 entry would re-wrap them): build the zip records by hand.
  return rawZip([{ name: 'word/document.xml', method: 8, data: compressed, size: 1000 }]);
}

/**
 * A raw deflate stream inflating to `times` copies of `block`, built in milliseconds: the block is
 * compressed once ending on a byte boundary (sync flush), so its copies can simply be laid end to end.
 */
export function repeatDeflate(
  block: Uint8Array,
  times: number,
  prefix = new Uint8Array(0),
  level = 1,
): Uint8Array {
  const head = deflateRawSync(prefix, { finishFlush: constants.Z_SYNC_FLUSH });
  const segment = deflateRawSync(block, { level, finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(new Uint8Array(0)); // an empty final block
  const out = new Uint8Array(head.length + segment.length * times + end.length);
  out.set(head, 0);
  for (let i = 0; i < times; i++) out.set(segment, head.length + i * segment.length);
  out.set(end, head.length + segment.length * times);
  return out;
}

/** A ZIP archive from pre-compressed entries, with the declared uncompressed sizes given (they may lie). */
export function rawZip(
  entries: {
    name: string;
    method: number;
    data: Uint8Array;
    size: number;
    flags?: number;
    zip64Size?: number;
  }[],
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

const WORD_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const WORD_HEAD = `<?xml version="1.0" encoding="UTF-8"?><w:document ${WORD_NS}><w:body>`;

/**
 * A .docx of about `megabytes` MB made of tiny paragraphs of random characters (so that they do not
 * compress to nothing; the declared sizes are honest): the paragraph flood of issue 13 (3 MB held ~538 000
 * paragraphs, 14 MB did not finish in 120 s).
 */
export function paragraphFlood(megabytes: number): Uint8Array {
  const chars = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸年月日时项目指标预算绩效数量质量成本效益满意度';
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8;
  let xml = '';
  while (xml.length < 256 * 1024) {
    let text = '';
    for (let i = 0; i < 4; i++) text += chars[random() % chars.length]!;
    xml += `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  }
  const block = strToU8(xml);
  const head = strToU8(WORD_HEAD);
  const segment = deflateRawSync(block, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
  const times = Math.max(1, Math.round((megabytes * 1024 * 1024) / segment));
  const tail = strToU8('</w:body></w:document>');
  const body = repeatDeflate(block, times, head);
  // The closing tags are left out of the stream: the reader refuses long before it would need them.
  return rawZip([
    {
      name: 'word/document.xml',
      method: 8,
      data: body,
      size: head.length + block.length * times + tail.length,
    },
  ]);
}

/** A .docx whose body nests `depth` content controls (w:sdt/w:sdtContent) around one paragraph. */
export function deepNesting(depth: number): Uint8Array {
  const xml = `${WORD_HEAD}${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>项目名称</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`;
  return zipOf({ 'word/document.xml': xml });
}

/** A minimal .docx whose body is the given WordprocessingML. */
export function handDocx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(xml),
  });
}

/** A minimal .xlsx (workbook, one sheet) whose sheet XML is given; exceljs-readable when the XML is sane. */
export function handXlsx(sheetData: string, prolog = ''): Uint8Array {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?>${prolog}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
  });
}

/** Sheet rows holding `cells` inline-string cells, ten to a row. */
export function cellFlood(cells: number): string {
  const rows: string[] = [];
  for (let r = 1; r * 10 <= cells + 9; r++) {
    const line: string[] = [];
    for (let c = 0; c < 10 && (r - 1) * 10 + c < cells; c++)
      line.push(`<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${r}</t></is></c>`);
    rows.push(`<row r="${r}">${line.join('')}</row>`);
  }
  return rows.join('');
}

/**
 * An OFD page's text object: `text` at (x, y) mm (its baseline's start), `size` mm; its glyphs `advance` mm apart
 * (DeltaX in the 'g N D' shorthand), or by their own widths (Han characters an em, others half) when not given.
 */
export function ofdText(text: string, x: number, y: number, size = 3.5, advance?: number): string {
  const chars = [...text];
  const widths = chars.map((ch) => advance ?? (/[\u3000-\u9fff\uff01-\uff60]/.test(ch) ? size : size / 2));
  const deltaX =
    chars.length < 2
      ? ''
      : advance !== undefined
        ? `g ${chars.length - 1} ${advance}`
        : widths.slice(0, -1).join(' ');
  const width = widths.reduce((a, b) => a + b, 0);
  return `<ofd:TextObject ID="0" Boundary="${x} ${y - size} ${width} ${size * 1.3}" Size="${size}" Font="1"><ofd:TextCode X="0" Y="${size}"${deltaX ? ` DeltaX="${deltaX}"` : ''}>${text}</ofd:TextCode></ofd:TextObject>`;
}

/** An OFD page's stroked line from (x0, y0) to (x1, y1), mm. */
export function ofdLine(x0: number, y0: number, x1: number, y1: number): string {
  const left = Math.min(x0, x1);
  const top = Math.min(y0, y1);
  return `<ofd:PathObject ID="0" Boundary="${left} ${top} ${Math.abs(x1 - x0) + 0.5} ${Math.abs(y1 - y0) + 0.5}" LineWidth="0.25"><ofd:AbbreviatedData>M ${x0 - left} ${y0 - top} L ${x1 - left} ${y1 - top}</ofd:AbbreviatedData></ofd:PathObject>`;
}

const OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

export interface OfdOptions {
  /** Template pages by ID (their content, as a page's); each page is drawn over the ones `pageTemplates` names. */
  templates?: Record<string, string>;
  pageTemplates?: string[][];
  /** Parts to leave out of the package, or to add or replace (by name). */
  omit?: string[];
  parts?: Record<string, string>;
  /** OFD.xml written last instead of first (writers differ). */
  entryLast?: boolean;
}

/**
 * A small OFD package (GB/T 33190): OFD.xml → Doc_0/Document.xml → Doc_0/Pages/Page_N/Content.xml, each page's
 * objects (ofdText, ofdLine …) in one Body layer on an A4 page.
 */
export function ofdPackage(pages: string[], options: OfdOptions = {}): Uint8Array {
  const templates = Object.entries(options.templates ?? {});
  const parts: Record<string, string> = {
    'OFD.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${OFD_NS} DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    'Doc_0/Document.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${OFD_NS}><ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${templates.map(([id]) => `<ofd:TemplatePage ID="${id}" BaseLoc="Tpls/Tpl_${id}/Content.xml"/>`).join('')}</ofd:CommonData><ofd:Pages>${pages.map((_, i) => `<ofd:Page ID="${i + 10}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`,
    'Doc_0/PublicRes.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${OFD_NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`,
  };
  const page = (body: string, uses: string[] = []) =>
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${OFD_NS}>${uses.map((id) => `<ofd:Template TemplateID="${id}" ZOrder="Background"/>`).join('')}<ofd:Content><ofd:Layer ID="2" Type="Body">${body}</ofd:Layer></ofd:Content></ofd:Page>`;
  for (const [id, body] of templates) parts[`Doc_0/Tpls/Tpl_${id}/Content.xml`] = page(body);
  pages.forEach(
    (body, i) => (parts[`Doc_0/Pages/Page_${i}/Content.xml`] = page(body, options.pageTemplates?.[i])),
  );
  Object.assign(parts, options.parts ?? {});
  for (const name of options.omit ?? []) delete parts[name];
  const names = Object.keys(parts);
  const order = options.entryLast ? [...names.filter((n) => n !== 'OFD.xml'), 'OFD.xml'] : names;
  return zipSync(Object.fromEntries(order.filter((n) => n in parts).map((n) => [n, strToU8(parts[n]!)])));
}
