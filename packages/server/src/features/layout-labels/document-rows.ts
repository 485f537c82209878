// The document's rows as the import preview shows them beside what was read: bounded in count and
// cell length so that a large workbook cannot make a huge response (values are always re-read from
// the stored file, never from this view).
import type { Row } from '@jixiao/documents';

export const PREVIEW_ROWS = 3000;
export const PREVIEW_CELL_CHARS = 1000;

export interface PreviewRow {
  /** 0-based index of the row in the document (what a pick names). */
  row: number;
  /** The line (text) or row number (sheet) as in FieldSource.line. */
  line: number;
  source: string | null;
  table: boolean;
  cells: string[];
}

function shortened(cell: string): string {
  return cell.length > PREVIEW_CELL_CHARS ? cell.slice(0, PREVIEW_CELL_CHARS) + '…' : cell;
}

export function previewRows(rows: readonly Row[]): {
  items: PreviewRow[];
  total: number;
  truncated: boolean;
} {
  const items = rows.slice(0, PREVIEW_ROWS).map((r, i) => ({
    row: i,
    line: r.line ?? i + 1,
    source: r.source ?? null,
    table: r.table,
    cells: r.cells.map(shortened),
  }));
  return { items, total: rows.length, truncated: rows.length > PREVIEW_ROWS };
}
