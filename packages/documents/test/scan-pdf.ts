// Image-only PDFs of gray pages (what a scanner writes: no text layer), for the tests and
// scripts/ocr-accuracy.ts, which read scans whose truth is known. Each page is a lossless gray PNG (sharp)
// placed over a page of its size at the scan's resolution by PDFKit.
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { GrayImage } from '../src/office/ocr/raster.ts';

/** An image-only PDF of gray pages, each `dpi` pixels an inch. */
export async function grayPagesPdf(images: readonly GrayImage[], dpi: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const img of images) {
    const png = await sharp(Buffer.from(img.pixels), {
      raw: { width: img.width, height: img.height, channels: 1 },
    })
      .toColourspace('b-w')
      .png({ compressionLevel: 6 })
      .toBuffer();
    const w = (img.width * 72) / dpi;
    const h = (img.height * 72) / dpi;
    doc.addPage({ size: [w, h], margin: 0 });
    doc.image(png, 0, 0, { width: w, height: h });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
