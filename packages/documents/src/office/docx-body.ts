// The body of word/document.xml read from streaming parse events with an explicit stack (no recursion, so
// no depth can overflow the call stack). Paragraphs become paragraph rows; every table row a table row with
// its merges resolved on the grid (gridSpan → '' for covered columns, vMerge/hMerge continuation → '');
// the rows of a table nested in a cell follow the row holding it, and a cell holding a table of several rows (a
// frame drawn around the form) is the page itself: its paragraphs become lines around that table. A text box
// (w:txbxContent, Word's DrawingML or its VML copy, read once) is read as the page around it; a content
// control still showing its placeholder (单击或点击此处输入文字。) is empty, and hidden text (w:vanish) is not read.
// Word's automatic numbering prints its label (docx-numbering.ts) as Word shows it, except in a cell of one paragraph.
import type { Row } from '../rows/row.ts';
import type { XmlHandler } from './xml-walk.ts';
import { tooComplex } from '../import-errors.ts';
import { ListLabels } from './docx-numbering.ts';

/** Containers whose children are read as if they stood in the parent (custom XML, revisions). */
const TRANSPARENT = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);
/**
 * A nested table of this many rows or more makes the cell holding it page layout, not a form's cell (as a saved web
 * page's layout cell, read-html.ts).
 */
const LAYOUT_NESTED_ROWS = 3;
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
  'w:object',
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
  /** The cell holding the table (its rows are kept apart until it is known to be small or the page's frame). */
  cell: CellState | null;
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
  /** The list label Word prints before each of `lines` ('' for a paragraph not numbered). */
  labels: string[];
  span: number;
  continued: boolean;
  sawPr: boolean;
  sawSpan: boolean;
  sawVMerge: boolean;
  sawHMerge: boolean;
  /** The cell frames a table of the page: its paragraphs are the page's lines, not the cell's text. */
  layout: boolean;
}

interface ParagraphState {
  text: string;
  /** Word's automatic numbering of the paragraph (w:numPr): its list and level. */
  numId: string | null;
  level: number;
  /** The cell the paragraph is in, or null at block level. */
  cell: CellState | null;
  /** Where a block-level paragraph's row goes: the document, or the text box it is in. */
  out: Row[];
}

/** A text box being read: its rows, and the paragraph it is anchored in (read again after the box). */
interface BoxState {
  rows: Row[];
  anchor: ParagraphState;
}

/** A run of text: hidden text (w:vanish, a template's hint) is neither shown nor printed by Word. */
interface RunState {
  hidden: boolean;
}

/** A content control: what its content would be read as, unless it only shows its placeholder. */
interface ControlState {
  inner: Frame;
  placeholder: boolean;
}

/** One open element: what its children mean. `own` marks the element that started the state. */
type Frame =
  | { kind: 'document' | 'body' | 'text' | 'inline' }
  | { kind: 'table'; table: TableState; own: boolean }
  | { kind: 'row'; row: RowState; own: boolean }
  | { kind: 'rowPr'; row: RowState }
  | { kind: 'cell'; cell: CellState; own: boolean }
  | { kind: 'cellPr'; cell: CellState }
  | { kind: 'paragraph'; paragraph: ParagraphState }
  | { kind: 'paragraphPr' | 'numbering'; paragraph: ParagraphState }
  | { kind: 'control'; control: ControlState }
  | { kind: 'controlPr'; control: ControlState }
  | { kind: 'alternate'; choiceRead: boolean }
  | { kind: 'graphic' }
  | { kind: 'run'; run: RunState }
  | { kind: 'runPr'; run: RunState }
  | { kind: 'box'; box: BoxState; own: boolean };

const DOCUMENT: Frame = { kind: 'document' };
const BODY: Frame = { kind: 'body' };
const TEXT: Frame = { kind: 'text' };
const INLINE: Frame = { kind: 'inline' };
const GRAPHIC: Frame = { kind: 'graphic' };

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

  /**
   * @param chunk the rows of an alternative-format chunk (w:altChunk: a web page the document was made from)
   *   by its relationship id; none when not given or not readable.
   */
  constructor(
    private readonly maxRows: number,
    private readonly chunk: (id: string) => Row[] = () => [],
    private readonly lists: ListLabels = new ListLabels(null),
  ) {}

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
    else if (frame.kind === 'table' && frame.own) this.endTable(frame.table);
    else if (frame.kind === 'box' && frame.own) this.endBox(frame.box);
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
        if (name === 'w:p') return this.startParagraph(null, this.rows);
        if (name === 'w:tbl') return this.startTable(this.rows, null);
        if (name === 'w:altChunk') return this.altChunk(attrs, this.rows);
        return this.around(name, BODY);
      case 'box':
        if (name === 'w:p') return this.startParagraph(null, top.box.rows);
        if (name === 'w:tbl') return this.startTable(top.box.rows, null);
        if (name === 'w:altChunk') return this.altChunk(attrs, top.box.rows);
        return this.around(name, { kind: 'box', box: top.box, own: false });
      case 'table':
        if (name === 'w:tr') {
          const row: RowState = {
            table: top.table,
            cells: [],
            nested: [],
            before: 0,
            after: 0,
            sawPr: false,
          };
          return { kind: 'row', row, own: true };
        }
        return this.around(name, { kind: 'table', table: top.table, own: false });
      case 'row':
        if (name === 'w:trPr' && !top.row.sawPr) {
          top.row.sawPr = true;
          return { kind: 'rowPr', row: top.row };
        }
        if (name === 'w:tc') {
          const cell: CellState = {
            row: top.row,
            lines: [],
            labels: [],
            span: 1,
            continued: false,
            sawPr: false,
            sawSpan: false,
            sawVMerge: false,
            sawHMerge: false,
            layout: false,
          };
          return { kind: 'cell', cell, own: true };
        }
        return this.around(name, { kind: 'row', row: top.row, own: false });
      case 'rowPr':
        if (name === 'w:gridBefore' && top.row.before === 0) top.row.before = gridCount(attrs);
        if (name === 'w:gridAfter' && top.row.after === 0) top.row.after = gridCount(attrs);
        return null;
      case 'cell':
        if (name === 'w:tcPr' && !top.cell.sawPr) {
          top.cell.sawPr = true;
          return { kind: 'cellPr', cell: top.cell };
        }
        if (name === 'w:p') return this.startParagraph(top.cell, top.cell.row.nested);
        if (name === 'w:tbl') return this.startTable([], top.cell);
        if (name === 'w:altChunk') return this.altChunk(attrs, top.cell.row.nested);
        return this.around(name, { kind: 'cell', cell: top.cell, own: false });
      case 'cellPr':
        cellProperty(top.cell, name, attrs);
        return null;
      case 'paragraph':
        if (name === 'w:pPr') return { kind: 'paragraphPr', paragraph: top.paragraph };
        return this.inline(name, attrs);
      case 'paragraphPr':
        return name === 'w:numPr' ? { kind: 'numbering', paragraph: top.paragraph } : null;
      case 'numbering':
        if (name === 'w:numId') top.paragraph.numId = attrs['w:val'] ?? null;
        else if (name === 'w:ilvl')
          top.paragraph.level = Math.min(Math.max(Number(attrs['w:val']) || 0, 0), 8);
        return null;
      case 'inline':
        return this.inline(name, attrs);
      case 'run':
        if (name === 'w:rPr') return { kind: 'runPr', run: top.run };
        return top.run.hidden ? null : this.inline(name, attrs);
      case 'runPr':
        if (name === 'w:vanish') top.run.hidden = isOn(attrs['w:val']);
        return null;
      case 'text':
        return null; // w:t holds only text
      case 'control':
        if (name === 'w:sdtPr') return { kind: 'controlPr', control: top.control };
        return name === 'w:sdtContent' && !top.control.placeholder ? top.control.inner : null;
      case 'controlPr':
        if (name === 'w:showingPlcHdr') top.control.placeholder = isOn(attrs['w:val']);
        return null;
      case 'alternate':
        // Word writes a text box twice: DrawingML for itself, VML for older readers; one is read.
        if (name === 'mc:Choice' || (name === 'mc:Fallback' && !top.choiceRead)) {
          top.choiceRead = true;
          return GRAPHIC;
        }
        return null;
      case 'graphic':
        if (name === 'w:txbxContent') return this.startBox();
        if (name === 'mc:AlternateContent') return { kind: 'alternate', choiceRead: false };
        return GRAPHIC;
    }
  }

  /** A chunk's rows stand where the chunk is; its properties (w:altChunkPr) are not read. */
  private altChunk(attrs: Record<string, string>, out: Row[]): null {
    const id = attrs['r:id'];
    if (id) for (const row of this.chunk(id)) this.emit(out, row);
    return null;
  }

  /** A container around content of the frame `inner` (a content control, a revision) or null to skip it. */
  private around(name: string, inner: Frame): Frame | null {
    if (name === 'w:sdt') return { kind: 'control', control: { inner, placeholder: false } };
    if (name === 'w:sdtContent') return inner;
    return TRANSPARENT.has(name) ? inner : null;
  }

  /** An element inside a paragraph: runs and wrappers are descended, special characters appended. */
  private inline(name: string, attrs: Record<string, string>): Frame | null {
    const p = this.paragraph!;
    if (SKIPPED.has(name)) return null;
    if (name === 'w:t') return TEXT;
    if (name === 'w:r') return { kind: 'run', run: { hidden: false } };
    if (name === 'w:sdt') return { kind: 'control', control: { inner: INLINE, placeholder: false } };
    if (name === 'mc:AlternateContent') return { kind: 'alternate', choiceRead: false };
    if (name === 'w:drawing' || name === 'w:pict') return GRAPHIC;
    if (name === 'w:tab' || name === 'w:ptab') p.text += '\t';
    else if (name === 'w:br' || name === 'w:cr') p.text += attrs['w:type'] === 'page' ? '' : '\n';
    else if (name === 'w:noBreakHyphen') p.text += '-';
    else if (name === 'w:sym') p.text += symbol(attrs['w:char']);
    else return INLINE;
    return null;
  }

  private startParagraph(cell: CellState | null, out: Row[]): Frame {
    this.paragraph = { text: '', numId: null, level: 0, cell, out };
    return { kind: 'paragraph', paragraph: this.paragraph };
  }

  private endParagraph(p: ParagraphState): void {
    this.paragraph = null;
    // numId 0 takes a style's numbering off the paragraph: no label, nothing counted.
    const label = p.numId !== null && p.numId !== '0' ? this.lists.next(p.numId, p.level) : '';
    if (p.cell && !p.cell.layout) {
      p.cell.lines.push(p.text);
      p.cell.labels.push(label);
      return;
    }
    const text = visible(p.text) ? label + p.text.trim() : '';
    this.paragraphCount++;
    if (text.replace(/[\s\u3000]/g, '') !== '')
      this.emit(p.out, { cells: [text], table: false, line: this.paragraphCount });
  }

  private startTable(out: Row[], cell: CellState | null): Frame {
    return { kind: 'table', table: { source: `表${++this.tableCount}`, rowCount: 0, out, cell }, own: true };
  }

  /** A text box opens inside a paragraph: its own paragraphs are read until it closes. */
  private startBox(): Frame {
    const anchor = this.paragraph!;
    return { kind: 'box', box: { rows: [], anchor }, own: true };
  }

  /** The box's rows stand where its anchor is: the page's (or box's) rows, or after the row of its cell. */
  private endBox(box: BoxState): void {
    this.paragraph = box.anchor;
    const out = box.anchor.cell ? box.anchor.cell.row.nested : box.anchor.out;
    for (const row of box.rows) out.push(row);
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

  /**
   * A table nested in a cell has ended: a big one makes the cell the page's frame (its paragraphs so far are lines
   * before the table, later ones lines after it); a small one stays part of the cell's row and follows it.
   */
  private endTable(table: TableState): void {
    const cell = table.cell;
    if (!cell) return;
    const nested = cell.row.nested;
    if (cell.layout || table.rowCount >= LAYOUT_NESTED_ROWS) {
      if (!cell.layout) {
        cell.layout = true;
        cell.labels.splice(0);
        for (const line of cell.lines.splice(0)) {
          const text = line.trim();
          if (text.replace(/[\s\u3000]/g, '') !== '')
            nested.push({ cells: [text], table: false, line: ++this.paragraphCount });
        }
      }
    }
    for (const row of table.out) nested.push(row);
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

/**
 * A cell's paragraphs joined by '\n' ('' for a merge continuation), then its covered grid columns. The list labels
 * Word prints stand before a cell's paragraphs where it holds several (a list in the cell: 1.完成… 2.完成…); a cell of
 * one numbered paragraph is a table's rows numbered by Word, its number the row's count and no part of the cell's
 * text (a numbered 三级 name is the name).
 */
function endCell(cell: CellState): void {
  const listed = cell.lines.filter(visible).length > 1;
  const text = cell.continued
    ? ''
    : cell.lines
        .map((l, k) => (listed && visible(l) ? cell.labels[k]! + l.trim() : l.replace(/[ \t]+$/g, '')))
        .join('\n')
        .replace(/^\n+|\n+$/g, '');
  cell.row.cells.push(text);
  for (let i = 1; i < cell.span; i++) cell.row.cells.push('');
}

/** A paragraph's text shows something: not only spaces. */
function visible(text: string): boolean {
  return text.replace(/[\s\u3000]/g, '') !== '';
}

/** An on/off property: on unless its value says off. */
function isOn(value: string | undefined): boolean {
  return value === undefined || !/^(0|false|off)$/i.test(value);
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
