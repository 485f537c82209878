import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { isDocumentArchive, sniffFormat } from './sniff-format.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('reads short and long UTF-8 text as text, whatever character it ends with', () => {
    expect(sniffFormat(utf8('指标值确定依据\t计划标准'))).toBe('text');
    expect(sniffFormat(utf8('计划标准'.repeat(20000)))).toBe('text');
  });
  it('reads GB18030 and UTF-16 text as text', () => {
    const gbk = new Uint8Array([
      0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x09, 0xb2, 0xe2, 0xca, 0xd4,
    ]); // 项目名称\t测试
    expect(sniffFormat(gbk)).toBe('text');
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, 0x79, 0x98, 0xee, 0x76]))).toBe('text');
  });
  it('tells office files, PDFs and binaries by their first bytes', () => {
    expect(sniffFormat(utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toBe('binary');
    expect(sniffFormat(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBe('binary');
  });
  it('tells an archive of documents from an Office package, even when the .docx inside show their part names', () => {
    const docx = zipSync(
      { '[Content_Types].xml': utf8('<Types/>'), 'word/document.xml': utf8('<w:document/>') },
      { level: 0 },
    );
    expect(sniffFormat(docx)).toBe('docx');
    expect(
      sniffFormat(
        zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'xl/workbook.xml': utf8('<workbook/>') }),
      ),
    ).toBe('xlsx');
    const archive = zipSync(
      { '二级单位/自评表.docx': docx, '二级单位/说明.txt': utf8('说明') },
      { level: 0 },
    );
    expect(sniffFormat(archive)).toBe('zip');
    // from its first bytes alone, as a batch lists a folder
    expect([
      isDocumentArchive(archive.subarray(0, 200)),
      isDocumentArchive(docx.subarray(0, 200)),
      isDocumentArchive(utf8('项目名称')),
    ]).toEqual([true, false, false]);
  });
});
