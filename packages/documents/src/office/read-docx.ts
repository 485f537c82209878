// .docx → rows: unzips with limits and streams word/document.xml through a bounded parser into the body
// walker (docx-body.ts), so a flood of paragraphs or a deep nesting is refused early with a reason
// instead of filling memory or the call stack. A body made of alternative-format chunks (w:altChunk, as web
// systems export a page as .docx) has its chunks read as the web pages they are.
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';
import { SafeZip } from './safe-zip.ts';
import { DEFAULT_XML_LIMITS, XmlWalk, type XmlLimits } from './xml-walk.ts';
import { BodyWalker } from './docx-body.ts';
import { ListLabels, NumberingDefinitions } from './docx-numbering.ts';
import { readHtmlRows } from '../html/read-html.ts';
import { looksLikeHtml } from '../html/decode-html.ts';
import { looksLikeMhtml, readMhtmlRows } from '../html/read-mhtml.ts';

/** Most rows (paragraphs with text, table rows) one document may yield: far beyond any real form or 预算公开. */
export const MAX_DOCX_ROWS = 100_000;

export interface DocxLimits extends XmlLimits {
  maxRows: number;
}

export async function readDocxRows(data: Uint8Array, limits?: Partial<DocxLimits>): Promise<Row[]> {
  const zip = new SafeZip(data);
  const main = findMainPart(zip);
  const walker = new BodyWalker(
    limits?.maxRows ?? MAX_DOCX_ROWS,
    chunkReader(zip, main),
    new ListLabels(numbering(zip, main, limits)),
  );
  // The part is parsed as it inflates: neither the whole text nor a tree of it is ever held.
  const walk = new XmlWalk(walker, main, { limits: { ...DEFAULT_XML_LIMITS, ...limits } });
  zip.streamText(main, (text) => walk.write(text));
  walk.end();
  if (!walker.sawBody) throw missingDocument();
  return walker.rows;
}

/** The numbering definitions the main part's relationships name (word/numbering.xml), walked within the limits. */
function numbering(zip: SafeZip, main: string, limits?: Partial<DocxLimits>): NumberingDefinitions | null {
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const part = [...relationshipTargets(zip, main, NUMBERING).values()][0] ?? `${dir}numbering.xml`;
  if (!zip.has(part)) return null;
  const definitions = new NumberingDefinitions();
  const walk = new XmlWalk(definitions, part, { limits: { ...DEFAULT_XML_LIMITS, ...limits } });
  zip.streamText(part, (text) => walk.write(text));
  walk.end();
  return definitions;
}

/** The numbering part's relationship type, transitional or strict (…/relationships/numbering). */
const NUMBERING = /\/relationships\/numbering$/;

/**
 * Reads an altChunk's part, found through the main part's relationships: a web page (.htm, .mht) is read as one;
 * another format (RTF, a nested .docx) or a missing part gives no rows. Each part is read once, however often named.
 */
function chunkReader(zip: SafeZip, main: string): (id: string) => Row[] {
  let targets: Map<string, string> | null = null;
  const read = new Set<string>();
  return (id) => {
    targets ??= relationshipTargets(zip, main);
    const part = targets.get(id);
    if (!part || read.has(part)) return [];
    read.add(part);
    const data = zip.read(part);
    if (!data) return [];
    if (looksLikeMhtml(data)) return readMhtmlRows(data);
    return looksLikeHtml(data) ? readHtmlRows(data) : [];
  };
}

/**
 * The parts a part's relationships name (word/_rels/document.xml.rels), by id, as paths inside the package; only
 * those of the given type when one is given.
 */
function relationshipTargets(zip: SafeZip, main: string, type?: RegExp): Map<string, string> {
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const rels = zip.readText(`${dir}_rels/${main.slice(dir.length)}.rels`) ?? '';
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (type && !type.test(/\bType="([^"]*)"/.exec(m[0])?.[1] ?? '')) continue;
    if (id && target && !/\bTargetMode="External"/.test(m[0])) out.set(id, packagePath(target, dir));
  }
  return out;
}

/** A relationship's target as a path inside the package: absolute (/word/a.mht) or relative to the part's folder. */
function packagePath(target: string, dir: string): string {
  const parts: string[] = [];
  for (const seg of (target.startsWith('/') ? target.slice(1) : dir + target).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
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
