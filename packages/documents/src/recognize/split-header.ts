// Header words a template breaks over two rows (一级 / 指标, 指标 / 名称, 目标值 / (blank)): the second row holds
// only the rest of each heading. Read by meaning: the rows are one header when every filled cell of the second
// row (two at least) completes the heading above it into a column the lexicon knows.
import type { Row } from '../rows/row.ts';
import { columnConcept, lexiconKey } from './lexicon.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { isLevelName } from './level-names.ts';

/** The longest rest of a heading a second header row holds (偏差 / 原因分析及改进措施). */
const MAX_REST = 12;

const isHeading = (text: string): boolean =>
  text !== '' && (columnConcept(lexiconKey(text)) !== null || indicatorColumnOf(text) !== null);

/** Rows with header rows broken over two lines joined cell by cell; other rows as they are. */
export function joinSplitHeaders(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const joined = i + 1 < rows.length ? joinedHeader(rows[i]!, rows[i + 1]!) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(rows[i]!);
  }
  return out;
}

function joinedHeader(top: Row, rest: Row): Row | null {
  if (!top.table || !rest.table) return null;
  // Cheap refusals first: the top row speaks of indicators, the second is short words only.
  if (!top.cells.some((c) => c.includes('指标'))) return null;
  const filled = rest.cells.filter((c) => c.trim() !== '');
  if (filled.length < 2 || filled.some((c) => c.length > MAX_REST || isLevelName(c) !== null)) return null;
  const width = Math.max(top.cells.length, rest.cells.length);
  const cells: string[] = [];
  for (let j = 0; j < width; j++) {
    const a = top.cells[j] ?? '';
    const b = rest.cells[j] ?? '';
    if (b.trim() === '') {
      cells.push(a);
      continue;
    }
    // A rest under nothing, or that leaves no known heading, is a data row (or a band's lower row).
    if (a.trim() === '' || !isHeading(a + b)) return null;
    cells.push(a + b);
  }
  return { ...top, cells };
}
