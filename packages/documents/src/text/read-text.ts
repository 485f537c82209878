// Reads the text forms documents come in (Word and PDF extractions) into rows.
// Two layouts: one cell per line (each cell a line starting with a tab, rows separated by blank lines,
// a line without a tab continuing the cell above), and one row per line (cells separated by tabs).
import type { Row } from '../rows/row.ts';

export type TextLayout = 'cell-per-line' | 'row-per-line';

/** No form has rows this wide: cells past it are not read (a hostile file cannot make memory explode). */
export const MAX_CELLS_PER_ROW = 256;

/** Which layout a text uses, from its lines: a tab only at the start of lines means one cell per line. */
export function detectTextLayout(text: string): TextLayout {
  let leadingOnly = 0;
  let inner = 0;
  for (const line of text.split('\n')) {
    if (!line.includes('\t')) continue;
    if (/^\t[^\t]*$/.test(line)) leadingOnly++;
    else inner++;
  }
  return leadingOnly > 0 && leadingOnly >= inner * 3 ? 'cell-per-line' : 'row-per-line';
}

export function readTextRows(text: string): Row[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  return detectTextLayout(normalised) === 'cell-per-line'
    ? readCellPerLine(normalised)
    : readRowPerLine(normalised);
}

function readCellPerLine(text: string): Row[] {
  const rows: Row[] = [];
  let current: Row | null = null;
  let lastWasCell = false;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith('\t')) {
      if (!current) {
        current = { cells: [], table: true, line: i + 1 };
        rows.push(current);
      }
      if (current.cells.length < MAX_CELLS_PER_ROW) current.cells.push(line.slice(1));
      lastWasCell = true;
    } else if (line.trim() === '') {
      current = null;
      lastWasCell = false;
    } else if (lastWasCell && current) {
      // A line break inside a cell: Word extractions start the next line without a tab.
      const cells: string[] = current.cells;
      cells[cells.length - 1] += '\n' + line;
    } else {
      rows.push({ cells: [line], table: false, line: i + 1 });
      current = null;
    }
  });
  return rows;
}

function readRowPerLine(text: string): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    if (line.includes('\t')) rows.push({ cells: line.split('\t', MAX_CELLS_PER_ROW), table: true, line: i + 1 });
    else rows.push({ cells: [line], table: false, line: i + 1 });
  });
  return rows;
}
