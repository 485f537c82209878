// Untrusted file names become safe base names.
import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFileName } from './file-name.ts';

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\a.docx', 'a.docx'],
    ['a\u0000b\u001f.txt', 'ab.txt'],
    ['...hidden', 'hidden'],
    ['', 'upload'],
    ['../', 'upload'],
    ['项目<申报>表?.docx', '项目申报表.docx'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('bounds the length and keeps the extension', () => {
    const name = safeFileName('长'.repeat(500) + '.xlsx');
    expect(name.length).toBe(200);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('writes an ASCII fallback and the UTF-8 name in Content-Disposition', () => {
    expect(contentDisposition('项目表.docx')).toBe(
      `attachment; filename="___.docx"; filename*=UTF-8''${encodeURIComponent('项目表.docx')}`,
    );
  });
});
