// The layout-free reading of a document that every reader produces and the recognisers consume:
// a sequence of rows, each either a table row (cells in column order, covered merge cells as '')
// or a paragraph (one cell, table = false). Text, .docx, .xlsx and .pdf readers all produce this.

export interface Row {
  /** Cell texts in column order; a cell covered by a merge is ''. Line breaks inside a cell are '\n'. */
  cells: string[];
  /** True for a row of a table, false for a paragraph of running text. */
  table: boolean;
  /**
   * Where the row came from, for messages: 1-based line (text; a row joined from several lines: its first),
   * row number (sheet; docx/html table, counted in its table), page (pdf), paragraph number (docx
   * paragraphs) or source line (html paragraphs).
   */
  line?: number;
  /** The sheet, table or page the row belongs to (xlsx sheet name, 表N of a docx/html, 第N页 of a pdf). */
  source?: string;
  /** How sure the cell boundaries are (0..1); absent for rows as the file gave them, lower for rows rebuilt
   *  from one cell per line or cut out of run-together text (recognize/cell-stream.ts). */
  confidence?: number;
  /** How sure each cell's text is (0..1), by column, for rows whose text was recognised from an image
   *  (office/ocr): the lowest word confidence in the cell. `confidence` is then the least of them. */
  cellConfidence?: number[];
  /** Cut out of a line at its spaces where the copy dropped the empty cells: a row shorter than its table's
   *  header has its cells in order but not at their columns (recognize/spaced-rows.ts). */
  gapless?: boolean;
}

export function paragraph(text: string, line?: number): Row {
  return { cells: [text], table: false, ...(line !== undefined ? { line } : {}) };
}
