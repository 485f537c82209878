// The body of word/document.xml read from streaming parse events with an explicit stack (no recursion, so
// no depth can overflow the call stack). Paragraphs become paragraph rows; every table row a table row with
// its merges resolved on the grid (gridSpan → '' for covered columns, vMerge/hMerge continuation → '');
// the rows of a table nested in a cell follow the row holding it.
import type { Row } from '../rows/row.ts';
import type { XmlHandler } from './xml-walk.ts';
import { tooComplex } from '../import-errors.ts';

/** Containers whose children are read as if they stood in the parent (content controls, custom XML, revisions). */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);
/** Elements inside a paragraph whose text is not part of the visible document. */
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
  'w:tbl', // a table inside a paragraph is not shown by Word either
  'w:p',
]);

interface TableState {
  source: string;
  /** Rows seen so far, empty ones too: a row's line is its number in its table. */
  rowCount: number;
  /** Where the table's rows go: the document, or the nested rows of the row holding the table. */
  out: Row[];
}

interface RowState {
  table: TableState;
  cells: string[];
  /** Rows of tables nested in this row's cells, emitted right after it. */
  nested: Row[];
  before: number;
  after: number;
  sawPr: boolean;
}

interface CellState {
  row: RowState;
  lines: string[];
  span: number;
  continued: boolean;
  sawPr: boolean;
  sawSpan: boolean;
  sawVMerge: boolean;
  sawHMerge: boolean;
}

interface ParagraphState {
  text: string;
  /** The cell the paragraph is in, or null at block level. */
  cell: CellState | null;
}

/** One open element: what its children mean. `own` marks the element that started the state. */
type Frame =
  | { kind: 'document' | 'body' | 'text' | 'inline' }
  | { kind: 'table'; table: TableState; own: boolean }
  | { kind: 'row'; row: RowState; own: boolean }
  | { kind: 'rowPr'; row: RowState }
  | { kind: 'cell'; cell: CellState; own: boolean }
  | { kind: 'cellPr'; cell: CellState }
  | { kind: 'paragraph'; paragraph: ParagraphState };

const DOCUMENT: Frame = { kind: 'document' };
const BODY: Frame = { kind: 'body' };
const TEXT: Frame = { kind: 'text' };
const INLINE: Frame = { kind: 'inline' };

export class BodyWalker implements XmlHandler {
  readonly rows: Row[] = [];
  sawBody = false;
  private readonly stack: Frame[] = [];
  /** Depth inside an ignored subtree (0 = reading). */
  private skip = 0;
  private tableCount = 0;
  private emitted = 0;
  /** Block-level paragraphs seen so far: a paragraph's line is its number among them (a docx has no lines). */
  private paragraphCount = 0;
  private paragraph: ParagraphState | null = null;

  constructor(private readonly maxRows: number) {}

  open(name: string, attrs: Record<string, string>): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    const top = this.stack[this.stack.length - 1];
    const next = top ? this.child(top, name, attrs) : name === 'w:document' ? DOCUMENT : null;
    if (next) this.stack.push(next);
    else this.skip = 1;
  }

  close(): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.kind === 'paragraph') this.endParagraph(frame.paragraph);
    else if (frame.kind === 'cell' && frame.own) endCell(frame.cell);
    else if (frame.kind === 'row' && frame.own) this.endRow(frame.row);
  }

  text(text: string): void {
    if (this.skip === 0 && this.paragraph && this.stack[this.stack.length - 1] === TEXT)
      this.paragraph.text += text;
  }

  /** The frame for a child element, or null to ignore its whole subtree. */
  private child(top: Frame, name: string, attrs: Record<string, string>): Frame | null {
    switch (top.kind) {
      case 'document':
        if (name !== 'w:body' || this.sawBody) return null;
        this.sawBody = true;
        return BODY;
      case 'body':
        if (name === 'w:p') return this.startParagraph(null);
        if (name === 'w:tbl') return this.startTable(this.rows);
        return TRANSPARENT.has(name) ? BODY : null;
      case 'table':
        if (name === 'w:tr') {
          const row = { table: top.table, cells: [], nested: [], before: 0, after: 0, sawPr: false };
          return { kind: 'row', row, own: true };
        }
        return TRANSPARENT.has(name) ? { kind: 'table', table: top.table, own: false } : null;
      case 'row':
        if (name === 'w:trPr' && !top.row.sawPr) {
          top.row.sawPr = true;
          return { kind: 'rowPr', row: top.row };
        }
        if (name === 'w:tc') {
          const cell: CellState = {
            row: top.row,
            lines: [],
            span: 1,
            continued: false,
            sawPr: false,
            sawSpan: false,
            sawVMerge: false,
            sawHMerge: false,
          };
          return { kind: 'cell', cell, own: true };
        }
        return TRANSPARENT.has(name) ? { kind: 'row', row: top.row, own: false } : null;
      case 'rowPr':
        if (name === 'w:gridBefore' && top.row.before === 0) top.row.before = gridCount(attrs);
        if (name === 'w:gridAfter' && top.row.after === 0) top.row.after = gridCount(attrs);
        return null;
      case 'cell':
        if (name === 'w:tcPr' && !top.cell.sawPr) {
          top.cell.sawPr = true;
          return { kind: 'cellPr', cell: top.cell };
        }
        if (name === 'w:p') return this.startParagraph(top.cell);
        if (name === 'w:tbl') return this.startTable(top.cell.row.nested);
        return TRANSPARENT.has(name) ? { kind: 'cell', cell: top.cell, own: false } : null;
      case 'cellPr':
        cellProperty(top.cell, name, attrs);
        return null;
      case 'paragraph':
      case 'inline':
        return this.inline(name, attrs);
      case 'text':
        return null; // w:t holds only text
    }
  }

  /** An element inside a paragraph: runs and wrappers are descended, special characters appended. */
  private inline(name: string, attrs: Record<string, string>): Frame | null {
    const p = this.paragraph!;
    if (SKIPPED.has(name)) return null;
    if (name === 'w:t') return TEXT;
    if (name === 'w:tab' || name === 'w:ptab') p.text += '\t';
    else if (name === 'w:br' || name === 'w:cr') p.text += attrs['w:type'] === 'page' ? '' : '\n';
    else if (name === 'w:noBreakHyphen') p.text += '-';
    else if (name === 'w:sym') p.text += symbol(attrs['w:char']);
    else return INLINE;
    return null;
  }

  private startParagraph(cell: CellState | null): Frame {
    this.paragraph = { text: '', cell };
    return { kind: 'paragraph', paragraph: this.paragraph };
  }

  private endParagraph(p: ParagraphState): void {
    this.paragraph = null;
    if (p.cell) {
      p.cell.lines.push(p.text);
      return;
    }
    const text = p.text.trim();
    this.paragraphCount++;
    if (text.replace(/[\s\u3000]/g, '') !== '')
      this.emit(this.rows, { cells: [text], table: false, line: this.paragraphCount });
  }

  private startTable(out: Row[]): Frame {
    return { kind: 'table', table: { source: `表${++this.tableCount}`, rowCount: 0, out }, own: true };
  }

  private endRow(row: RowState): void {
    const cells: string[] = [];
    for (let i = 0; i < row.before; i++) cells.push('');
    cells.push(...row.cells);
    for (let i = 0; i < row.after; i++) cells.push('');
    const { out, source } = row.table;
    const line = ++row.table.rowCount;
    if (cells.some((c) => c !== '')) this.emit(out, { cells, table: true, line, source });
    for (const r of row.nested) out.push(r);
  }

  private emit(out: Row[], row: Row): void {
    if (++this.emitted > this.maxRows) throw tooComplex(`超过 ${this.maxRows} 个段落或表格行`);
    out.push(row);
  }
}

function cellProperty(cell: CellState, name: string, attrs: Record<string, string>): void {
  if (name === 'w:gridSpan' && !cell.sawSpan) {
    cell.sawSpan = true;
    cell.span = Math.min(Math.max(gridCount(attrs), 1), 1000);
  } else if ((name === 'w:vMerge' && !cell.sawVMerge) || (name === 'w:hMerge' && !cell.sawHMerge)) {
    if (name === 'w:vMerge') cell.sawVMerge = true;
    else cell.sawHMerge = true;
    if ((attrs['w:val'] ?? 'continue') !== 'restart') cell.continued = true;
  }
}

/** A cell's paragraphs joined by '\n' ('' for a merge continuation), then its covered grid columns. */
function endCell(cell: CellState): void {
  const text = cell.continued
    ? ''
    : cell.lines
        .map((l) => l.replace(/[ \t]+$/g, ''))
        .join('\n')
        .replace(/^\n+|\n+$/g, '');
  cell.row.cells.push(text);
  for (let i = 1; i < cell.span; i++) cell.row.cells.push('');
}

function gridCount(attrs: Record<string, string>): number {
  const n = Number.parseInt(attrs['w:val'] ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 0;
}

function symbol(hex: string | undefined): string {
  const code = hex ? Number.parseInt(hex, 16) : NaN;
  // Symbol-font characters live in the private-use area F000–F0FF; only plain code points are kept.
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xf000 && code <= 0xf0ff)) return '';
  return String.fromCodePoint(code);
}
