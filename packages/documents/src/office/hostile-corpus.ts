// The hostile-file corpus, built at test time: every kind of malicious or broken upload the readers must
// refuse with a reason (zip bombs, paragraph floods, deep nesting, entities, encryption, truncation, cyclic
// PDFs). The documents tests run it through the readers; the server tests send it through every upload route.
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ImportErrorCode } from '../import-errors.ts';
import { MAX_XLSX_CELLS } from './read-xlsx.ts';
import {
  cellFlood,
  deepNesting,
  handXlsx,
  minimalPdf,
  ofdPackage,
  ofdText,
  oleFile,
  paragraphFlood,
  pdfText,
  rawZip,
  repeatDeflate,
  zipBomb,
  zipOf,
} from './test-files.ts';

export interface HostileFile {
  /** What the file is, for test names. */
  name: string;
  /** The name it is uploaded under (the bytes decide the format, not this). */
  fileName: string;
  data: Uint8Array;
  /** The reason it must be refused with. */
  code: ImportErrorCode;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document ${W}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
const EXTERNAL_ENTITY = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;

export async function realDocx(): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('项目名称')] }] })),
  );
}

export async function realXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表').getCell('A1').value = '项目名称';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A one-page PDF whose trailer asks for a password nobody gave. */
function encryptedPdf(): Uint8Array {
  const text = new TextDecoder().decode(minimalPdf([pdfText([['Hello', 72, 700]])]));
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >> /ID [<${'0f'.repeat(16)}> <${'0f'.repeat(16)}>]`;
  return strToU8(text.replace('trailer\n<< ', `trailer\n<< ${encrypt} `));
}

/** A PDF whose page tree lists itself among its kids. */
function cyclicPdf(): Uint8Array {
  const text = new TextDecoder().decode(minimalPdf([pdfText([['Hello', 72, 700]])]));
  return strToU8(text.replace('/Kids [4 0 R]', '/Kids [2 0 R 4 0 R]'));
}

/** An xlsx whose sheet declares a DTD well past the start of the part (a prefix check would miss it). */
async function lateDtdXlsx(): Promise<Uint8Array> {
  const files = unzipSync(await realXlsx());
  const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
  const padding = `<!--${' '.repeat(8192)}-->`;
  files['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace(/^(<\?xml[^>]*\?>)/, `$1${padding}<!DOCTYPE x [<!ENTITY a "b">]>`),
  );
  return zipSync(files);
}

export async function hostileCorpus(): Promise<HostileFile[]> {
  const docx = await realDocx();
  const xlsx = await realXlsx();
  const pdf = minimalPdf([pdfText([['Hello', 72, 700]])]);
  const honestBomb = rawZip([
    { name: 'xl/workbook.xml', method: 0, data: strToU8('<x/>'), size: 4 },
    ...Array.from({ length: 3 }, (_, i) => ({
      name: `xl/part${i}.xml`,
      method: 8,
      data: new Uint8Array(10),
      size: 60 * 1024 * 1024,
    })),
  ]);
  const noise = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256);
  return [
    {
      name: 'zip bomb, sizes that lie',
      fileName: 'bomb.docx',
      data: zipBomb(150),
      code: 'archive-too-large',
    },
    { name: 'zip bomb, honest sizes', fileName: 'bomb.xlsx', data: honestBomb, code: 'archive-too-large' },
    {
      name: 'paragraph flood 3 MB',
      fileName: 'flood.docx',
      data: paragraphFlood(3),
      code: 'document-too-complex',
    },
    {
      name: 'paragraph flood 14 MB',
      fileName: 'flood.docx',
      data: paragraphFlood(14),
      code: 'document-too-complex',
    },
    {
      name: 'nesting 100 000 deep',
      fileName: 'deep.docx',
      data: deepNesting(100_000),
      code: 'document-too-complex',
    },
    {
      name: 'xlsx nesting 100 000 deep',
      fileName: 'deep.xlsx',
      data: handXlsx(
        `${Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}">`).join('')}${'</row>'.repeat(100_000)}`,
      ),
      code: 'document-too-complex',
    },
    {
      name: 'xlsx cell flood',
      fileName: 'cells.xlsx',
      data: handXlsx(cellFlood(300_001)),
      code: 'document-too-complex',
    },
    {
      name: 'billion laughs',
      fileName: 'laughs.docx',
      data: zipOf({ 'word/document.xml': BILLION_LAUGHS }),
      code: 'unsafe-xml',
    },
    {
      name: 'external entity (XXE)',
      fileName: 'xxe.docx',
      data: zipOf({ 'word/document.xml': EXTERNAL_ENTITY }),
      code: 'unsafe-xml',
    },
    { name: 'xlsx DTD after 8 KB', fileName: 'dtd.xlsx', data: await lateDtdXlsx(), code: 'unsafe-xml' },
    {
      name: 'encrypted OOXML',
      fileName: 'locked.docx',
      data: oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
      code: 'encrypted-file',
    },
    {
      name: 'encrypted zip entry',
      fileName: 'locked.docx',
      data: rawZip([{ name: 'word/document.xml', method: 8, data: new Uint8Array(20), size: 100, flags: 1 }]),
      code: 'encrypted-file',
    },
    { name: 'encrypted PDF', fileName: 'locked.pdf', data: encryptedPdf(), code: 'encrypted-file' },
    {
      name: 'truncated docx',
      fileName: 'half.docx',
      data: docx.subarray(0, Math.floor(docx.length / 2)),
      code: 'corrupt-archive',
    },
    {
      name: 'truncated xlsx',
      fileName: 'half.xlsx',
      data: xlsx.subarray(0, xlsx.length - 30),
      code: 'corrupt-archive',
    },
    {
      name: 'truncated XML in a whole zip',
      fileName: 'cut.docx',
      data: zipOf({ 'word/document.xml': `<w:document ${W}><w:body><w:p><w:r><w:t>项目` }),
      code: 'corrupt-archive',
    },
    {
      name: 'truncated PDF',
      fileName: 'half.pdf',
      data: pdf.subarray(0, pdf.length >> 1),
      code: 'pdf-unreadable',
    },
    { name: 'cyclic PDF page tree', fileName: 'cycle.pdf', data: cyclicPdf(), code: 'pdf-unreadable' },
    ...hostileOfd(),
    { name: 'empty file', fileName: 'empty.docx', data: new Uint8Array(0), code: 'empty-file' },
    { name: 'random bytes', fileName: 'noise.xlsx', data: noise, code: 'binary-file' },
  ];
}

/** OFD packages (GB/T 33190) broken or built to harm: a missing page, a bomb, entities, a path out of the package. */
function hostileOfd(): HostileFile[] {
  const page = ofdText('项目名称', 20, 20);
  const laughs = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer><ofd:TextObject Boundary="0 0 9 9" Size="3"><ofd:TextCode X="0" Y="3">&b;</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`;
  const good = unzipSync(ofdPackage([page]));
  const stored = (name: string) => ({ name, method: 0, data: good[name]!, size: good[name]!.length });
  const bombPage = repeatDeflate(
    new Uint8Array(1024 * 1024).fill(0x20),
    150,
    strToU8('<ofd:Page><ofd:Content>'),
    9,
  );
  return [
    {
      name: 'OFD without its page content',
      fileName: 'missing.ofd',
      data: ofdPackage([page], { omit: ['Doc_0/Pages/Page_0/Content.xml'] }),
      code: 'ofd-unreadable',
    },
    {
      name: 'OFD zip bomb (a page inflating past the limit)',
      fileName: 'bomb.ofd',
      data: rawZip([
        stored('OFD.xml'),
        stored('Doc_0/Document.xml'),
        { name: 'Doc_0/Pages/Page_0/Content.xml', method: 8, data: bombPage, size: 1000 },
      ]),
      code: 'archive-too-large',
    },
    {
      name: 'OFD entity expansion',
      fileName: 'laughs.ofd',
      data: ofdPackage([page], { parts: { 'Doc_0/Pages/Page_0/Content.xml': laughs } }),
      code: 'unsafe-xml',
    },
    {
      name: 'OFD page location climbing out of the package (../)',
      fileName: 'escape.ofd',
      data: ofdPackage([page], {
        parts: {
          'Doc_0/Document.xml':
            '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="../../../etc/passwd"/></ofd:Pages></ofd:Document>',
        },
      }),
      code: 'ofd-unreadable',
    },
  ];
}

/** A valid workbook just under the cell budget: not hostile, but exceljs works on it for seconds. */
export function nearBudgetWorkbook(): Uint8Array {
  return handXlsx(cellFlood(MAX_XLSX_CELLS - 10_000));
}
