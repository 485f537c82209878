// A disclosure's prose lines that a reading of the rows cut into cells (事业收入 | 0万元；事业单位经营收入0万元；…: a
// known label at a line's start taken for a label cell), given back as the lines the file printed.
import type { Row } from '../rows/row.ts';

/** A sentence's marks: a row printed with one is prose, whatever cells a reading cut it into. */
const SENTENCE = /[。；;]/;

/**
 * The rows with each one a reading made a table row of (its confidence below the file's own) written back as the
 * non-table line the file printed at that place, where that line is a sentence. Rows the file itself printed as
 * a table, and rows with no printed line to go by, stay as read.
 */
export function withPrintedProse(rows: readonly Row[], printed: readonly Row[]): Row[] {
  if (printed.length === 0) return [...rows];
  const byLine = new Map<string, Row>();
  for (const r of printed) if (r.line !== undefined) byLine.set(`${r.source ?? ''}:${r.line}`, r);
  return rows.map((row) => {
    if (!row.table || row.confidence === undefined || row.confidence >= 1 || row.line === undefined)
      return row;
    const own = byLine.get(`${row.source ?? ''}:${row.line}`);
    const text = own && !own.table ? own.cells.join('').trim() : '';
    return text !== '' && SENTENCE.test(text) ? { ...own!, cells: [text] } : row;
  });
}
