// Hostile and broken files, crafted in the test: each is refused quickly with the right ImportError code.
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportErrorCode } from '../import-errors.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { importBuffer, readRows } from '../import-document.ts';
import { readDocxRows } from './read-docx.ts';
import { MAX_XLSX_CELLS, readXlsxRows } from './read-xlsx.ts';
import { readPdfRows } from './read-pdf.ts';
import { ocrAvailable } from './ocr/tesseract.ts';
import { readLegacyOfficeRows } from './read-legacy.ts';
import {
  cellFlood,
  deepNesting,
  handDocx,
  handXlsx,
  minimalPdf,
  oleFile,
  paragraphFlood,
  pdfText,
  rawZip,
  zipBomb,
  zipOf,
} from './test-files.ts';
import { hostileCorpus, realDocx, realXlsx } from './hostile-corpus.ts';
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

/**
 * Runs a refusal and returns its code. How quickly a refusal comes is not asserted here: a wall-clock limit failed on
 * a busy machine (5.2 s against 5 s at load 30) while the reader was right; a reader that hangs still fails on the
 * suite's test timeout, and the bench measures the speed.
 */
async function refused(work: () => Promise<unknown>): Promise<ImportErrorCode | 'no error'> {
  return codeOf(work());
}

describe('hostile and broken files', () => {
  it('a ZIP64 entry is refused with the size it really declares, not 4096 MB', () => {
    const data = strToU8('<w:document/>');
    const zip = rawZip([
      { name: 'word/document.xml', method: 0, data, size: data.length, zip64Size: 6 * 1024 ** 3 },
    ]);
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

  it('a PDF without a text layer goes to OCR (nothing to read there: ocr-no-text, or ocr-unavailable without tesseract); a broken PDF → pdf-unreadable', async () => {
    const scan = minimalPdf(['0 0 0 rg 100 100 200 200 re f']);
    const expected = (await ocrAvailable()) ? 'ocr-no-text' : 'ocr-unavailable';
    expect(await refused(() => readPdfRows(scan))).toBe(expected);
    expect(await refused(() => readRows(scan, 'scan.pdf'))).toBe(expected);
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

describe('the hostile corpus', () => {
  it('every file is refused by readRows and importBuffer with its code and a Chinese reason, never internals', async () => {
    for (const file of await hostileCorpus()) {
      expect.soft(await refused(() => readRows(file.data, file.fileName)), file.name).toBe(file.code);
      const outcome = await importBuffer(file.data, file.fileName);
      expect.soft(outcome.ok ? 'no error' : outcome.error.code, file.name).toBe(file.code);
      if (!outcome.ok) {
        expect.soft(outcome.error.message, file.name).toMatch(/[\u4e00-\u9fff]/);
        expect
          .soft(outcome.error.message, file.name)
          .not.toMatch(
            /Maximum call stack|Cannot read|undefined|is not a function|\bat \S+ \(|Error:|TypeError|RangeError/,
          );
      }
    }
  });
});

describe('document budgets (no recursion, bounded rows and elements)', () => {
  const paragraphs = (n: number) =>
    handDocx(Array.from({ length: n }, (_, i) => `<w:p><w:r><w:t>第${i + 1}段</w:t></w:r></w:p>`).join(''));

  it('rows: as many as the budget are read; one more is document-too-complex', async () => {
    expect((await readDocxRows(paragraphs(5), { maxRows: 5 })).map((r) => r.cells[0])).toEqual([
      '第1段',
      '第2段',
      '第3段',
      '第4段',
      '第5段',
    ]);
    expect(await codeOf(readDocxRows(paragraphs(6), { maxRows: 5 }))).toBe('document-too-complex');
  });

  it('elements: a flood of empty paragraphs (no rows at all) is stopped by the element count', async () => {
    const empty = handDocx('<w:p/>'.repeat(1000));
    expect(await readDocxRows(empty, { maxElements: 1100 })).toEqual([]);
    expect(await codeOf(readDocxRows(empty, { maxElements: 900 }))).toBe('document-too-complex');
  });

  it('depth: nesting within the limit is read; beyond it is refused, never a stack overflow', async () => {
    expect((await readDocxRows(deepNesting(100))).map((r) => r.cells)).toEqual([['项目名称']]);
    for (const depth of [300, 100_000]) {
      const e = await readDocxRows(deepNesting(depth)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).code).toBe('document-too-complex');
      expect((e as ImportError).message).toContain('256 层');
    }
  });

  it('xlsx: cells up to the budget are read by exceljs; past it the pre-walk refuses', async () => {
    const rows = await readXlsxRows(handXlsx(cellFlood(25)));
    expect(rows.map((r) => r.cells)).toEqual([
      ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
      ['2', '2', '2', '2', '2', '2', '2', '2', '2', '2'],
      ['3', '3', '3', '3', '3', '', '', '', '', ''],
    ]);
    expect(await codeOf(readXlsxRows(handXlsx(cellFlood(MAX_XLSX_CELLS + 1))))).toBe('document-too-complex');
  });

  it('text longer than one inflated chunk keeps every character (UTF-8 split across chunks)', async () => {
    const long = '绩效目标'.repeat(100_000);
    const rows = await readDocxRows(handDocx(`<w:p><w:r><w:t>${long}</w:t></w:r></w:p>`));
    expect(rows[0]!.cells[0]).toBe(long);
  });

  it('memory: the 14 MB paragraph flood leaves the heap as it found it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const flood = paragraphFlood(14);
    gc();
    const before = process.memoryUsage().heapUsed;
    expect(await codeOf(readDocxRows(flood))).toBe('document-too-complex');
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('the quirks of real files, made hostile', () => {
  const xml = (s: string) => strToU8(s);

  it('text boxes nested in text boxes past the depth limit are refused, never a stack overflow', async () => {
    const open = '<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>';
    const close = '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>';
    const ok = handDocx(`${open.repeat(20)}<w:p><w:r><w:t>项目名称</w:t></w:r></w:p>${close.repeat(20)}`);
    expect((await readDocxRows(ok)).map((r) => r.cells)).toEqual([['项目名称']]);
    const deep = handDocx(`${open.repeat(5000)}<w:p/>${close.repeat(5000)}`);
    expect(await codeOf(readDocxRows(deep))).toBe('document-too-complex');
  });

  it('an altChunk part past the web page bounds is refused with the page’s reason; the same part named again is not read again', async () => {
    const docx = (body: string, chunk: string) =>
      zipSync({
        'word/document.xml': xml(
          `<?xml version="1.0"?><w:document xmlns:w="w" xmlns:r="r"><w:body>${body}</w:body></w:document>`,
        ),
        'word/_rels/document.xml.rels': xml(
          '<Relationships><Relationship Id="c" Type="aFChunk" Target="a.htm"/></Relationships>',
        ),
        'word/a.htm': xml(chunk),
      });
    const flood = `<html><body>${'<b></b>'.repeat(500_001)}</body></html>`;
    // refused by the archive's inflation ratio, or else by the page's element count
    expect(['archive-too-large', 'html-too-complex']).toContain(
      await codeOf(readDocxRows(docx('<w:altChunk r:id="c"/>', flood))),
    );
    const page = '<html><body><table><tr><td>项目名称</td><td>甲</td></tr></table></body></html>';
    const rows = await readDocxRows(docx('<w:altChunk r:id="c"/>'.repeat(10_000), page));
    expect(rows.map((r) => r.cells)).toEqual([['项目名称', '甲']]);
  });

  it('a chain of formulas without results and deep parentheses: bounded, never a stack overflow, the rest read', async () => {
    const n = 5_000;
    const chain = Array.from(
      { length: n },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>${i + 1 < n ? `A${i + 2}+1` : '0+1'}</f></c></row>`,
    ).join('');
    const rows = await readXlsxRows(handXlsx(chain));
    expect(rows.length).toBeLessThan(100); // the chain's head is too deep to follow; its tail is computed
    expect(rows.map((r) => r.cells[0]).slice(-3)).toEqual(['3', '2', '1']);
    const parens = `<row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>${'('.repeat(900)}1${')'.repeat(900)}</f></c></row>`;
    expect((await readXlsxRows(handXlsx(parens))).map((r) => r.cells)).toEqual([['5']]);
  });

  it('an Excel .mht whose frameset names one page thousands of times reads it once', async () => {
    const sheets =
      '<x:ExcelWorksheet><x:Name>表</x:Name><x:WorksheetSource HRef="s.htm"/></x:ExcelWorksheet>'.repeat(
        5000,
      );
    const part = (location: string, html: string) =>
      `--b\r\nContent-Location: file:///C:/D/${location}\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n${html}\r\n`;
    const data = xml(
      `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n` +
        part(
          'book.htm',
          `<html><head><xml>${sheets}</xml></head><frameset><frame src="s.htm"></frameset></html>`,
        ) +
        part('s.htm', '<table><tr><td>项目名称</td><td>甲</td></tr></table>') +
        '--b--\r\n',
    );
    expect((await readRows(data, 'book.mht')).rows.map((r) => r.cells)).toEqual([['项目名称', '甲']]);
  });

  it('a Word page whose conditional comment never closes is a clear refusal, not a crash', async () => {
    const page = `<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><!--[if gte mso 9]><xml><w:WordDocument></head><body><table><tr><td>项目名称</td></tr></table></body></html>`;
    const outcome = await importBuffer(strToU8(page), '表.htm');
    expect(outcome).toMatchObject({ ok: false });
    expect((outcome as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
