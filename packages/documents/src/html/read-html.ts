// Saved web pages (.html/.htm, Word's "save as web page") → rows: tables on their grid (table-grid.ts),
// headings and paragraphs as paragraph rows, scripts and styles ignored. The page is parsed as a stream
// (htmlparser2) with bounds on elements and nesting, so a hostile page cannot exhaust memory or time.
import { Parser } from 'htmlparser2';
import { ImportError } from '../import-errors.ts';
import type { Row } from '../rows/row.ts';
import { decodeHtml } from './decode-html.ts';
import { TableGrid } from './table-grid.ts';

/** More elements than any form page has (a 300-row table of 10 columns with markup is ~20,000). */
export const MAX_HTML_ELEMENTS = 500_000;
/** Deeper nesting than any real page; deeper is a hostile or broken file. */
export const MAX_HTML_DEPTH = 400;
/** Grid cells of all the page's tables (merges make cells without markup: 256 columns × rowspans). */
export const MAX_HTML_CELLS = 2_000_000;
/** Tables inside tables inside tables…: deeper than this is not read as a table. */
const MAX_TABLE_DEPTH = 16;

/** Content that is not text of the page. */
const IGNORED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'head',
  'select',
  'textarea',
  'svg',
  'math',
  'object',
  'iframe',
]);
/** Elements that end a line of running text. */
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'blockquote',
  'center',
  'pre',
  'address',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'hr',
  'body',
  'html',
  'tbody',
  'thead',
  'tfoot',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'col',
  'area',
  'base',
  'wbr',
  'source',
  'embed',
  'param',
  'track',
]);

/**
 * A table holding a table of this many rows or more is the page's layout, not a form: the cell holding it
 * is read as running text and tables, in order, instead of one cell.
 */
const LAYOUT_NESTED_ROWS = 3;

interface OpenCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** 1-based line of the page source where the cell starts. */
  line: number;
  /** The cell's text before the table nested in it that is being read. */
  before: string | null;
  /** The cell is page layout: its text is emitted as paragraphs, its tables as tables. */
  flow: boolean;
}

interface OpenTable {
  grid: TableGrid;
  source: string;
  rowCount: number;
  /** The cell being read: its text so far, its spans, and how a table inside it is read. */
  cell: OpenCell | null;
  /** Rows of small tables nested in the current row, emitted after it (as the .docx reader does). */
  nested: Row[];
  /** A nested table's rows, until the table ends and is known to be small (a cell's) or a page's. */
  own: Row[];
  /** The text of the table's <caption> while it is read (its title), else null. */
  caption: string | null;
  /** Where this table's rows go: the page, or the row of the table around it. */
  emit: (row: Row) => void;
}

class PageReader {
  readonly rows: Row[] = [];
  private elements = 0;
  private cells = 0;
  private depth = 0;
  private ignoredDepth = 0;
  private tableCount = 0;
  private readonly tables: OpenTable[] = [];
  private paragraph = '';
  private paragraphLine = 1;
  private line = 1;
  /** The first line break not yet counted (-1: none is left). */
  private nextBreak: number;

  constructor(private readonly html: string) {
    this.nextBreak = html.indexOf('\n');
  }

  /**
   * The 1-based line of the page source at character offset `index` (offsets come in order). The next line break
   * is kept, not looked for again from the last offset: on a page of one long line (a page minified, a system's
   * export) each look ran to the page's end, once per element.
   */
  private lineOf(index: number): number {
    const end = Math.min(index, this.html.length);
    while (this.nextBreak >= 0 && this.nextBreak < end) {
      this.line++;
      this.nextBreak = this.html.indexOf('\n', this.nextBreak + 1);
    }
    return this.line;
  }

  open(name: string, attribs: Record<string, string>, at: number): void {
    if (++this.elements > MAX_HTML_ELEMENTS) throw tooComplex(`超过 ${MAX_HTML_ELEMENTS} 个元素`);
    if (!VOID.has(name) && ++this.depth > MAX_HTML_DEPTH) throw tooComplex(`嵌套超过 ${MAX_HTML_DEPTH} 层`);
    if (this.ignoredDepth > 0 || IGNORED.has(name)) {
      if (!VOID.has(name)) this.ignoredDepth++;
      return;
    }
    const table = this.tables.at(-1);
    switch (name) {
      case 'table':
        if (this.tables.length >= MAX_TABLE_DEPTH) return;
        this.flushParagraph();
        this.openTable();
        return;
      case 'tr':
        if (table) {
          if (table.cell) this.closeCell(table);
          if (table.grid.inRow) this.endRow(table);
          table.grid.startRow();
        }
        return;
      case 'caption':
        if (table) table.caption = '';
        return;
      case 'td':
      case 'th':
        if (table) {
          if (table.cell) this.closeCell(table);
          table.cell = {
            text: '',
            colspan: span(attribs['colspan']),
            rowspan: span(attribs['rowspan'], 1),
            line: this.lineOf(at),
            before: null,
            flow: false,
          };
        }
        return;
      case 'br':
        this.append('\n');
        return;
      default:
        if (BLOCKS.has(name)) this.blockBoundary(at);
    }
  }

  close(name: string, at: number): void {
    if (!VOID.has(name)) this.depth = Math.max(0, this.depth - 1);
    if (this.ignoredDepth > 0) {
      if (!VOID.has(name)) this.ignoredDepth--;
      return;
    }
    const table = this.tables.at(-1);
    switch (name) {
      case 'table':
        if (table) this.closeTable(table);
        return;
      case 'tr':
        if (table) {
          if (table.cell) this.closeCell(table);
          this.endRow(table);
        }
        return;
      case 'caption':
        if (table?.caption !== undefined && table.caption !== null) {
          const title = collapse(table.caption);
          if (title !== '')
            table.emit({ cells: [title], table: false, line: table.rowCount, source: table.source });
          table.caption = null;
        }
        return;
      case 'td':
      case 'th':
        if (table?.cell) this.closeCell(table);
        return;
      default:
        if (BLOCKS.has(name)) this.blockBoundary(at);
    }
  }

  /**
   * Text of the page: its white space is one space, as shown; white space holding a line break of the source is
   * marked, to be dropped between two Chinese characters (see joinBreaks).
   */
  text(data: string): void {
    this.append(data.replace(/[\t\n\f\r ]+/g, (run) => (/[\n\r]/.test(run) ? SOURCE_BREAK : ' ')));
  }

  /** Adds text, or a line break ('\n') the markup makes, where the reading is. */
  private append(data: string): void {
    if (this.ignoredDepth > 0) return;
    const table = this.tables.at(-1);
    if (table?.cell) table.cell.text += data;
    else if (table && table.caption !== null) table.caption += data;
    else if (!table) this.paragraph += data;
    // text between cells of a table (outside any td) is not shown by browsers either
  }

  end(): void {
    while (this.tables.length > 0) this.closeTable(this.tables.at(-1)!);
    this.flushParagraph();
  }

  /** A block starts or ends: inside a cell a line break, outside the paragraph so far is a row. */
  private blockBoundary(at: number): void {
    const table = this.tables.at(-1);
    if (table?.cell) {
      if (table.cell.text !== '' && !table.cell.text.endsWith('\n')) table.cell.text += '\n';
    } else if (!table) {
      this.flushParagraph();
      this.paragraphLine = this.lineOf(at);
    }
  }

  private flushParagraph(): void {
    const text = this.paragraph;
    this.paragraph = '';
    for (const line of text.split('\n')) {
      const t = collapse(line);
      if (t !== '') this.rows.push({ cells: [t], table: false, line: this.paragraphLine });
    }
  }

  private openTable(): void {
    const parent = this.tables.at(-1);
    const source = `表${++this.tableCount}`;
    if (parent?.cell) {
      parent.cell.before = parent.cell.text;
      parent.cell.text = '';
    }
    const own: Row[] = [];
    const emit = parent ? (row: Row) => own.push(row) : (row: Row) => this.rows.push(row);
    this.tables.push({
      grid: new TableGrid(),
      source,
      rowCount: 0,
      cell: null,
      caption: null,
      nested: [],
      own,
      emit,
    });
  }

  /**
   * A nested table has ended: a big one makes the cell around it page layout (text before it, the table,
   * text after it, in order); a small one stays part of the cell's row and follows it.
   */
  private nestedTableEnded(table: OpenTable, parent: OpenTable): void {
    const cell = parent.cell;
    const tableRows = table.own.filter((r) => r.table).length;
    if (cell && (cell.flow || tableRows >= LAYOUT_NESTED_ROWS)) {
      this.flow(parent, cell.before ?? '', cell.line);
      for (const row of table.own) parent.emit(row);
      cell.flow = true;
      cell.before = null;
      return;
    }
    if (cell) {
      cell.text = (cell.before ?? '') + cell.text;
      cell.before = null;
    }
    for (const row of table.own) parent.nested.push(row);
  }

  /** Text of a layout cell as paragraph rows. */
  private flow(table: OpenTable, text: string, line: number): void {
    for (const part of text.split('\n')) {
      const t = collapse(part);
      if (t !== '') table.emit({ cells: [t], table: false, line });
    }
  }

  private closeCell(table: OpenTable): void {
    const cell = table.cell!;
    table.cell = null;
    if (cell.flow) {
      this.flow(table, cell.text, cell.line);
      table.grid.addCell('', cell.colspan, cell.rowspan);
    } else table.grid.addCell(cellText(cell.text), cell.colspan, cell.rowspan);
  }

  private endRow(table: OpenTable): void {
    const cells = table.grid.endRow();
    if (!cells) return;
    this.cells += cells.length;
    if (this.cells > MAX_HTML_CELLS) throw tooComplex(`表格超过 ${MAX_HTML_CELLS} 个单元格`);
    table.rowCount++;
    if (cells && cells.some((c) => c !== ''))
      table.emit({ cells, table: true, line: table.rowCount, source: table.source });
    for (const row of table.nested.splice(0)) table.emit(row);
  }

  private closeTable(table: OpenTable): void {
    if (table.cell) this.closeCell(table);
    if (table.grid.inRow) this.endRow(table);
    for (const row of table.nested.splice(0)) table.emit(row);
    this.tables.pop();
    const parent = this.tables.at(-1);
    if (parent) this.nestedTableEnded(table, parent);
  }
}

/** A cell's text as shown: HTML white space collapsed, line breaks kept, non-breaking spaces as spaces. */
function cellText(text: string): string {
  // Most cells are one line: that line collapsed (empty when blank) is the whole answer.
  if (!text.includes('\n')) return collapse(text);
  return text
    .split('\n')
    .map(collapse)
    .filter((l) => l !== '')
    .join('\n');
}

function collapse(line: string): string {
  return joinBreaks(line)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Marks white space that held a line break of the page's source (a private-use character no page shows). */
const SOURCE_BREAK = '\ue000';
/** Characters of East Asian width (CJK ideographs, kana, full-width forms and punctuation), Hangul aside. */
const WIDE =
  /[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A line break of the source is no space between two Chinese characters, as browsers show it (CSS Text's segment
 * break rule): Word's and many editors' HTML wrap the source inside Chinese text (原州区南部\r\n水源涵养林),
 * which would otherwise read as 原州区南部 水源涵养林. Elsewhere it is a space, as any white space.
 */
function joinBreaks(line: string): string {
  if (!line.includes(SOURCE_BREAK)) return line;
  return line.replace(/ *\ue000[ \ue000]*/g, (run: string, at: number, all: string) =>
    WIDE.test(all[at - 1] ?? '') && WIDE.test(all[at + run.length] ?? '') ? '' : ' ',
  );
}

function span(value: string | undefined, fallback = 1): number {
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

function tooComplex(what: string): ImportError {
  return new ImportError(
    'html-too-complex',
    `网页结构过于复杂（${what}），无法读取：请在浏览器中打开后只复制表格部分另存为 .txt，或另存为 Word/Excel 文件后导入`,
  );
}

/** Reads the rows of a saved web page. Throws ImportError for pages past the bounds. */
export function readHtmlRows(data: Uint8Array): Row[] {
  return readHtmlText(decodeHtml(data));
}

/** Reads the rows of a page already decoded. */
export function readHtmlText(html: string): Row[] {
  const reader = new PageReader(html);
  let parser: Parser | null = null;
  parser = new Parser(
    {
      onopentag: (name, attribs) => reader.open(name, attribs, parser?.startIndex ?? 0),
      onclosetag: (name) => reader.close(name, parser?.startIndex ?? 0),
      ontext: (data) => reader.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  reader.end();
  return reader.rows;
}
