// Pasting from Excel/WPS: the clipboard holds tab-separated rows (cells with a line break or a quote are
// wrapped in double quotes). Pasted into a cell, the grid fills that 二级指标 from the cell on, adding rows as
// needed; six-column rows copied from an official table (目标/一级/二级/三级/指标值/依据) become new rows.
import { blankIndicator, type Indicator, type Term } from '@jixiao/core';
import { EDITABLE_COLUMNS, sameLevel2, setCell, type EditableColumn } from './indicator-ops.ts';

/** Splits clipboard text into rows of cells (Excel's quoting understood); a trailing line break is dropped. */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < s.length) {
    const ch = s[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote; "" is a quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += s[j];
        j++;
      }
      if (closed && (j >= s.length || s[j] === '\t' || s[j] === '\n')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim()));
}

/** More than one cell: the paste is a table, not text for one cell. */
export function isTablePaste(grid: readonly string[][]): boolean {
  return grid.length > 1 || (grid[0]?.length ?? 0) > 1;
}

/** Six or more columns: rows copied from an official indicator table. */
export function isFullRowPaste(grid: readonly string[][]): boolean {
  return grid.length > 0 && grid.every((r) => r.length >= 6);
}

/** Fills cells from the anchor cell on, down its 二级指标, appending rows to it when the paste is longer. */
export function pasteIntoLevel2(
  indicators: readonly Indicator[],
  anchor: { index: number; column: EditableColumn },
  grid: readonly string[][],
): Indicator[] {
  const at = indicators[anchor.index];
  if (!at) return [...indicators];
  let next = [...indicators];
  const firstCol = EDITABLE_COLUMNS.indexOf(anchor.column);
  let index = anchor.index;
  grid.forEach((cells, r) => {
    if (r > 0) {
      // The next row of the same 二级指标, or a new one right after the current row.
      let k = index + 1;
      while (k < next.length && next[k]!.term !== at.term) k++;
      if (k < next.length && sameLevel2(next[k]!, at)) index = k;
      else {
        next.splice(index + 1, 0, blankIndicator(at.term, at.goal, at.level1, at.level2));
        index = index + 1;
      }
    }
    cells.forEach((text, c) => {
      const column = EDITABLE_COLUMNS[firstCol + c];
      if (column) next = setCell(next, index, column, text);
    });
  });
  return next;
}

/** Rows of an official table → indicators of `term`; blank 目标/一级/二级 cells repeat the row above. */
export function rowsToIndicators(grid: readonly string[][], term: Term): Indicator[] {
  let goal: string | null = null;
  let level1: string | null = null;
  let level2: string | null = null;
  const out: Indicator[] = [];
  for (const cells of grid) {
    const [g = '', l1 = '', l2 = '', name = '', target = '', basis = ''] = cells;
    if (g) goal = g;
    if (l1) level1 = l1.replace(/\s+/g, '');
    if (l2) level2 = l2.replace(/\s+/g, '');
    if (/^(目标名称|一级指标)$/.test(g) || l1 === '一级指标') continue; // a header row
    let list: Indicator[] = [blankIndicator(term, goal, level1, level2)];
    list = setCell(list, 0, 'name', name);
    list = setCell(list, 0, 'target', target);
    list = setCell(list, 0, 'basis', basis);
    out.push(list[0]!);
  }
  return out;
}
