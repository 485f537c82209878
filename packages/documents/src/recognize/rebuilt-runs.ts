// Rebuilding parts of a document's rows: every run of rows a reader recognises from its first row is replaced by
// the rows it reads there (an outline as a table, a graded line as its rows), the other rows kept as they were.
import type { Row } from '../rows/row.ts';

/** What a reader made of the run starting at a row: the rows standing for it, and the index just after it. */
export interface RebuiltRun {
  rows: Row[];
  end: number;
}

/**
 * The rows with every run that `readAt(i)` reads (from its first row, i) replaced by what it gives. Asked at
 * each row not inside a run read before. Copied only from the first run on: rows without one come back as the
 * same array, none copied.
 */
export function rebuildRuns(rows: Row[], readAt: (i: number) => RebuiltRun | null): Row[] {
  let out: Row[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const read = readAt(i);
    if (read === null) {
      out?.push(rows[i]!);
      continue;
    }
    out ??= rows.slice(0, i);
    out.push(...read.rows);
    i = read.end - 1;
  }
  return out ?? rows;
}
