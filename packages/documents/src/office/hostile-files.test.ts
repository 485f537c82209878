// Hostile and broken files, crafted in the test: each is refused quickly with the right ImportError code.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { ImportError, type ImportErrorCode } from '../import-errors.ts';
import { readRows } from '../import-document.ts';
import { readDocxRows } from './read-docx.ts';
import { readXlsxRows } from './read-xlsx.ts';
import { readPdfRows } from './read-pdf.ts';
import { readLegacyOfficeRows } from './read-legacy.ts';
import { minimalPdf, oleFile, pdfText, rawZip, zipBomb, zipOf } from './test-files.ts';
import { strToU8, zipSync } from 'fflate';
import { SafeZip, listZipEntries } from './safe-zip.ts';

async function codeOf(work: Promise<unknown>): Promise<ImportErrorCode | 'no error'> {
  try {
    await work;
    return 'no error';
  } catch (e) {
    if (e instanceof ImportError) {
      expect(e.message).toMatch(/[\u4e00-\u9fff]/); // a Chinese reason for people
      return e.code;
    }
    throw e;
  }
}

/** Runs a refusal and checks it is quick. */
async function refused(work: () => Promise<unknown>, limitMs = 5000): Promise<ImportErrorCode | 'no error'> {
  const start = performance.now();
  const code = await codeOf(work());
  expect(performance.now() - start).toBeLessThan(limitMs);
  return code;
}

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;

async function realDocx(): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('项目名称')] }] })),
  );
}

async function realXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表').getCell('A1').value = '项目名称';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('hostile and broken files', () => {
  it('a ZIP64 entry is refused with the size it really declares, not 4096 MB', () => {
    const data = strToU8('<w:document/>');
    const zip = rawZip([{ name: 'word/document.xml', method: 0, data, size: data.length, zip64Size: 6 * 1024 ** 3 }]);
    let message = '';
    try {
      new SafeZip(zip);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).code).toBe('archive-too-large');
      message = (e as Error).message;
    }
    expect(message).toContain('声明解压大小 6144 MB');
    expect(listZipEntries(zip)[0]!.declaredSize).toBe(6 * 1024 ** 3);
  });

  it('zip bomb: a document.xml that inflates past the limit (declared size lies) → archive-too-large', async () => {
    const bomb = zipBomb(150);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refused(() => readDocxRows(bomb))).toBe('archive-too-large');
    expect(await refused(() => readRows(bomb, 'bomb.docx'))).toBe('archive-too-large');
  });

  it('zip bomb with honest sizes → archive-too-large before inflating', async () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({
      name: `xl/part${i}.xml`,
      method: 8,
      data: new Uint8Array(10),
      size: 60 * 1024 * 1024,
    }));
    expect(
      await refused(() =>
        readXlsxRows(
          rawZip([{ name: 'xl/workbook.xml', method: 0, data: strToU8('<x/>'), size: 4 }, ...entries]),
        ),
      ),
    ).toBe('archive-too-large');
  });

  it('XML with <!DOCTYPE> and entities (billion laughs, external entity) → unsafe-xml', async () => {
    for (const xml of [BILLION_LAUGHS, EXTERNAL_ENTITY]) {
      expect(await refused(() => readDocxRows(zipOf({ 'word/document.xml': xml })))).toBe('unsafe-xml');
    }
  });

  it('an xlsx whose sheet declares a DTD → unsafe-xml', async () => {
    const files = (await import('fflate')).unzipSync(await realXlsx());
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
    files['xl/worksheets/sheet1.xml'] = strToU8(
      sheet.replace(/^<\?xml[^>]*\?>/, (d) => `${d}<!DOCTYPE x [<!ENTITY a "b">]>`),
    );
    expect(await refused(() => readXlsxRows(zipSync(files)))).toBe('unsafe-xml');
  });

  it('encrypted OOXML (an OLE file with EncryptionInfo) → encrypted-file', async () => {
    const ole = oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
    expect(await refused(() => readLegacyOfficeRows(ole, '申报表.docx'))).toBe('encrypted-file');
    expect(await refused(() => readRows(ole, '申报表.docx'))).toBe('encrypted-file');
  });

  it('garbage after an OLE signature → corrupt-file', async () => {
    const garbage = new Uint8Array(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 251;
    garbage.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refused(() => readRows(garbage, 'x.doc'))).toBe('corrupt-file');
  });

  it('a .doc when LibreOffice is not on PATH → legacy-office-format saying how to convert', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const doc = oleFile(['Root Entry', 'WordDocument']);
      expect(await refused(() => readLegacyOfficeRows(doc, '申报表.doc'))).toBe('legacy-office-format');
      await readLegacyOfficeRows(doc, '申报表.doc').catch((e: ImportError) =>
        expect(e.message).toContain('另存为'),
      );
    } finally {
      process.env.PATH = path;
    }
  });

  it('a zip entry flagged as encrypted → encrypted-file', async () => {
    const zip = rawZip([
      { name: 'word/document.xml', method: 8, data: new Uint8Array(20), size: 100, flags: 1 },
    ]);
    expect(await refused(() => readDocxRows(zip))).toBe('encrypted-file');
  });

  it('truncated .docx and .xlsx → corrupt-archive', async () => {
    const docx = await realDocx();
    const xlsx = await realXlsx();
    expect(await refused(() => readDocxRows(docx.subarray(0, Math.floor(docx.length / 2))))).toBe(
      'corrupt-archive',
    );
    expect(await refused(() => readXlsxRows(xlsx.subarray(0, xlsx.length - 30)))).toBe('corrupt-archive');
    expect(await refused(() => readRows(docx.subarray(0, 2000), 'a.docx'))).toBe('corrupt-archive');
  });

  it('a zip with word/ parts but no word/document.xml → corrupt-archive', async () => {
    expect(await refused(() => readDocxRows(zipOf({ 'word/styles.xml': '<w:styles/>' })))).toBe(
      'corrupt-archive',
    );
  });

  it('a PDF without a text layer → pdf-no-text; a broken PDF → pdf-unreadable', async () => {
    const scan = minimalPdf(['0 0 0 rg 100 100 200 200 re f']);
    expect(await refused(() => readPdfRows(scan))).toBe('pdf-no-text');
    expect(await refused(() => readRows(scan, 'scan.pdf'))).toBe('pdf-no-text');
    expect(await refused(() => readPdfRows(strToU8('%PDF-1.4\n garbage garbage')))).toBe('pdf-unreadable');
  });

  it('a wrong extension does not matter: the bytes decide', async () => {
    const read = await readRows(await realXlsx(), '申报表.pdf');
    expect(read.format).toBe('xlsx');
    expect(read.rows[0]!.cells).toEqual(['项目名称']);
    const pdf = await readRows(minimalPdf([pdfText([['Hello', 72, 700]])]), 'form.docx');
    expect(pdf.format).toBe('pdf');
  });

  it('a 0-byte file → empty-file', async () => {
    expect(await refused(() => readRows(new Uint8Array(0), 'empty.docx'))).toBe('empty-file');
  });

  it('random bytes → binary-file; a plain zip → unknown-format', async () => {
    const noise = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256);
    expect(await refused(() => readRows(noise, 'x.xlsx'))).toBe('binary-file');
    expect(await refused(() => readRows(zipOf({ 'a.txt': 'x' }), 'x.docx'))).toBe('unknown-format');
  });
});
