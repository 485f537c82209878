// Finding the columns of a table by its header labels (for tables the system itself lays out, where each
// label is written once in its own column): a row holding every wanted label gives the column of each.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';

/** A header label matched by its key; a RegExp for labels that vary (1—7月执行情况). */
export type HeaderLabel = string | RegExp;

function matches(cellText: string, label: HeaderLabel): boolean {
  const key = labelKey(cellText);
  return typeof label === 'string' ? key === labelKey(label) : label.test(key);
}

/** The first row at or after `from` holding every label, and the column of each label. */
export function findHeader<K extends string>(
  rows: readonly Row[],
  labels: Record<K, HeaderLabel>,
  from = 0,
): { index: number; columns: Record<K, number> } | null {
  for (let r = from; r < rows.length; r++) {
    const row = rows[r]!;
    if (!row.table) continue;
    const columns = {} as Record<K, number>;
    let all = true;
    for (const [k, label] of Object.entries(labels) as [K, HeaderLabel][]) {
      const c = row.cells.findIndex((cell) => matches(cell, label));
      if (c < 0) {
        all = false;
        break;
      }
      columns[k] = c;
    }
    if (all) return { index: r, columns };
  }
  return null;
}

/** The cell of a row at a column, trimmed; '' when missing. */
export function at(row: Row, col: number): string {
  return (row.cells[col] ?? '').trim();
}

/** The first non-blank cell after the one whose key equals `label`, in the first row that has it. */
export function valueAfterLabel(rows: readonly Row[], label: string): string | null {
  const key = labelKey(label);
  for (const row of rows) {
    const i = row.cells.findIndex((c) => labelKey(c) === key);
    if (i < 0) continue;
    const v = row.cells.slice(i + 1).find((c) => c.trim() !== '');
    return v?.trim() ?? null;
  }
  return null;
}
