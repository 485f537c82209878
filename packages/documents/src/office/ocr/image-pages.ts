// Pictures of a form (.png, .jpg, .tif) → gray pages at the resolution OCR reads, by sharp (libvips: its
// PNG, JPEG and TIFF readers, colour management and resampling), so that no PDF is made of a picture: each
// page is scaled from its recorded resolution (or, without a usable one, a whole A4 page's) to OCR's,
// turned upright by its EXIF orientation, composited over white and turned gray. A multi-page TIFF gives a
// page each. The work runs on libuv's thread pool, never on the event loop.
import { ImportError } from '../../import-errors.ts';
import type { GrayImage } from './raster.ts';

/** Largest picture read (pixels): a scanned A3 page at 600 dpi is 70 million; a form needs far fewer. */
export const MAX_IMAGE_PIXELS = 80_000_000;

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

const NAMES: Record<ImageKind, string> = { png: 'PNG', jpeg: 'JPEG', tiff: 'TIFF' };

function badImage(kind: ImageKind): ImportError {
  return new ImportError(
    'corrupt-file',
    `图片文件（${NAMES[kind]}）已损坏或不完整，无法识别：请重新扫描或导出图片后再导入`,
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

/**
 * The resolution a picture is read at: the recorded one when it is a scanner's (100 dpi or more; a
 * recorded 72 or 96 is a program's default, not the paper's), otherwise the assumed one.
 */
export function pictureDpi(recorded: number | undefined, width: number, height: number): number {
  return recorded !== undefined && recorded >= 100 ? recorded : assumedDpi(width, height);
}

export interface PictureReader {
  /** Pages in the picture (a TIFF's directories; 1 for PNG and JPEG). */
  pages: number;
  /** Page `k` (0-based) as gray pixels at `dpi`. */
  page(k: number, dpi: number): Promise<GrayImage>;
}

/** Opens a picture of a form: its kind, size and pages checked before any page is decoded. */
export async function openPicture(data: Uint8Array): Promise<PictureReader> {
  const kind = imageKind(data);
  if (!kind) throw new ImportError('binary-file', '无法识别的图片格式：请导入 .png、.jpg 或 .tif 图片');
  // Loaded when a picture comes (its native library is not needed to read anything else); decoded pages
  // are not cached: each is read once.
  const { default: sharp } = await import('sharp');
  sharp.cache(false);
  const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // A picture cut short is read as far as it goes (the rest white), as a viewer shows it.
  const options = { failOn: 'none', limitInputPixels: false } as const;
  let pages: number;
  try {
    const meta = await sharp(input, options).metadata();
    if (!meta.width || !meta.height) throw badImage(kind);
    if (meta.width * meta.height > MAX_IMAGE_PIXELS) throw tooLarge(meta.width, meta.height);
    pages = Math.max(1, meta.pages ?? 1);
  } catch (e) {
    throw e instanceof ImportError ? e : badImage(kind);
  }
  return {
    pages,
    async page(k, dpi) {
      try {
        const one = sharp(input, { ...options, page: k });
        const meta = await one.metadata();
        const { width = 0, height = 0 } = meta;
        if (!width || !height) throw badImage(kind);
        if (width * height > MAX_IMAGE_PIXELS) throw tooLarge(width, height);
        // EXIF orientations 5–8 turn the picture a quarter: its width and height trade places.
        const turned = (meta.orientation ?? 1) >= 5;
        const [w, h] = turned ? [height, width] : [width, height];
        const scale = dpi / pictureDpi(meta.density, w, h);
        const { data: pixels, info } = await one
          .rotate()
          .flatten({ background: '#ffffff' })
          .resize(Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale)), { fit: 'fill' })
          .toColourspace('b-w')
          .extractChannel(0)
          .raw()
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, pixels: new Uint8Array(pixels) };
      } catch (e) {
        throw e instanceof ImportError ? e : badImage(kind);
      }
    },
  };
}
