// 普陀区城市管理行政执 上海市普陀区城市管理行政执法局执 / 主管部门 实施单位 / 法局执法大队 法大队: a form's row of
// labels and values whose values wrapped over two lines in their narrow cells, as a PDF's text layer gives it
// without -layout (pdfplumber, pdftotext): each label, centred in its taller cell, stands on the middle line, the
// values' first halves on the line above it and their ends on the line below, single spaces between the cells.
// The row is put back as label | value pairs, each value whole.
import { isBlankCell, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { lexiconKey, projectConcept } from './lexicon.ts';

/** The longest line taken as a row of labels or of value halves (主管部门 实施单位). */
const MOST_LINE = 60;

/** The words of a line parted by spaces, when the row is a short paragraph of one cell. */
function wordsOf(row: Row | undefined): string[] | null {
  // Asked of every paragraph: the cheap tests first.
  if (!row || row.table || row.cells.length !== 1) return null;
  const text = row.cells[0]!;
  if (text.length > MOST_LINE || !/\S[ \u3000]+\S/u.test(text)) return null;
  const filled = row.cells.map((c) => oneLine(c)).filter((c) => !isBlankCell(c));
  return filled.length === 1 ? filled[0]!.trim().split(/[ \u3000]+/u) : null;
}

const isLabel = (word: string) => projectConcept(lexiconKey(word)) !== null;

/** A value's two halves joined: a word wrapped at the cell's edge (…执 / 法局…) runs on without a space. */
const joined = (head: string, tail: string) =>
  /\p{Script=Han}$/u.test(head) && /^\p{Script=Han}/u.test(tail) ? head + tail : `${head} ${tail}`;

/**
 * The rows with each such run of three lines made one row of label | value pairs: a middle line of two labels or
 * more and nothing else, the lines above and below holding as many words, none a label.
 */
export function joinValuesAroundLabels(rows: Row[]): Row[] {
  let out: Row[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = wrappedRowAt(rows, i + 1);
    if (row) {
      out ??= rows.slice(0, i);
      out.push(row);
      i += 2;
    } else out?.push(rows[i]!);
  }
  return out ?? rows;
}

/** The row of label | value pairs whose labels stand on rows[i], or null. */
function wrappedRowAt(rows: readonly Row[], i: number): Row | null {
  const labels = wordsOf(rows[i]);
  if (!labels || labels.length < 2 || !labels.every(isLabel)) return null;
  const [above, below] = [wordsOf(rows[i - 1]), wordsOf(rows[i + 1])];
  if (!above || !below || above.length !== labels.length || below.length !== labels.length) return null;
  if ([...above, ...below].some(isLabel)) return null;
  return {
    ...rows[i]!,
    cells: labels.flatMap((label, k) => [label, joined(above[k]!, below[k]!)]),
    table: true,
  };
}
