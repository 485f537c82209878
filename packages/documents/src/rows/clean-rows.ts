// Every cell of every row cleaned (clean-cell.ts), as the recognisers read them.
import { cleanCell } from './clean-cell.ts';
import type { Row } from './row.ts';

/**
 * The rows with their cells cleaned. A row none of whose cells the cleaning changes is kept as it is, not copied:
 * most rows of most documents are clean already, and a copy of each would be garbage for every later pass.
 */
export function cleanRows(rows: readonly Row[]): Row[] {
  const out = new Array<Row>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = cleanedRow(rows[i]!);
  return out;
}

function cleanedRow(row: Row): Row {
  const cells = row.cells;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    const cleaned = cleanCell(c);
    if (cleaned === c) continue;
    // The first cell that changes: the row is copied, the cells before it as they were.
    const out = cells.slice(0, k);
    out.push(cleaned);
    for (let j = k + 1; j < cells.length; j++) out.push(cleanCell(cells[j]!));
    return { ...row, cells: out };
  }
  return row;
}
