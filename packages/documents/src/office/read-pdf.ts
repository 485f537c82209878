// .pdf → rows from the text layer (unpdf / pdf.js). Ruled tables are read on the grid their border lines
// draw (pdf-tables.ts): empty cells kept, merged cells as '', wrapped lines joined, header rows repeated
// on a new page dropped, a table's pages put on one set of columns. Text outside tables is grouped into
// lines by baseline and split into cells at wide gaps (a table without borders reads as tab-like rows).
// Radicals that Chromium-made PDFs put in place of ideographs are mapped back; page numbers are dropped.
import { getDocumentProxy } from 'unpdf';
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';
import {
  findRules,
  findTables,
  lineGroups,
  spaceBetween,
  tableRows,
  type Piece,
  type Rule,
} from './pdf-tables.ts';

/** Most pages read; a disclosure has a few dozen. */
const MAX_PAGES = 500;
/** Longest time spent reading one PDF. */
const TIMEOUT_MS = 60_000;

/** The table the previous page ended with, which the next page may continue. */
interface OpenTable {
  /** Column boundaries its rows are laid out on (the union over the pages it ran over). */
  xs: number[];
  /** Its rows so far, as emitted (widened in place when a later page shows more columns). */
  rows: Row[];
  /** No running text followed it on its page. */
  atPageEnd: boolean;
}

interface PageState {
  open: OpenTable | null;
}

export async function readPdfRows(data: Uint8Array): Promise<Row[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ImportError(
            'pdf-unreadable',
            'PDF 文件读取超时：文件可能过大或结构异常，请另存为较小的 PDF 或导出为 Word 后再导入',
          ),
        ),
      TIMEOUT_MS,
    );
  });
  const run = { cancelled: false };
  try {
    return await Promise.race([readAll(data, run), timeout]);
  } finally {
    run.cancelled = true; // a reading still going on after the time limit stops at its next page
    clearTimeout(timer);
  }
}

/**
 * pdf.js 5 calls ArrayBuffer.prototype.transferToFixedLength (Node 21+) while building a page's operator
 * list; on Node 20 that fails and pdf.js silently drops the rest of the page's drawing operators, and
 * with them table borders. A copying stand-in (it does not detach) is added when the method is missing.
 */
function ensureTransferToFixedLength(): void {
  if ('transferToFixedLength' in ArrayBuffer.prototype) return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const size = length ?? this.byteLength;
      const out = new ArrayBuffer(size);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      return out;
    },
  });
}

function unreadable(): ImportError {
  return new ImportError(
    'pdf-unreadable',
    'PDF 文件无法解析：文件可能已损坏、不完整或结构异常，请重新导出 PDF 后再导入',
  );
}

async function readAll(data: Uint8Array, run: { cancelled: boolean }): Promise<Row[]> {
  ensureTransferToFixedLength();
  // pdf.js may detach the buffer it is given: hand it a copy.
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false, stopAtErrors: false });
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      throw new ImportError('encrypted-file', 'PDF 文件设置了打开密码：请取消密码后另存，再导入');
    }
    throw unreadable();
  }
  try {
    const rows: Row[] = [];
    let characters = 0;
    const pages = Math.min(pdf.numPages, MAX_PAGES);
    const state: PageState = { open: null };
    for (let p = 1; p <= pages && !run.cancelled; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const size = Math.hypot(a ?? 0, b ?? 0) || Math.abs(d ?? 0) || item.height || 10;
        pieces.push({ text: normaliseRadicals(item.str), x: e ?? 0, y: f ?? 0, width: item.width, size });
        characters += item.str.replace(/\s/g, '').length;
      }
      const rules = await pageRules(page);
      for (const row of layoutPage(pieces, rules, state)) {
        // Rows are kept as objects: a table continued on a later page may widen them in place.
        row.line = p;
        row.source = `第${p}页`;
        rows.push(row);
      }
      page.cleanup();
    }
    if (characters === 0) {
      throw new ImportError(
        'pdf-no-text',
        'PDF 文件是扫描件，没有文字层，无法读取其中的表格：请导入原始的 Word/Excel 文件，或先用 OCR 软件识别成文字后再导入',
      );
    }
    return rows;
  } catch (e) {
    // pdf.js's own reasons (a cyclic page tree, a broken object) are English internals: say it plainly.
    throw e instanceof ImportError ? e : unreadable();
  } finally {
    await pdf.destroy();
  }
}

/**
 * Chromium-made PDFs map some ideographs to radicals (目 → ⽬ U+2F6C, 门 → ⻔ U+2ED4). Kangxi radicals
 * (U+2F00–2FDF) and a few supplement radicals have NFKC mappings; the simplified-form radicals of the
 * supplement (U+2E80–2EFF) have none, so they are mapped here to the ideographs they stand for.
 * Nothing outside these two blocks is touched (NFKC on all text would turn （） into ()).
 */
export function normaliseRadicals(text: string): string {
  return (
    text
      .replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'))
      // Noto CJK SC draws 户 with a glyph its cmap also gives to 戶, and Chromium's text layer says 戶.
      .replace(/\u6236/g, '\u6237')
  );
}

/** Radicals of the supplement block and the ideographs whose glyphs they share in CJK fonts. */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2e86': '冂',
  '\u2e89': '刂',
  '\u2e8a': '卜',
  '\u2e8b': '㔾',
  '\u2e8c': '小',
  '\u2e8d': '小',
  '\u2e90': '尢',
  '\u2e92': '巳',
  '\u2e93': '幺',
  '\u2e96': '忄',
  '\u2e97': '心',
  '\u2e98': '扌',
  '\u2e99': '攵',
  '\u2e9b': '旡',
  '\u2e9d': '月',
  '\u2e9e': '歺',
  '\u2ea0': '民',
  '\u2ea1': '氵',
  '\u2ea2': '氺',
  '\u2ea3': '灬',
  '\u2ea4': '爫',
  '\u2ea6': '丬',
  '\u2ea8': '犭',
  '\u2ea9': '王',
  '\u2eaa': '疋',
  '\u2eab': '罒',
  '\u2eac': '礻',
  '\u2ead': '礻',
  '\u2eaf': '糹',
  '\u2eb0': '纟',
  '\u2eb2': '罒',
  '\u2eb9': '耂',
  '\u2eba': '肀',
  '\u2ebb': '聿',
  '\u2ebc': '月',
  '\u2ebd': '臼',
  '\u2ebe': '艹',
  '\u2ebf': '艹',
  '\u2ec0': '艹',
  '\u2ec1': '虎',
  '\u2ec2': '衤',
  '\u2ec3': '覀',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2eca': '足',
  '\u2ecb': '车',
  '\u2ecc': '辶',
  '\u2ecd': '辶',
  '\u2ece': '辶',
  '\u2ecf': '阝',
  '\u2ed0': '钅',
  '\u2ed1': '長',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed6': '阝',
  '\u2ed7': '雨',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2edf': '飠',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eeb': '斉',
  '\u2eec': '齐',
  '\u2eed': '歯',
  '\u2eee': '齿',
  '\u2eef': '竜',
  '\u2ef0': '龙',
  '\u2ef1': '龜',
  '\u2ef2': '亀',
  '\u2ef3': '龟',
};

/** The border rules of a page; none when pdf.js cannot give its drawing operators. */
async function pageRules(page: {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}): Promise<Rule[]> {
  try {
    const ops = await page.getOperatorList();
    return findRules(ops.fnArray, ops.argsArray);
  } catch {
    return [];
  }
}

/**
 * One page → rows in reading order: ruled tables cell by cell, the remaining text line by line. A table
 * that continues the previous page's table loses the header rows it repeats, and both are put on the
 * same column boundaries (a page may show boundaries the other did not need).
 */
function layoutPage(pieces: Piece[], rules: Rule[], state: PageState): Row[] {
  const placed: Array<{ y: number; rows: Row[] }> = [];
  let rest = pieces;
  const tables = findTables(rules);
  const previous = state.open;
  state.open = null;
  tables.forEach((table, k) => {
    const { rows, used } = tableRows(table, rest);
    rest = rest.filter((p) => !used.has(p));
    let open: OpenTable = { xs: table.xs, rows, atPageEnd: false };
    if (k === 0 && previous?.atPageEnd && sameWidth(previous.xs, table.xs)) {
      const textAbove = rest.some(
        (p) => p.y > table.ys[0]! && p.text.trim() !== '' && !PAGE_NUMBER.test(p.text.trim()),
      );
      const dropped = dropRepeatedHead(rows, previous.rows);
      if (dropped || !textAbove) {
        open = joinTables(previous, table.xs, rows);
        // A row the page break cut in two: the part on the new page is the end of its cells (项目设计、招 | 完成
        // 时间为… | 6 | 5 / 标、施工), not a row of its own.
        const last = previous.rows.at(-1);
        if (!dropped && last && rows[0] && continuesCutRow(last.cells, rows[0].cells)) {
          const tail = rows.shift()!;
          last.cells = last.cells.map((c, j) => joinCellParts(c, tail.cells[j] ?? ''));
          open.rows = open.rows.filter((r) => r !== tail);
        }
      }
    }
    if (rows.length > 0) placed.push({ y: table.ys[0]!, rows });
    state.open = open;
  });
  const lines = lineRows(rest);
  for (const line of lines) placed.push({ y: line.y, rows: [line.row] });
  const last = tables[tables.length - 1];
  const open = state.open as OpenTable | null;
  if (open && last) open.atPageEnd = !lines.some((l) => l.y < last.ys[last.ys.length - 1]!);
  return placed.sort((a, b) => b.y - a.y).flatMap((p) => p.rows);
}

const FIGURE = /^[\d.,%％]+$/;

/**
 * The first row of a table's next page is the rest of the previous page's last row, cut by the break: it
 * writes only in cells that row filled (a wrapped name's end, drawn with borders on both pages), no figure
 * of its own, while that row holds figures (分值, 得分) in cells it leaves empty — a row of its own has its
 * own figures.
 */
function continuesCutRow(before: string[], after: string[]): boolean {
  const filled = (c: string | undefined) => (c ?? '').trim() !== '';
  const written = after.map((c, j) => (filled(c) ? j : -1)).filter((j) => j >= 0);
  if (written.length === 0 || written.some((j) => !filled(before[j]))) return false;
  if (written.some((j) => FIGURE.test(after[j]!.trim()))) return false;
  return before.some((c, j) => !filled(after[j]) && FIGURE.test(c.trim()));
}

/** A cell's text before a page break and after it, as one: words of Latin letters or figures keep a space. */
function joinCellParts(before: string, after: string): string {
  if (after.trim() === '') return before;
  if (before.trim() === '') return after;
  return /[A-Za-z0-9]$/.test(before.trimEnd()) && /^[A-Za-z0-9]/.test(after.trimStart())
    ? `${before.trimEnd()} ${after.trimStart()}`
    : before.trimEnd() + after.trimStart();
}

function sameWidth(a: number[], b: number[]): boolean {
  return Math.abs(a[0]! - b[0]!) < 3 && Math.abs(a[a.length - 1]! - b[b.length - 1]!) < 3;
}

/** The continued table on the union of both pages' column boundaries, its earlier rows widened in place. */
function joinTables(previous: OpenTable, xs: number[], rows: Row[]): OpenTable {
  const union = [...previous.xs];
  for (const x of xs) if (!union.some((u) => Math.abs(u - x) < 1.5)) union.push(x);
  union.sort((a, b) => a - b);
  for (const row of previous.rows) row.cells = widen(row.cells, previous.xs, union);
  for (const row of rows) row.cells = widen(row.cells, xs, union);
  return { xs: union, rows: [...previous.rows, ...rows].slice(-400), atPageEnd: false };
}

/** Cells laid out on `from` put on the finer boundaries `to`: a column split in two keeps its text first. */
function widen(cells: string[], from: number[], to: number[]): string[] {
  if (from.length === to.length) return cells;
  const out: string[] = [];
  cells.forEach((text, j) => {
    out.push(text);
    const left = from[j]!;
    const right = from[j + 1] ?? Infinity;
    for (const x of to) if (x > left + 1.5 && x < right - 1.5) out.push('');
  });
  return out;
}

/**
 * Removes the header rows a table repeats at the top of a new page: the rows at the top that already
 * stood, in order, in the table the previous page ended with (at most 3, found at their last place;
 * compared by their filled cells), as long as they read as headers: data rows may equal earlier ones (the
 * long-term and annual tables often list the same indicators). A single repeated row counts only when
 * the previous page ended inside a table body: a lone header after a goal line starts a new table.
 */
function dropRepeatedHead(rows: Row[], earlier: Row[]): boolean {
  const key = (cells: string[]) => cells.filter((c) => c.trim() !== '').join('\t');
  const before = earlier.slice(0, -1).map((r) => key(r.cells)); // the previous page's last row is never a header
  const first = rows[0] ? key(rows[0].cells) : null;
  const start = first === null ? -1 : before.lastIndexOf(first);
  if (start < 0) return false;
  let k = 0;
  while (
    k < 3 &&
    k < rows.length - 1 &&
    start + k < before.length &&
    before[start + k] === key(rows[k]!.cells) &&
    headerLike(rows[k]!.cells)
  ) {
    k++;
  }
  const last = earlier[earlier.length - 1]?.cells ?? [];
  if (k === 1 && last.filter((c) => c.trim() !== '').length < 3) return false;
  rows.splice(0, k);
  return k > 0;
}

const HEADER_WORD =
  /^(目标名称|[一二三]级指标|指标值.*|指标值确定依据|指标分类|绩效标准|项目|项目名称|预算数|金额|科目(名称|编码)|(功能|经济)(科目|分类).*|单位(名称|代码)|收入|支出|资金来源|名称|目标说明)$/;

/** A row of column titles (a known title word, no digits) or a table's title row (one cell ending in 表). */
function headerLike(cells: string[]): boolean {
  const filled = cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  if (filled.some((c) => /\d/.test(c))) return false;
  return filled.some((c) => HEADER_WORD.test(c)) || (filled.length === 1 && /表$/.test(filled[0]!));
}

/** One page's pieces → rows: lines by baseline (top to bottom), cells by horizontal gaps. */
export function pageRows(pieces: Piece[]): Row[] {
  return lineRows(pieces).map((l) => l.row);
}

function lineRows(pieces: Piece[]): Array<{ y: number; row: Row }> {
  const out: Array<{ y: number; row: Row }> = [];
  for (const line of lineGroups(pieces)) {
    line.sort((p, q) => p.x - q.x);
    const cells: string[] = [];
    let current = '';
    let end = -Infinity;
    for (const piece of line) {
      // pdf.js emits a blank item over every gap; the gap itself is measured between real pieces.
      if (piece.text.trim() === '') continue;
      const gap = piece.x - end;
      const em = piece.size;
      if (current !== '' && gap > em * 0.6) {
        cells.push(current.trim());
        current = '';
      } else if (current !== '' && spaceBetween(current, piece.text, gap, em)) {
        current += ' ';
      }
      current += piece.text;
      end = Math.max(end, piece.x + piece.width);
    }
    if (current.trim() !== '') cells.push(current.trim());
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0 || (filled.length === 1 && PAGE_NUMBER.test(filled[0]!))) continue;
    out.push({
      y: line[0]!.y,
      row: filled.length > 1 ? { cells: filled, table: true } : { cells: [filled[0]!], table: false },
    });
  }
  return out;
}

/** A printed page number: "第 3 页 / 共 13 页", "- 3 -", "3/13". */
const PAGE_NUMBER =
  /^(第\s*\d+\s*页(\s*[/／,，]?\s*共\s*\d+\s*页)?|[-—]?\s*\d{1,4}\s*[-—]?|\d{1,4}\s*[/／]\s*\d{1,4})$/;
