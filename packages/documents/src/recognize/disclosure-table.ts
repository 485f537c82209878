// One standard table of a disclosure read from its rows: the 单位 note, header rows composed into column names,
// data rows with amounts as plain decimals; also a table written one cell per line without any table markup.
import { disclosureTableKind, parseAmount, threePublicLine, type DisclosureTable } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { filledCells, firstFilled } from './row-helpers.ts';
import { restackOneCellRows } from './disclosure-vertical-table.ts';
import { readLabelValueLines, type CellLine } from './disclosure-label-value-lines.ts';

/** A table as read, with the source line of each of its rows (for provenance). */
export interface TableRead {
  table: DisclosureTable;
  lines: Array<number | null>;
  end: number;
}

const IS_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const UNIT = /单位[:：]?(亿元|万元|千元|元)$/;
const TABLE_NUMBER = /^(附)?表[一二三四五六七八九十\d]+$/;

/** The 单位 a line states: "单位：万元", "单位:元", "单位:亿元" (a city's 汇总 table), a lone "万元". */
export function unitOf(text: string): string | null {
  const t = labelKey(text);
  return UNIT.exec(t)?.[1] ?? (/^(亿元|万元|千元|元)$/.test(t) ? t : null);
}

/** A row that sits between a title and its table: 单位, 单位名称, 表一, nothing. */
function isPreambleRow(row: Row): boolean {
  const f = filledCells(row);
  return f.every(
    (c) =>
      unitOf(c) !== null ||
      // 编制部门：X | 单位：元 — who compiled the table, printed over it by a 部门预算's tables (fresh/643).
      /^(单位(名称)?|编制(部门|单位)|预算单位)[:：]/.test(labelKey(c)) ||
      TABLE_NUMBER.test(labelKey(c)),
  );
}

/** A table row that opens something else: the next table's number or title, a 注 under the table. */
function endsTable(row: Row): boolean {
  const f = filledCells(row);
  if (f.length !== 1) return false;
  const t = labelKey(f[0]!);
  return TABLE_NUMBER.test(t) || disclosureTableKind(t) !== null || /^(注|备注)[:：]?/.test(t);
}

export function readTable(rows: readonly Row[], start: number, title: string): TableRead {
  let unit: string | null = null;
  let i = start + 1;
  for (; i < rows.length && (!rows[i]!.table || isPreambleRow(rows[i]!)); i++) {
    for (const c of filledCells(rows[i]!)) unit = unitOf(c) ?? unit;
  }
  const body: Row[] = [];
  for (; i < rows.length && !endsTable(rows[i]!); i++) {
    if (rows[i]!.table) body.push(rows[i]!);
    else if (headerLine(rows, i, body)) body.push({ ...rows[i]!, table: true });
    else break;
  }
  let note: string | null = null;
  if (i < rows.length && /^(备注|注)[:：]?/.test(labelKey(firstFilled(rows[i]!)))) {
    note = oneLine(firstFilled(rows[i]!)).replace(/^(备注|注)\s*[:：]\s*/, '');
    i++;
  }
  const restacked = restackOneCellRows(body);
  if (restacked) body.splice(0, body.length, ...restacked);
  const dataStart = body.findIndex(isDataRow);
  const headerRows = dataStart < 0 ? body : body.slice(0, dataStart);
  const columns = composeColumns(headerRows.filter((r) => !isColumnNumberRow(r) && !isCodeLevelRow(r)));
  const rowsOut: string[][] = [];
  const lines: Array<number | null> = [];
  let prevLine: number | undefined;
  for (const r of dataStart < 0 ? [] : body.slice(dataStart)) {
    const cells = joinCodeLevels(r.cells.map((c) => normaliseCell(c)));
    const broken = r.line !== undefined && prevLine !== undefined && r.line > prevLine + 1;
    prevLine = r.line;
    if (cells.every((c) => c === '')) continue;
    const filled = cells.map((c, k) => ({ c, k })).filter((x) => x.c !== '');
    const prev = rowsOut.at(-1);
    // A row broken over a page or line: a lone short fragment continues the cell above.
    if (
      prev &&
      broken &&
      filled.length === 1 &&
      !IS_NUMBER.test(filled[0]!.c) &&
      filled[0]!.c.length <= 6 &&
      prev[filled[0]!.k]
    ) {
      prev[filled[0]!.k] += filled[0]!.c;
      continue;
    }
    rowsOut.push(cells);
    lines.push(r.line ?? null);
  }
  const aligned = rowsOut.map((r) => withCodeInNameColumn(r, columns));
  return { table: { title, unit, columns, rows: aligned, note }, lines, end: i };
}

/**
 * A code and its name in two cells under one header column that names them both (功能分类科目编码 over
 * 功能分类科目名称, the code's levels below): the row is one cell longer than the header, every amount one
 * column right of its name. They are written as one cell "2010507 专项普查活动" (as tables that print them
 * together do), so the amounts stand under 合计, 基本支出, 项目支出 like the 合计 row's.
 */
function withCodeInNameColumn(row: string[], columns: readonly string[]): string[] {
  if (columns.length === 0 || row.length !== columns.length + 1) return row;
  if (!/^\d{3,7}$/.test(row[0]!) || !/\p{Script=Han}/u.test(row[1]!)) return row;
  // The next column is the first amount's (合计), not a name column of its own: its own header names no code.
  if (!/编码|代码/.test(columns[0]!) || /编码|代码|名称/.test(columns[1]?.split('/').at(-1) ?? ''))
    return row;
  return [`${row[0]} ${row[1]}`, ...row.slice(2)];
}

/**
 * A 三公 table written one cell per line as paragraphs: header cells, then value cells. A group header
 * (公务用车购置及运行费 over 小计 / 购置费 / 运行费) is put in place of its sub-columns, a header broken over two
 * lines (公务 / 接待费) joined, so that each value gets its column. Null when the lines are not such a table.
 */
export function readCellLines(rows: readonly Row[], start: number, title: string): TableRead | null {
  let unit: string | null = null;
  const cells: CellLine[] = [];
  let i = start + 1;
  for (; i < rows.length && !rows[i]!.table; i++) {
    const t = firstFilled(rows[i]!);
    if (filledCells(rows[i]!).length !== 1 || t.length > 24 || /[。；，,]/.test(t)) break;
    const u = unitOf(t);
    if (u) unit = u;
    else cells.push({ text: labelKey(t), line: rows[i]!.line ?? null, row: i });
  }
  const values = cells.filter((c) => IS_NUMBER.test(c.text));
  const headers = joinBroken(cells.filter((c) => !IS_NUMBER.test(c.text)).map((c) => c.text));
  if (values.length === 0 || headers.length === 0) return null;
  // Amounts among the labels: the table runs down its rows, not across.
  if (cells.findIndex((c) => IS_NUMBER.test(c.text)) < headers.length)
    return readLabelValueLines(cells, title, unit);
  const columns = headers.length === values.length ? headers : leafColumns(headers);
  if (columns.length !== values.length) return null;
  const table: DisclosureTable = {
    title,
    unit,
    columns,
    rows: [values.map((v) => parseAmount(v.text) ?? v.text)],
    note: null,
  };
  return { table, lines: [values[0]!.line], end: i };
}

/** Header lines that mean nothing alone and something with the next one: 公务 + 接待费. */
function joinBroken(headers: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k]!;
    const next = headers[k + 1];
    if (next && !threePublicLine(h) && h !== '小计' && threePublicLine(h + next)?.exact) {
      out.push(h + next);
      k++;
    } else out.push(h);
  }
  return out;
}

/** First-row headers with a group's sub-columns (小计 and its parts, written after the first row) in its place. */
function leafColumns(headers: string[]): string[] {
  const keys = headers.map((h) => (h === '小计' ? 'subtotal' : (threePublicLine(h)?.key ?? null)));
  const partKeys = new Set(['threePublicVehiclePurchase', 'threePublicVehicleOperation']);
  const group = headers.findIndex((_, k) => keys[k] === 'threePublicVehicles');
  const subs = headers
    .map((h, k) => ({ h, k }))
    .filter((x) => keys[x.k] === 'subtotal' || partKeys.has(keys[x.k] ?? ''));
  if (group < 0 || subs.length === 0 || subs[0]!.k < group) return headers;
  const top = headers.filter((_, k) => !subs.some((s) => s.k === k));
  const at = top.indexOf(headers[group]!);
  const leaves = subs.map((s) => `${headers[group]}/${s.h}`);
  if (!subs.some((s) => keys[s.k] === 'subtotal')) leaves.unshift(headers[group]!);
  return [...top.slice(0, at), ...leaves, ...top.slice(at + 1)];
}

/**
 * A header cell written on a line of its own among the header rows (功能分类科目编码 between 项目 | 支出预算 and
 * 功能分类科目名称 | 合计 | 基本支出 | 项目支出, fresh/643): a short text without figures, before any data row, with
 * the table's rows going on after it.
 */
function headerLine(rows: readonly Row[], i: number, body: readonly Row[]): boolean {
  const f = filledCells(rows[i]!);
  return (
    body.length > 0 &&
    f.length === 1 &&
    f[0]!.trim().length <= 12 &&
    !/\d/.test(f[0]!) &&
    rows[i + 1]?.table === true &&
    !body.some(isDataRow)
  );
}

function normaliseCell(c: string): string {
  const t = oneLine(c);
  if (isBlankCell(t) || /^\*+$/.test(t)) return '';
  if (IS_NUMBER.test(t.replace(/\s/g, ''))) return parseAmount(t) ?? t;
  return t;
}

function isDataRow(row: Row): boolean {
  const cells = row.cells.map((c) => oneLine(c).replace(/\s/g, ''));
  if (isColumnNumberRow(row)) return false;
  return (
    cells.some((c) => /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/.test(c)) ||
    // A whole amount in 元 with its thousands parted (189,767,551): no header cell is written so.
    cells.some((c) => /^-?\d{1,3}(,\d{3})+$/.test(c)) ||
    /^\d{3,7}$/.test(cells[0] ?? '') ||
    /^(合计|总计)$/.test(labelKey(filledCells(row)[0] ?? ''))
  );
}

function isColumnNumberRow(row: Row): boolean {
  const f = filledCells(row).map((c) => c.replace(/\s/g, ''));
  return f.length >= 3 && f.every((c) => /^(\d{1,2}|\*+)$/.test(c));
}

/**
 * The 科目编码's levels written as a header row of their own (类 | 款 | 项): they name the parts of the code,
 * not the amount columns; an extraction that drops the blank cells writes them from the first column, under
 * 合计 and 基本支出 (fresh/643), so they are kept out of the column names.
 */
function isCodeLevelRow(row: Row): boolean {
  const f = filledCells(row).map((c) => labelKey(c));
  return f.length >= 2 && f.every((c) => /^(类|款|项)$/.test(c));
}

/**
 * A 科目编码 printed level by level in cells of its own (201 | 05 | 07 | 专项普查活动 | amounts, under a header
 * 类 | 款 | 项): the 3-digit 类 and the 2-digit 款 and 项 after it are one code (2010507), the name after them,
 * so that every row of the table has the same cells whatever the level of its code. A row whose cells after the
 * 类 are not a code's levels followed by a name is left as it is.
 */
export function joinCodeLevels(cells: string[]): string[] {
  if (!/^\d{3}$/.test(cells[0] ?? '')) return cells;
  let k = 1;
  while (k < 3 && /^\d{2}$/.test(cells[k] ?? '')) k++;
  if (k === 1 || !/\p{Script=Han}/u.test(cells[k] ?? '')) return cells;
  return [cells.slice(0, k).join(''), ...cells.slice(k)];
}

/** Column names from one or more header rows; a group label spans the blank cells to its right. */
function composeColumns(headerRows: Row[]): string[] {
  if (headerRows.length === 0) return [];
  const width = Math.max(...headerRows.map((r) => r.cells.length));
  const grid = realign(headerRows.map((r) => r.cells.map((c) => labelKey(oneLine(c))))).map((cells, ri) => {
    const out: string[] = [];
    let carry = '';
    for (let k = 0; k < width; k++) {
      const t = cells[k] ?? '';
      if (t) carry = t;
      out.push(t || (ri !== headerRows.length - 1 ? carry : ''));
    }
    return out;
  });
  const cols: string[] = [];
  for (let k = 0; k < width; k++) {
    const parts: string[] = [];
    for (const g of grid) if (g[k] && !parts.includes(g[k]!)) parts.push(g[k]!);
    cols.push(parts.join('/'));
  }
  while (cols.length > 0 && cols.at(-1) === '') cols.pop();
  return cols;
}

/**
 * Header rows whose cells under a row-spanning label were dropped by the extraction ("增、减金额 | 增、减幅度"
 * written from the first column): moved under the group label of the row above that spans as many columns.
 */
function realign(rows: string[][]): string[][] {
  return rows.map((cells, ri) => {
    if (ri === 0) return cells;
    const n = cells.findIndex((c) => c === '');
    const filled = n < 0 ? cells.length : n;
    if (filled === 0 || cells.slice(filled).some((c) => c !== '')) return cells;
    const above = rows[ri - 1]!;
    const last = above.reduce((a, c, k) => (c ? k : a), -1);
    const group = last;
    const span = Math.max(above.length, cells.length) - group;
    if (group <= 0 || filled < 2 || span < filled || above.slice(group + 1).some((c) => c !== ''))
      return cells;
    const out = Array<string>(group).fill('');
    return [...out, ...cells.slice(0, filled)];
  });
}
