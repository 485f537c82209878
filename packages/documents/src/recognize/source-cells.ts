// The cells a recognised document's values are looked up in, to say where each printed value stood: one list of
// the filled cells in document order, the label beside a cell and the FieldSource a found cell gives. Shared by
// the target forms' provenance (locate-sources.ts) and the 自评表 / 监控表's (evaluation-sources.ts), which differ
// only in how they search the list.
import type { Row } from '../rows/row.ts';
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';
import { isKnownLabel, splitInlineLabel } from './labels.ts';
import type { FieldSource } from './provenance.ts';

/** A value found less surely than a known label beside it: a value found without one. */
export const NO_LABEL_CONFIDENCE = 0.7;

/** A filled cell of the document's rows. */
export interface SourceCell {
  row: Row;
  /** The row's place in the document (rows after a name are looked at by it). */
  at: number;
  col: number;
  text: string;
  /** The value after a label written in the same cell (申报单位：XX); else the text. */
  value: string;
  /** The label written in the same cell before a colon, if a value follows it. */
  inlineLabel: string | null;
}

/** The filled cells of `rows`, in document order, each on one line. */
export function sourceCellsOf(rows: readonly Row[]): SourceCell[] {
  const out: SourceCell[] = [];
  rows.forEach((row, at) =>
    row.cells.forEach((raw, col) => {
      const text = oneLine(raw);
      if (isBlankCell(text)) return;
      const inline = splitInlineLabel(text);
      const labelled = inline !== null && inline.value !== '';
      out.push({
        row,
        at,
        col,
        text,
        value: labelled ? inline.value : text,
        inlineLabel: labelled ? inline.label : null,
      });
    }),
  );
  return out;
}

/**
 * The label of a cell: written before a colon inside it, or the nearest filled cell left of it that `isLabel`
 * allows (a reader may pass over the figures a budget line prints in a run after its label).
 */
export function labelOf(cell: SourceCell, isLabel: (text: string) => boolean = () => true): string | null {
  if (cell.inlineLabel) return cell.inlineLabel;
  for (let k = cell.col - 1; k >= 0; k--) {
    const t = oneLine(cell.row.cells[k] ?? '');
    if (!isBlankCell(t) && isLabel(t)) return t;
  }
  return null;
}

/** How sure a place read beside `label` is: fully beside a known label, less without one. */
export const labelSureness = (label: string | null): number =>
  label !== null && isKnownLabel(label) ? 1 : NO_LABEL_CONFIDENCE;

/**
 * Where `path`'s value stood: `cell`, beside `label`. Its confidence is the least of the cell's own (a recognised
 * OCR cell says how sure its text is; otherwise the row's rebuilding does) and each of `sureness`.
 */
export function cellSource(
  path: string,
  cell: SourceCell,
  label: string | null,
  ...sureness: number[]
): FieldSource {
  return {
    path,
    line: cell.row.line ?? null,
    source: cell.row.source ?? null,
    column: cell.col,
    label,
    text: cell.text,
    confidence: Math.min(cell.row.cellConfidence?.[cell.col] ?? cell.row.confidence ?? 1, ...sureness),
  };
}
