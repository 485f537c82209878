// Pictures of a form (.png, .jpg, .tif) are put on the page of a PDF of their own, so that one path —
// pdftoppm renders each page at the resolution OCR wants — serves scanned PDFs and images alike.
// A JPEG is embedded as it is (DCTDecode), a PNG decoded here (inflate, unfilter, to gray over white),
// a baseline TIFF's strips embedded with the filter they are written in. Also writes image-only PDFs of
// gray pages, which the tests and the accuracy script use as scans whose truth is known.
import { unzlibSync, zlibSync } from 'fflate';
import { ImportError } from '../../import-errors.ts';
import type { GrayImage } from './raster.ts';

/** One image placed over a whole page (or, for a TIFF strip, a band of it). */
interface Placed {
  /** The image XObject's dictionary entries (without /Length) and its stream bytes. */
  dict: string;
  data: Uint8Array;
  /** Where it is drawn, in points from the page's lower left. */
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Page {
  widthPt: number;
  heightPt: number;
  images: Placed[];
}

/** Largest picture read (pixels): a scanned A3 page at 600 dpi is 70 million; a form needs far fewer. */
export const MAX_IMAGE_PIXELS = 80_000_000;

const latin1 = (s: string) => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
};

/** A PDF whose pages are the given images and nothing else (no text layer). */
function writePdf(pages: Page[]): Uint8Array {
  const objects: Uint8Array[][] = [];
  const add = (parts: Uint8Array[]): number => {
    objects.push(parts);
    return objects.length;
  };
  const catalog = add([]);
  const tree = add([]);
  const kids: number[] = [];
  for (const page of pages) {
    const names: string[] = [];
    let content = '';
    page.images.forEach((img, k) => {
      const id = add([
        latin1(`<< /Type /XObject /Subtype /Image ${img.dict} /Length ${img.data.length} >>\nstream\n`),
        img.data,
        latin1('\nendstream'),
      ]);
      names.push(`/Im${k} ${id} 0 R`);
      content += `q ${img.w.toFixed(3)} 0 0 ${img.h.toFixed(3)} ${img.x.toFixed(3)} ${img.y.toFixed(3)} cm /Im${k} Do Q\n`;
    });
    const stream = add([latin1(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)]);
    kids.push(
      add([
        latin1(
          `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${page.widthPt.toFixed(3)} ${page.heightPt.toFixed(3)}] /Resources << /XObject << ${names.join(' ')} >> >> /Contents ${stream} 0 R >>`,
        ),
      ]),
    );
  }
  objects[catalog - 1] = [latin1(`<< /Type /Catalog /Pages ${tree} 0 R >>`)];
  objects[tree - 1] = [
    latin1(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`),
  ];
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(length);
    for (const part of [latin1(`${i + 1} 0 obj\n`), ...obj, latin1('\nendobj\n')]) {
      parts.push(part);
      length += part.length;
    }
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(latin1(xref));
  const out = new Uint8Array(length + xref.length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An image-only PDF of gray pages, each `dpi` pixels an inch (what a scanner writes). */
export function grayPagesPdf(images: readonly GrayImage[], dpi: number): Uint8Array {
  return writePdf(
    images.map((img) => {
      const w = (img.width * 72) / dpi;
      const h = (img.height * 72) / dpi;
      return {
        widthPt: w,
        heightPt: h,
        images: [
          {
            dict: `/Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
            data: zlibSync(img.pixels, { level: 6 }),
            x: 0,
            y: 0,
            w,
            h,
          },
        ],
      };
    }),
  );
}

export type ImageKind = 'png' | 'jpeg' | 'tiff';

/** The picture format of the bytes, from their signature; null for anything else. */
export function imageKind(b: Uint8Array): ImageKind | null {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a)
    return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (
    (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0x00) ||
    (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0x00 && b[3] === 0x2a)
  )
    return 'tiff';
  return null;
}

function badImage(what: string): ImportError {
  return new ImportError(
    'corrupt-file',
    `图片文件（${what}）已损坏或不完整，无法识别：请重新扫描或导出图片后再导入`,
  );
}

function tooLarge(width: number, height: number): ImportError {
  return new ImportError(
    'file-too-large',
    `图片过大（${width}×${height} 像素）：请以 300 dpi 左右扫描或缩小图片后再导入`,
  );
}

/**
 * Resolution of a picture without a usable one recorded: a photo or scan of a form shows a whole page, so
 * its longer side is taken as an A4 page's (11.7 in).
 */
export function assumedDpi(width: number, height: number): number {
  return Math.max(72, Math.min(600, Math.max(width, height) / 11.69));
}

/** A PDF showing the picture at its size on paper (recorded or assumed resolution), a page per image. */
export function imagePdf(data: Uint8Array): { pdf: Uint8Array; pages: number } {
  const kind = imageKind(data);
  if (kind === 'jpeg') return { pdf: writePdf([jpegPage(data)]), pages: 1 };
  if (kind === 'png') {
    const { image, dpi } = decodePng(data);
    return { pdf: grayPagesPdf([image], dpi ?? assumedDpi(image.width, image.height)), pages: 1 };
  }
  if (kind === 'tiff') {
    const pages = tiffPages(data);
    return { pdf: writePdf(pages), pages: pages.length };
  }
  throw new ImportError('binary-file', '无法识别的图片格式：请导入 .png、.jpg 或 .tif 图片');
}

// ——— JPEG ———

function jpegPage(data: Uint8Array): Page {
  let at = 2;
  let density: number | null = null;
  let adobe = false;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) throw badImage('JPEG');
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = (data[at + 2]! << 8) | data[at + 3]!;
    const body = at + 4;
    if (marker === 0xe0 && String.fromCharCode(...data.subarray(body, body + 4)) === 'JFIF') {
      const units = data[body + 7];
      const x = (data[body + 8]! << 8) | data[body + 9]!;
      if (units === 1 && x >= 100) density = x;
      if (units === 2 && x >= 40) density = x * 2.54;
    }
    if (marker === 0xee && String.fromCharCode(...data.subarray(body, body + 5)) === 'Adobe') adobe = true;
    // Start of frame (not DHT C4, JPG C8, DAC CC): precision, height, width, components.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (data[body + 1]! << 8) | data[body + 2]!;
      const width = (data[body + 3]! << 8) | data[body + 4]!;
      const components = data[body + 5]!;
      if (width === 0 || height === 0 || ![1, 3, 4].includes(components)) throw badImage('JPEG');
      if (width * height > MAX_IMAGE_PIXELS) throw tooLarge(width, height);
      const dpi = density ?? assumedDpi(width, height);
      const space = components === 1 ? '/DeviceGray' : components === 3 ? '/DeviceRGB' : '/DeviceCMYK';
      // Adobe's CMYK JPEGs store the inks inverted.
      const decode = components === 4 && adobe ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
      const w = (width * 72) / dpi;
      const h = (height * 72) / dpi;
      return {
        widthPt: w,
        heightPt: h,
        images: [
          {
            dict: `/Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode${decode}`,
            data,
            x: 0,
            y: 0,
            w,
            h,
          },
        ],
      };
    }
    at = body + length - 2;
  }
  throw badImage('JPEG');
}

// ——— PNG ———

/** A PNG as gray pixels over white, and its recorded resolution (pHYs) when it has one. */
export function decodePng(data: Uint8Array): { image: GrayImage; dpi: number | null } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let color = 0;
  let interlace = 0;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  let dpi: number | null = null;
  const idat: Uint8Array[] = [];
  while (at + 8 <= data.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    const body = data.subarray(at + 8, at + 8 + length);
    if (body.length < length) break; // cut short: read what arrived
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = body[8]!;
      color = body[9]!;
      interlace = body[12]!;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'pHYs' && body[8] === 1) {
      const perMetre = view.getUint32(at + 8);
      if (perMetre * 0.0254 >= 100) dpi = perMetre * 0.0254;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[color];
  if (!width || !height || !channels || ![1, 2, 4, 8, 16].includes(depth) || idat.length === 0)
    throw badImage('PNG');
  if (width * height > MAX_IMAGE_PIXELS) throw tooLarge(width, height);
  if (interlace !== 0)
    throw new ImportError(
      'corrupt-file',
      '这是隔行扫描（interlaced）的 PNG 图片，无法识别：请另存为普通 PNG 或 JPEG 后再导入',
    );
  const bits = channels * depth;
  const stride = Math.ceil((width * bits) / 8);
  const bpp = Math.max(1, bits >> 3);
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of idat) {
    joined.set(c, o);
    o += c.length;
  }
  let raw: Uint8Array;
  try {
    raw = unzlibSync(joined, { out: new Uint8Array(height * (stride + 1)) });
  } catch {
    throw badImage('PNG');
  }
  const pixels = new Uint8Array(width * height).fill(255);
  let prev = new Uint8Array(stride);
  let line = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    if (start + stride + 1 > raw.length) break; // truncated: the rest stays white
    const filter = raw[start]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[start + 1 + i]!;
      const a = i >= bpp ? line[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      let v = x;
      if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      line[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++)
      pixels[y * width + x] = grayOf(line, x, color, depth, channels, palette, transparency);
    [prev, line] = [line, prev];
  }
  return { image: { width, height, pixels }, dpi };
}

/** One pixel of an unfiltered PNG line as gray (ITU-R 601 luma), composited over white. */
function grayOf(
  line: Uint8Array,
  x: number,
  color: number,
  depth: number,
  channels: number,
  palette: Uint8Array | null,
  transparency: Uint8Array | null,
): number {
  const sample = (k: number): number => {
    if (depth === 8) return line[x * channels + k]!;
    if (depth === 16) return line[(x * channels + k) * 2]!;
    const perByte = 8 / depth;
    const byte = line[Math.floor(x / perByte)]!;
    const shift = 8 - depth * ((x % perByte) + 1);
    return (byte >> shift) & ((1 << depth) - 1);
  };
  const scale = depth < 8 ? 255 / ((1 << depth) - 1) : 1;
  let gray: number;
  let alpha = 255;
  if (color === 3) {
    const index = sample(0);
    const p = palette ?? new Uint8Array(0);
    gray =
      0.299 * (p[index * 3] ?? 255) + 0.587 * (p[index * 3 + 1] ?? 255) + 0.114 * (p[index * 3 + 2] ?? 255);
    if (transparency && index < transparency.length) alpha = transparency[index]!;
  } else if (color === 0 || color === 4) {
    gray = sample(0) * scale;
    if (color === 4) alpha = sample(1);
  } else {
    gray = 0.299 * sample(0) + 0.587 * sample(1) + 0.114 * sample(2);
    if (color === 6) alpha = sample(3);
  }
  return Math.round((gray * alpha + 255 * (255 - alpha)) / 255);
}

// ——— TIFF ———

/** TIFF compressions a PDF filter reads as they are: none, CCITT G3/G4, LZW, JPEG, Deflate, PackBits. */
const TIFF_FILTERS: Record<number, string> = {
  1: '',
  3: 'CCITTFaxDecode',
  4: 'CCITTFaxDecode',
  5: 'LZWDecode',
  7: 'DCTDecode',
  8: 'FlateDecode',
  32946: 'FlateDecode',
  32773: 'RunLengthDecode',
};

/** The pages of a baseline TIFF (one per image file directory), each strip an image of its band. */
function tiffPages(data: Uint8Array): Page[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const little = data[0] === 0x49;
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  const pages: Page[] = [];
  let ifd = u32(4);
  const seen = new Set<number>();
  try {
    while (ifd > 0 && ifd + 2 <= data.length && !seen.has(ifd) && pages.length < 1000) {
      seen.add(ifd);
      const count = u16(ifd);
      const tags = new Map<number, number[]>();
      for (let k = 0; k < count; k++) {
        const e = ifd + 2 + k * 12;
        const tag = u16(e);
        const type = u16(e + 2);
        const n = u32(e + 4);
        const size = type === 3 ? 2 : type === 4 ? 4 : type === 5 ? 8 : 1;
        const where = n * size <= 4 ? e + 8 : u32(e + 8);
        const values: number[] = [];
        for (let i = 0; i < Math.min(n, 100_000); i++) {
          if (type === 3) values.push(u16(where + i * 2));
          else if (type === 4) values.push(u32(where + i * 4));
          else if (type === 5) values.push(u32(where + i * 8) / (u32(where + i * 8 + 4) || 1));
          else values.push(data[where + i]!);
        }
        tags.set(tag, values);
      }
      pages.push(tiffPage(data, tags));
      ifd = u32(ifd + 2 + count * 12);
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (pages.length === 0) throw badImage('TIFF');
  }
  if (pages.length === 0) throw badImage('TIFF');
  return pages;
}

function tiffPage(data: Uint8Array, tags: Map<number, number[]>): Page {
  const one = (tag: number, fallback: number) => tags.get(tag)?.[0] ?? fallback;
  const width = one(256, 0);
  const height = one(257, 0);
  const compression = one(259, 1);
  const photometric = one(262, 1);
  const samples = one(277, 1);
  const bits = one(258, 1);
  const rowsPerStrip = Math.min(one(278, height), height);
  const offsets = tags.get(273) ?? [];
  const counts = tags.get(279) ?? [];
  const predictor = one(317, 1);
  if (!width || !height || offsets.length === 0 || tags.has(322)) {
    // Tiled TIFFs (tag 322) are rare for scans; say so rather than guess.
    throw new ImportError(
      'corrupt-file',
      '这个 TIFF 图片的存储方式（分块或缺少图像数据）无法识别：请另存为 PNG 或 JPEG 后再导入',
    );
  }
  if (width * height > MAX_IMAGE_PIXELS) throw tooLarge(width, height);
  const filter = TIFF_FILTERS[compression];
  if (filter === undefined || (compression === 3 && one(292, 0) & 1) || ![1, 3, 4].includes(samples))
    throw new ImportError(
      'corrupt-file',
      `这个 TIFF 图片的压缩方式（${compression}）无法识别：请另存为 PNG 或 JPEG 后再导入`,
    );
  const xres = one(282, 0);
  const unit = one(296, 2);
  const recorded = unit === 3 ? xres * 2.54 : unit === 2 ? xres : 0;
  const dpi = recorded >= 100 ? recorded : assumedDpi(width, height);
  const w = (width * 72) / dpi;
  const pageH = (height * 72) / dpi;
  const space = samples === 1 ? '/DeviceGray' : samples === 3 ? '/DeviceRGB' : '/DeviceCMYK';
  const images: Placed[] = [];
  offsets.forEach((offset, k) => {
    const rows = Math.min(rowsPerStrip, height - k * rowsPerStrip);
    if (rows <= 0) return;
    const bytes = data.subarray(offset, offset + (counts[k] ?? 0));
    let parms = '';
    let decode = '';
    if (compression === 3 || compression === 4)
      parms = ` /DecodeParms << /K ${compression === 4 ? -1 : 0} /Columns ${width} /Rows ${rows} /BlackIs1 ${photometric === 1 ? 'false' : 'true'} >>`;
    else if ((compression === 5 || compression === 8 || compression === 32946) && predictor === 2)
      throw new ImportError(
        'corrupt-file',
        '这个 TIFF 图片使用了水平差分预测压缩，无法识别：请另存为 PNG 或 JPEG 后再导入',
      );
    else if (compression === 5) parms = ' /DecodeParms << /EarlyChange 1 >>';
    // WhiteIsZero (photometric 0): 0 is white, the opposite of DeviceGray.
    if (samples === 1 && photometric === 0 && compression !== 3 && compression !== 4)
      decode = ' /Decode [1 0]';
    const h = (rows * 72) / dpi;
    images.push({
      dict: `/Width ${width} /Height ${rows} /ColorSpace ${space} /BitsPerComponent ${compression === 3 || compression === 4 ? 1 : bits}${filter ? ` /Filter /${filter}` : ''}${parms}${decode}`,
      data: bytes,
      x: 0,
      y: pageH - (k * rowsPerStrip * 72) / dpi - h,
      w,
      h,
    });
  });
  return { widthPt: w, heightPt: pageH, images };
}
