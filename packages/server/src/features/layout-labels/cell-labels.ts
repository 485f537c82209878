// Labels and values in the rows of a document: the label beside a cell the user pointed at, and the
// cells that a taught label stands beside. A label is the filled cell before the value in its row,
// the part before the colon of a "标签：值" cell, or — in extractions with one cell per line — the
// short line alone before the value's line.
import { isBlankCell, labelKey, oneLine, type Row } from '@jixiao/documents';

export interface LabelledCell {
  /** 0-based index of the row in the document's rows. */
  row: number;
  column: number;
  label: string | null;
  text: string;
}

// "承担项目：城区公共照明维护" — a short label, a colon, the value.
const INLINE = /^([^：:\n]{1,24})[：:]\s*([\s\S]+)$/;

function inline(cell: string): { label: string; text: string } | null {
  const m = INLINE.exec(cell.trim());
  if (!m || /\d{2,}/.test(m[1]!)) return null; // "10:30", "2025：" are not labels
  return { label: oneLine(m[1]!), text: m[2]!.trim() };
}

const MAX_LABEL_CHARS = 24;

/** The only filled cell of a row, if it has exactly one. */
function soleCell(row: Row | undefined): string | null {
  const filled = row?.cells.filter((c) => !isBlankCell(c)) ?? [];
  return filled.length === 1 ? filled[0]!.trim() : null;
}

/** The index of the nearest row before (-1) or after (+1) that has a filled cell. */
function nextFilledRow(rows: readonly Row[], from: number, step: 1 | -1): number {
  for (let r = from + step; r >= 0 && r < rows.length; r += step)
    if (rows[r]!.cells.some((c) => !isBlankCell(c))) return r;
  return -1;
}

/** A short line alone, which in a one-cell-per-line extraction is the label of the line after it. */
function isLabelLine(text: string | null): text is string {
  return text !== null && text.length <= MAX_LABEL_CHARS && !/^[\d\s.,，、%-]+$/.test(text);
}

/** The cell at (row, column) with the label it stands beside; null when there is no such cell. */
export function labelledCell(rows: readonly Row[], row: number, column: number): LabelledCell | null {
  const cells = rows[row]?.cells;
  const cell = cells?.[column];
  if (cells === undefined || cell === undefined) return null;
  for (let c = column - 1; c >= 0; c--) {
    const before = cells[c]!;
    if (!isBlankCell(before)) return { row, column, label: oneLine(before), text: cell.trim() };
  }
  const split = inline(cell);
  if (split) return { row, column, ...split };
  const above = soleCell(rows[nextFilledRow(rows, row, -1)]);
  if (soleCell(rows[row]) !== null && isLabelLine(above))
    return { row, column, label: oneLine(above), text: cell.trim() };
  return { row, column, label: null, text: cell.trim() };
}

/** Every place the label stands with a value beside it (the next filled cell, or after its colon). */
export function findLabelled(rows: readonly Row[], label: string): LabelledCell[] {
  const key = labelKey(label);
  const found: LabelledCell[] = [];
  rows.forEach((r, row) => {
    r.cells.forEach((cell, column) => {
      if (labelKey(oneLine(cell)) === key) {
        const next = r.cells.findIndex((c, i) => i > column && !isBlankCell(c));
        if (next >= 0) found.push({ row, column: next, label: oneLine(cell), text: r.cells[next]!.trim() });
        else if (soleCell(r) !== null) {
          // one cell per line: the value is the line after the label's
          const below = nextFilledRow(rows, row, 1);
          const value = soleCell(rows[below]);
          if (value !== null) {
            const at = rows[below]!.cells.findIndex((c) => !isBlankCell(c));
            found.push({ row: below, column: at, label: oneLine(cell), text: value });
          }
        }
        return;
      }
      const split = inline(cell);
      if (split && labelKey(split.label) === key) found.push({ row, column, ...split });
    });
  });
  return found;
}
