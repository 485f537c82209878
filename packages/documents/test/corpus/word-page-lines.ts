// A Word document's running lines as offices add them (test data for the pdf layout of variants.ts): a header
// line on every page (附件1, the unit's name) and a footer line over the page number (制表人 …, a date). The
// project's exporter writes a page-number footer only; these go into its package as Word itself stores them.
import { unzipSync, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEADER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
const HEADER_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string, align: 'left' | 'center') =>
  `<w:p><w:pPr><w:jc w:val="${align}"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/** The .docx with `head` as its header on every page and `foot` as a footer line above its page number. */
export function wordPageLines(docx: Uint8Array, lines: { head?: string; foot?: string }): Uint8Array {
  const files = unzipSync(docx);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const put = (name: string, s: string) => (files[name] = new TextEncoder().encode(s));
  if (lines.foot !== undefined && files['word/footer1.xml']) {
    // The line first, the page number under it, as 制表人 lines stand over a page's number.
    put(
      'word/footer1.xml',
      text('word/footer1.xml').replace('<w:p>', `${paragraph(lines.foot, 'left')}<w:p>`),
    );
  }
  if (lines.head !== undefined) {
    put(
      'word/header1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W}">${paragraph(lines.head, 'left')}</w:hdr>`,
    );
    put(
      'word/_rels/document.xml.rels',
      text('word/_rels/document.xml.rels').replace(
        '</Relationships>',
        `<Relationship Id="rIdHead1" Type="${HEADER_TYPE}" Target="header1.xml"/></Relationships>`,
      ),
    );
    put(
      '[Content_Types].xml',
      text('[Content_Types].xml').replace(
        '</Types>',
        `<Override ContentType="${HEADER_CONTENT}" PartName="/word/header1.xml"/></Types>`,
      ),
    );
    // A section's references come first in its properties, the header's before the footer's.
    put(
      'word/document.xml',
      text('word/document.xml').replace(
        /<w:sectPr>/g,
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHead1"/>',
      ),
    );
  }
  return zipSync(files);
}
