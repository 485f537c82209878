// .docx → rows: unzips with limits and streams word/document.xml through a bounded parser into the body
// walker (docx-body.ts), so a flood of paragraphs or a deep nesting is refused early with a reason
// instead of filling memory or the call stack.
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';
import { SafeZip } from './safe-zip.ts';
import { DEFAULT_XML_LIMITS, XmlWalk, type XmlLimits } from './xml-walk.ts';
import { BodyWalker } from './docx-body.ts';

/** Most rows (paragraphs with text, table rows) one document may yield: far beyond any real form or 预算公开. */
export const MAX_DOCX_ROWS = 100_000;

export interface DocxLimits extends XmlLimits {
  maxRows: number;
}

export async function readDocxRows(data: Uint8Array, limits?: Partial<DocxLimits>): Promise<Row[]> {
  const zip = new SafeZip(data);
  const main = findMainPart(zip);
  const walker = new BodyWalker(limits?.maxRows ?? MAX_DOCX_ROWS);
  // The part is parsed as it inflates: neither the whole text nor a tree of it is ever held.
  const walk = new XmlWalk(walker, main, { limits: { ...DEFAULT_XML_LIMITS, ...limits } });
  zip.streamText(main, (text) => walk.write(text));
  walk.end();
  if (!walker.sawBody) throw missingDocument();
  return walker.rows;
}

function missingDocument(): ImportError {
  return new ImportError(
    'corrupt-archive',
    '这个压缩包里没有 Word 正文（word/document.xml）：文件可能已损坏、加密或并非 .docx，请在 Word 中另存为 .docx 后再导入',
  );
}

/** The main document part: word/document.xml, or the one [Content_Types].xml names. */
function findMainPart(zip: SafeZip): string {
  if (zip.has('word/document.xml')) return 'word/document.xml';
  const types = zip.readText('[Content_Types].xml');
  if (types) {
    const m =
      /PartName="\/([^"]+)"\s+ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"/.exec(
        types,
      );
    if (m?.[1] && zip.has(m[1])) return m[1];
  }
  throw missingDocument();
}
