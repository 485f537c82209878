// .xlsx → rows with exceljs: every sheet in order, each non-empty sheet row a table row (source = sheet
// name) whose merged-over cells are '', values as a person reads them (cached formula results, or the
// result computed when a program saved none, number formats applied, no float noise); hidden sheets, and rows
// and columns hidden in a sheet, are left out, as Excel shows and prints the workbook; inline strings are read
// without their phonetic runs, _x000D_ as a line break (xlsx-inline-strings.ts). The archive is first proven safe (size, ratio, no DTD, bounded
// element and cell counts) by a streaming walk, since exceljs holds the whole workbook in memory.
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import type { Row } from '../rows/row.ts';
import { ImportError, tooComplex } from '../import-errors.ts';
import { SafeZip } from './safe-zip.ts';
import { DEFAULT_XML_LIMITS, XmlWalk, type XmlHandler } from './xml-walk.ts';
import { formatCellValue } from './cell-text.ts';
import { uncachedFormulas } from './xlsx-uncached.ts';
import { InlineStrings, withoutPhoneticRuns } from './xlsx-inline-strings.ts';

/** Most columns read from a sheet; cells beyond are ignored (real forms have fewer than 30). */
const MAX_COLUMNS = 256;
/** Most cells read from a workbook, so a sparse sheet claiming a million rows cannot exhaust memory. */
const MAX_CELLS = 2_000_000;

/**
 * Chinese Excel and WPS store 2022年1月1日 as a built-in format (ids 27–36, 50–58) whose code depends on
 * the locale; exceljs knows these only per locale and leaves them without a code, so their dates would
 * read as serials (44562). Give them the zh-CN codes exceljs ships, once, before any workbook is read.
 */
function useChineseBuiltinDateFormats(): void {
  const table = createRequire(import.meta.url)('exceljs/lib/xlsx/defaultnumformats.js') as Record<
    string,
    { f?: string; 'zh-cn'?: string }
  >;
  for (const entry of Object.values(table)) if (!entry.f && entry['zh-cn']) entry.f = entry['zh-cn'];
}
useChineseBuiltinDateFormats();

export async function readXlsxRows(data: Uint8Array): Promise<Row[]> {
  const inline = verifyPackage(data);
  const workbook = new ExcelJS.Workbook();
  try {
    const readable = inline.phoneticParts.size > 0 ? withoutPhoneticRuns(data, inline.phoneticParts) : data;
    await workbook.xlsx.load(toArrayBuffer(readable));
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // exceljs's own reason is an English internal: not for the person, who needs what to do.
    throw new ImportError(
      'corrupt-archive',
      'Excel 文件无法解析：文件可能已损坏或结构不完整，请在 Excel 中另存为 .xlsx 后再导入',
    );
  }
  const rows: Row[] = [];
  let cellBudget = MAX_CELLS;
  for (const sheet of workbook.worksheets) {
    // a sheet the workbook hides (a template's drop-down lists, lookup codes) is no part of what a person sees
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    cellBudget = readSheet(sheet, rows, cellBudget, inline.forSheet(sheet.name));
  }
  return rows;
}

/** Most cells the worksheets may hold before exceljs builds its model of them (real forms: a few thousand). */
export const MAX_XLSX_CELLS = 300_000;
/** Most elements of all XML parts together. */
const MAX_XLSX_ELEMENTS = 1_500_000;

/**
 * Inflates every part within the limits and walks each XML part with the bounded streaming parser (DTDs,
 * nesting, element and cell counts) before exceljs, which builds a whole model in memory, sees the bytes. The
 * same walk reads the sheets' inline strings, which exceljs reads with their phonetic runs.
 */
function verifyPackage(data: Uint8Array): InlineStrings {
  const inline = new InlineStrings();
  const zip = new SafeZip(data);
  if (!zip.has('xl/workbook.xml')) {
    throw new ImportError(
      'corrupt-archive',
      '这个压缩包里没有 Excel 工作簿（xl/workbook.xml）：文件可能已损坏或并非 .xlsx，请在 Excel 中另存为 .xlsx 后再导入',
    );
  }
  let elements = 0;
  let cells = 0;
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/')) continue;
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) {
      zip.inflate(entry);
      continue;
    }
    const sheet = entry.name.startsWith('xl/worksheets/');
    const reader = inline.handlerFor(entry.name);
    const counter: XmlHandler = {
      open(name, attrs) {
        if (sheet && (name === 'c' || name.endsWith(':c')) && ++cells > MAX_XLSX_CELLS)
          throw tooComplex(`工作表中超过 ${MAX_XLSX_CELLS} 个单元格`);
        reader?.open(name, attrs);
      },
      close(name) {
        reader?.close(name);
      },
      text(text) {
        reader?.text(text);
      },
    };
    const walk = new XmlWalk(counter, entry.name, {
      limits: { ...DEFAULT_XML_LIMITS, maxElements: MAX_XLSX_ELEMENTS },
      counted: elements,
    });
    zip.streamText(entry.name, (text) => walk.write(text));
    walk.end();
    elements = walk.elements;
  }
  return inline;
}

function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

function readSheet(
  sheet: ExcelJS.Worksheet,
  out: Row[],
  budget: number,
  inlineTexts: ReadonlyMap<string, string> | undefined,
): number {
  const values = new Map<number, Map<number, string>>();
  const bordered = new Set<number>();
  const computed = uncachedFormulas(sheet);
  // A template's column or example row hidden rather than deleted is not part of the form a person sees.
  const hiddenColumns = new Set<number>();
  for (let c = 1; c <= Math.min(sheet.columnCount, MAX_COLUMNS); c++)
    if (sheet.getColumn(c).hidden) hiddenColumns.add(c);
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLUMNS || hiddenColumns.has(c)) return;
      if (hasBorder(cell)) bordered.add(r);
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text =
        inlineTexts?.get(cell.address) ?? (formatCellValue(cell.value, cell.numFmt) || computed(cell));
      if (text === '') return;
      let line = values.get(r);
      if (!line) values.set(r, (line = new Map()));
      line.set(c, text);
      width = Math.max(width, c);
    });
  });
  // A merge that starts at a value widens the row to the merge's right edge.
  const merges = mergeRanges(sheet);
  for (const m of merges)
    if (values.get(m.top)?.has(m.left)) width = Math.max(width, Math.min(m.right, MAX_COLUMNS));

  const rowNumbers = [...values.keys()].sort((a, b) => a - b);
  let first = 1;
  while (hiddenColumns.has(first)) first++;
  const isLone = (r: number) => values.get(r)?.size === 1 && values.get(r)!.has(first) && !bordered.has(r);
  // A row the table gives as its own: several values, or its one value past the first column (a template's ……
  // under a merged 一级, a figure alone in its column).
  // A row with its one value in the first column is no such row, bordered or not: a banded heading (项目绩效总目标)
  // around an unbordered goal's text leaves that text a line of its own.
  const isTableLine = (r: number) => {
    const line = values.get(r);
    return line !== undefined && (line.size > 1 || !line.has(first));
  };
  for (const r of rowNumbers) {
    const line = values.get(r)!;
    budget -= width;
    if (budget < 0) {
      throw new ImportError(
        'archive-too-large',
        'Excel 文件的单元格过多：请只保留绩效目标表所在的工作表后再导入',
      );
    }
    // A label alone between two rows of a table right above and below it (1.因公出国（境）费 with its figures
    // left empty) is a row of that table; titles and notes stand above or under it.
    const inside = isTableLine(r - 1) && isTableLine(r + 1);
    if (isLone(r) && !inside) {
      // A title or note line outside any table.
      out.push({ cells: [line.get(first)!], table: false, line: r, source: sheet.name });
      continue;
    }
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) if (!hiddenColumns.has(c)) cells.push(line.get(c) ?? '');
    out.push({ cells, table: true, line: r, source: sheet.name });
  }
  return budget;
}

function hasBorder(cell: ExcelJS.Cell): boolean {
  const b = cell.border;
  return Boolean(b && (b.top?.style || b.bottom?.style || b.left?.style || b.right?.style));
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merged ranges, read from the model exceljs keeps ("A1:C2"). */
function mergeRanges(sheet: ExcelJS.Worksheet): Range[] {
  const model = sheet.model as unknown as { merges?: string[] };
  const out: Range[] = [];
  for (const ref of model.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    out.push({
      top: Number(m[2]),
      left: columnNumber(m[1]!),
      bottom: Number(m[4]),
      right: columnNumber(m[3]!),
    });
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
