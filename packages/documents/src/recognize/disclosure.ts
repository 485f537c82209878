// Rows of a 部门预算公开 → Disclosure: explanation sections 一…九, the standard tables, key figures.
import { parseAmount, type Disclosure, type DisclosureTable } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { yearIn } from './titles.ts';
import { filledCells, firstFilled } from './row-helpers.ts';
import { readDisclosureFigures } from './disclosure-figures.ts';

const SECTION = /^([一二三四五六七八九十]+)\s*[、.．]\s*(.+?)[:：]?$/;
const TABLE_TITLE = /^(?:(19|20)\d{2}\s*年度?\s*)?(.{2,40}表)(（.{1,20}）|\(.{1,20}\))?$/;
const LIST_MARKER = /^\s*([（(]?[一二三四五六七八九十\d]+[)）、.．]|[-•·]\s)/;

export function recognizeDisclosure(rows: Row[], title: string | null): Disclosure {
  const header = title ?? '';
  const m = /^(.*?)\s*((?:19|20)\d{2})\s*年度?\s*部门预算/.exec(header);
  const department = m ? m[1]!.trim() || null : null;
  const year = yearIn(header);
  const sections: Array<{ title: string; text: string }> = [];
  const tables: DisclosureTable[] = [];
  let part: string | null = null;
  let current: { title: string; lines: Array<{ text: string; line: number | undefined }> } | null = null;
  let sectionsDone = false;

  const closeSection = () => {
    if (current) sections.push({ title: current.title, text: joinLines(current.lines.map((l) => l.text)).trim() });
    current = null;
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const text = firstFilled(row);
    if (!row.table) {
      const t = text.trim();
      if (/^[-•·]\s/.test(row.cells[0] ?? '')) continue; // a table of contents entry
      const tableTitle = isTableTitle(t, rows, i);
      if (tableTitle) {
        closeSection();
        sectionsDone = true;
        const table = readTable(rows, i, tableTitle);
        tables.push(table.table);
        i = table.end - 1;
        continue;
      }
      const s = SECTION.exec(t);
      if (s && t.length <= 40 && !sectionsDone) {
        closeSection();
        current = { title: part && sections.some((x) => x.title.startsWith(`${s[1]}、`)) ? `${part}：${s[1]}、${s[2]}` : `${s[1]}、${s[2]}`, lines: [] };
        continue;
      }
      if (/情况说明$|公开说明$/.test(labelKey(t)) && t.length <= 60) {
        closeSection();
        part = t.replace(/^.*?(?:19|20)\d{2}\s*年\s*/, '');
        continue;
      }
      if (current && !/^\.+$/.test(t)) current.lines.push({ text: t, line: row.line });
    }
  }
  closeSection();
  const disclosure: Disclosure = {
    kind: 'disclosure',
    formType: '部门预算公开',
    title,
    year,
    department,
    sections,
    tables,
    figures: {},
  };
  disclosure.figures = readDisclosureFigures(disclosure);
  return disclosure;
}

/** Paragraph lines of a PDF extraction joined back: a line that does not end a sentence continues. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    if (out === '') out = l;
    else if (/[。；！？:：]$/.test(out) || LIST_MARKER.test(l)) out += '\n' + l;
    else out += /[\p{Script=Han}%）)]$/u.test(out) && /^[\p{Script=Han}\d（(]/u.test(l) ? l : ' ' + l;
  }
  return out.replace(/(\d)\s+(?=[%万])/g, '$1');
}

function isTableTitle(text: string, rows: Row[], i: number): string | null {
  const key = labelKey(text);
  const m = TABLE_TITLE.exec(key);
  if (!m || /^(\d{1,2}\s*[.、．]|-)/.test(key)) return null;
  // A title is followed (within a few paragraphs of 单位名称/单位) by table rows.
  for (let k = i + 1; k < Math.min(rows.length, i + 6); k++) {
    if (rows[k]!.table) return (m[2]! + (m[3] ?? '')).replace(/\(/g, '（').replace(/\)/g, '）');
    const t = labelKey(firstFilled(rows[k]!));
    // Only short lines (单位名称：…, a wrapped name, 单位：万元) sit between a title and its table.
    if (t.length > 30 || SECTION.test(t)) return null;
  }
  return null;
}

const IS_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

function readTable(rows: Row[], start: number, title: string): { table: DisclosureTable; end: number } {
  let unit: string | null = null;
  let i = start + 1;
  for (; i < rows.length && !rows[i]!.table; i++) {
    const t = labelKey(firstFilled(rows[i]!));
    const u = /单位[:：]?(万元|元|千元)$/.exec(t) ?? (/^(万元|元)$/.test(t) ? [t, t] : null);
    if (u) unit = u[1]!;
  }
  const body: Row[] = [];
  for (; i < rows.length && rows[i]!.table; i++) body.push(rows[i]!);
  let note: string | null = null;
  if (i < rows.length && /^备注/.test(labelKey(firstFilled(rows[i]!)))) {
    note = oneLine(firstFilled(rows[i]!)).replace(/^备注[:：]\s*/, '');
    i++;
  }
  const dataStart = body.findIndex(isDataRow);
  const headerRows = dataStart < 0 ? body : body.slice(0, dataStart);
  const columns = composeColumns(headerRows.filter((r) => !isColumnNumberRow(r)));
  const rowsOut: string[][] = [];
  let prevLine: number | undefined;
  for (const r of dataStart < 0 ? [] : body.slice(dataStart)) {
    const cells = r.cells.map((c) => normaliseCell(c));
    const broken = r.line !== undefined && prevLine !== undefined && r.line > prevLine + 1;
    prevLine = r.line;
    if (cells.every((c) => c === '')) continue;
    const filled = cells.map((c, k) => ({ c, k })).filter((x) => x.c !== '');
    const prev = rowsOut.at(-1);
    // A row broken over a page or line: a lone short fragment continues the cell above.
    if (prev && broken && filled.length === 1 && !IS_NUMBER.test(filled[0]!.c) && filled[0]!.c.length <= 6 && prev[filled[0]!.k]) {
      prev[filled[0]!.k] += filled[0]!.c;
      continue;
    }
    rowsOut.push(cells);
  }
  return { table: { title, unit, columns, rows: rowsOut, note }, end: i };
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
  return cells.some((c) => /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/.test(c)) || /^\d{3,7}$/.test(cells[0] ?? '') || /^(合计|总计)$/.test(labelKey(filledCells(row)[0] ?? ''));
}

function isColumnNumberRow(row: Row): boolean {
  const f = filledCells(row).map((c) => c.replace(/\s/g, ''));
  return f.length >= 3 && f.every((c) => /^(\d{1,2}|\*+)$/.test(c));
}

/** Column names from one or more header rows; a group label spans the blank cells to its right. */
function composeColumns(headerRows: Row[]): string[] {
  if (headerRows.length === 0) return [];
  const width = Math.max(...headerRows.map((r) => r.cells.length));
  const grid = headerRows.map((r) => {
    const out: string[] = [];
    let carry = '';
    for (let k = 0; k < width; k++) {
      const t = labelKey(oneLine(r.cells[k] ?? ''));
      if (t) carry = t;
      out.push(t || (r !== headerRows.at(-1) ? carry : ''));
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
