// .docx → rows: unzips with limits, parses word/document.xml and walks the body in document order.
// Paragraphs become paragraph rows; every table row becomes a table row with its merges resolved
// on the table grid (gridSpan → '' for covered columns, vMerge continuation → ''); nested tables
// follow their parent row.
import type { Row } from '../../packages/documents/src/rows/row.ts';
import { ImportError } from '../../packages/documents/src/import-errors.ts';
import { SafeZip } from '../../packages/documents/src/office/safe-zip.ts';
import { attrOf, childrenOf, firstChild, parseOfficeXml, tagOf, textOf, type XmlNode } from './safe-xml.ts';

export async function readDocxRows(data: Uint8Array): Promise<Row[]> {
  const zip = new SafeZip(data);
  const main = findMainPart(zip);
  const xml = zip.readText(main);
  if (xml === null) throw missingDocument();
  const nodes = parseOfficeXml(xml, 'word/document.xml');
  const document = nodes.find((n) => tagOf(n) === 'w:document');
  const body = document ? firstChild(document, 'w:body') : undefined;
  if (!body) throw missingDocument();
  const walker = new BodyWalker();
  walker.blocks(childrenOf(body));
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

/** Containers whose children are read as if they stood in the parent (content controls, custom XML, revisions). */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);
/** Elements whose text is not part of the visible document. */
const SKIPPED = new Set([
  'w:pPr',
  'w:rPr',
  'w:tblPr',
  'w:tcPr',
  'w:trPr',
  'w:sectPr',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
]);

class BodyWalker {
  readonly rows: Row[] = [];
  private tableCount = 0;

  /** Block-level content: paragraphs, tables and containers of them. */
  blocks(nodes: XmlNode[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') {
        const text = paragraphText(node).trim();
        if (text.replace(/[\s\u3000]/g, '') !== '') this.rows.push({ cells: [text], table: false });
      } else if (tag === 'w:tbl') {
        this.table(node);
      } else if (TRANSPARENT.has(tag)) {
        this.blocks(childrenOf(node));
      }
    }
  }

  /** One table: each row resolved on the grid, nested tables emitted right after the row holding them. */
  private table(tbl: XmlNode): void {
    const source = `表${++this.tableCount}`;
    for (const tr of flatten(childrenOf(tbl), 'w:tr')) {
      const nested: XmlNode[] = [];
      const cells = this.rowCells(tr, nested);
      if (cells.some((c) => c !== '')) this.rows.push({ cells, table: true, source });
      for (const inner of nested) this.table(inner);
    }
  }

  private rowCells(tr: XmlNode, nested: XmlNode[]): string[] {
    const cells: string[] = [];
    const trPr = firstChild(tr, 'w:trPr');
    const before = gridCount(trPr, 'w:gridBefore');
    for (let i = 0; i < before; i++) cells.push('');
    for (const tc of flatten(childrenOf(tr), 'w:tc')) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = Math.min(Math.max(gridCount(tcPr, 'w:gridSpan'), 1), 1000);
      const vMerge = tcPr ? firstChild(tcPr, 'w:vMerge') : undefined;
      const hMerge = tcPr ? firstChild(tcPr, 'w:hMerge') : undefined;
      const continued =
        (vMerge !== undefined && (attrOf(vMerge, 'w:val') ?? 'continue') !== 'restart') ||
        (hMerge !== undefined && (attrOf(hMerge, 'w:val') ?? 'continue') !== 'restart');
      const text = continued ? '' : cellText(tc, nested);
      if (continued) collectNested(childrenOf(tc), nested);
      cells.push(text);
      for (let i = 1; i < span; i++) cells.push('');
    }
    const after = gridCount(trPr, 'w:gridAfter');
    for (let i = 0; i < after; i++) cells.push('');
    return cells;
  }
}

/** Children with the given tag, looking through content controls and custom XML wrappers. */
function flatten(nodes: XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === tag) out.push(n);
    else if (TRANSPARENT.has(t)) out.push(...flatten(childrenOf(n), tag));
  }
  return out;
}

function gridCount(parent: XmlNode | undefined, tag: string): number {
  const el = parent ? firstChild(parent, tag) : undefined;
  const n = el ? Number.parseInt(attrOf(el, 'w:val') ?? '1', 10) : 0;
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 0;
}

/** A cell's paragraphs joined by '\n'; tables inside the cell are set aside in `nested`. */
function cellText(tc: XmlNode, nested: XmlNode[]): string {
  const lines: string[] = [];
  const visit = (nodes: XmlNode[]): void => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') lines.push(paragraphText(n));
      else if (tag === 'w:tbl') nested.push(n);
      else if (TRANSPARENT.has(tag)) visit(childrenOf(n));
    }
  };
  visit(childrenOf(tc));
  return lines
    .map((l) => l.replace(/[ \t]+$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function collectNested(nodes: XmlNode[], nested: XmlNode[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:tbl') nested.push(n);
    else if (TRANSPARENT.has(tag)) collectNested(childrenOf(n), nested);
  }
}

/** The visible text of a paragraph: runs, tabs, breaks, symbols; deleted text and field codes left out. */
function paragraphText(p: XmlNode): string {
  let out = '';
  const visit = (nodes: XmlNode[]): void => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === '#text') continue; // whitespace between elements
      if (SKIPPED.has(tag)) continue;
      if (tag === 'w:t') out += childrenOf(n).map(textOf).join('');
      else if (tag === 'w:tab' || tag === 'w:ptab') out += '\t';
      else if (tag === 'w:br' || tag === 'w:cr') out += attrOf(n, 'w:type') === 'page' ? '' : '\n';
      else if (tag === 'w:noBreakHyphen') out += '-';
      else if (tag === 'w:sym') out += symbol(attrOf(n, 'w:char'));
      else if (tag === 'w:tbl' || tag === 'w:p') continue;
      else visit(childrenOf(n));
    }
  };
  visit(childrenOf(p));
  return out;
}

function symbol(hex: string | undefined): string {
  const code = hex ? Number.parseInt(hex, 16) : NaN;
  // Symbol-font characters live in the private-use area F000–F0FF; only plain code points are kept.
  if (!Number.isFinite(code) || (code >= 0xf000 && code <= 0xf0ff)) return '';
  return String.fromCodePoint(code);
}
