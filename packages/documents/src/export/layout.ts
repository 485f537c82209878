// The official layout of each form as a pure grid model: sections (a sheet / a run of pages) holding
// paragraphs and tables of cells with row/col spans on one column grid. The .xlsx, .docx and PDF
// writers all render this model, so the three files agree cell for cell.
import { Decimal } from '@jixiao/core';

/** How a cell or paragraph looks; writers map each to fonts, borders and alignment. */
export type CellStyle = 'label' | 'header' | 'value' | 'text' | 'amount' | 'section';
export type ParagraphStyle = 'title' | 'subtitle' | 'unit' | 'heading' | 'text';
export type Align = 'left' | 'center' | 'right';

export interface LayoutCell {
  /** 0-based column of the cell's top-left corner on the section's grid. */
  col: number;
  text: string;
  rowSpan: number;
  colSpan: number;
  style: CellStyle;
  align: Align;
  /** For amounts written as numbers in .xlsx: decimals to keep ("200.0000" → 4). */
  decimals?: number;
}

export interface LayoutParagraph {
  type: 'paragraph';
  text: string;
  style: ParagraphStyle;
  align: Align;
}

export interface LayoutTable {
  type: 'table';
  /** Each row lists only the cells that start in it; cells covered by a span are left out. */
  rows: LayoutCell[][];
  /** Rows at the top repeated on every printed page. */
  headerRows: number;
}

export type LayoutBlock = LayoutParagraph | LayoutTable;

export interface LayoutSection {
  /** Sheet name in .xlsx (at most 31 characters, no []:*?/\). */
  name: string;
  /** Column widths in characters (Excel's width unit); PDF and Word scale them to the page. */
  columns: number[];
  orientation: 'portrait' | 'landscape';
  blocks: LayoutBlock[];
}

export interface DocumentLayout {
  /** Document title, for the PDF/Word metadata and the file name. */
  title: string;
  sections: LayoutSection[];
}

// ----- building helpers -------------------------------------------------------------------------

export function paragraph(
  text: string,
  style: ParagraphStyle = 'text',
  align: Align = 'left',
): LayoutParagraph {
  return { type: 'paragraph', text, style, align };
}

export function cell(
  col: number,
  text: string | null | undefined,
  options: Partial<Omit<LayoutCell, 'col' | 'text'>> = {},
): LayoutCell {
  const style = options.style ?? 'value';
  return {
    col,
    text: text ?? '',
    rowSpan: options.rowSpan ?? 1,
    colSpan: options.colSpan ?? 1,
    style,
    align:
      options.align ?? (style === 'label' || style === 'header' || style === 'section' ? 'center' : 'left'),
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
  };
}

/**
 * An amount cell: right-aligned, in 万元 with two decimals as every amount the system writes ("200.0000",
 * "200" and "0" on one page become "200.00", "200.00" and "0.00"), a number in .xlsx with that format.
 * Text that is not a plain number (a "—", a range as published) is kept as written.
 */
export function amountCell(col: number, amount: string | null | undefined, colSpan = 1): LayoutCell {
  const text = amount ?? '';
  const numeric = /^-?\d+(\.\d+)?$/.test(text);
  return cell(col, numeric ? amountText(text) : text, {
    colSpan,
    style: 'amount',
    align: 'right',
    ...(numeric ? { decimals: AMOUNT_DECIMALS } : {}),
  });
}

/** Decimals of every amount in 万元 the exports write. */
export const AMOUNT_DECIMALS = 2;

/** "200.0000" → "200.00", "4804.645" → "4804.65" (half up, exact). */
export function amountText(amount: string): string {
  return new Decimal(amount).toDecimalPlaces(AMOUNT_DECIMALS, Decimal.ROUND_HALF_UP).toFixed(AMOUNT_DECIMALS);
}

/** A row with one cell spanning the whole grid. */
export function fullRow(
  text: string,
  width: number,
  style: CellStyle = 'section',
  align: Align = 'left',
): LayoutCell[] {
  return [cell(0, text, { colSpan: width, style, align })];
}

/** label | value spanning the rest of the row. */
export function labelValueRow(label: string, value: string | null, width: number): LayoutCell[] {
  return [cell(0, label, { style: 'label' }), cell(1, value, { colSpan: width - 1, style: 'text' })];
}

/** label | value | label | value, the second pair starting at column `split`. */
export function twoPairRow(
  a: [string, string | null],
  b: [string, string | null],
  width: number,
  split: number,
  amounts = false,
): LayoutCell[] {
  const value = (col: number, text: string | null, span: number) =>
    amounts ? amountCell(col, text, span) : cell(col, text, { colSpan: span });
  return [
    cell(0, a[0], { style: 'label' }),
    value(1, a[1], split - 1),
    cell(split, b[0], { style: 'label' }),
    value(split + 1, b[1], width - split - 1),
  ];
}

/**
 * Checks a table against its grid: every grid position covered exactly once. Writers rely on it.
 * Returns the occupied map (row → columns) so writers can find covered positions.
 */
export function occupancy(table: LayoutTable, width: number): boolean[][] {
  const taken: boolean[][] = [];
  table.rows.forEach((row, r) => {
    for (const c of row) {
      if (c.col < 0 || c.col + c.colSpan > width)
        throw new Error(`layout: cell "${c.text}" at row ${r} leaves the grid`);
      for (let dr = 0; dr < c.rowSpan; dr++) {
        const line = (taken[r + dr] ??= new Array<boolean>(width).fill(false));
        for (let dc = 0; dc < c.colSpan; dc++) {
          if (line[c.col + dc]) throw new Error(`layout: cell "${c.text}" at row ${r} overlaps another`);
          line[c.col + dc] = true;
        }
      }
    }
  });
  return taken;
}

/** Fills the grid positions no cell covers with empty value cells, so every table is a full rectangle. */
export function completeTable(table: LayoutTable, width: number): LayoutTable {
  const taken = occupancy(table, width);
  const rows = table.rows.map((row, r) => {
    const out = [...row];
    const line = taken[r] ?? new Array<boolean>(width).fill(false);
    for (let c = 0; c < width; c++) if (!line[c]) out.push(cell(c, ''));
    return out.sort((a, b) => a.col - b.col);
  });
  return { ...table, rows };
}
