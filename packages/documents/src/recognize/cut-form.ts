// Whether a document stops inside a target form: stored copies of web pages and excerpts end after their
// first thousand characters or so, often in the middle of the indicator table. What such a form lacks may
// lie past the cut, so the rules that judge an absence must not judge it (the form is marked `cutOff`).
// Only the text's own end can say so, and only when it ends unfinished: a form closed by its signature block
// is whole, and a last row that holds its value is a table that may well end there.
import type { DepartmentForm, ProjectForm } from '@jixiao/core';
import { isBlankCell } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { isCutLevelName, isLevelName } from './level-names.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { isSignatureRow } from './signature-blocks.ts';
import { isValueShaped } from './tokenize.ts';

const filledOf = (row: Row) => row.cells.map((c) => c.trim()).filter((c) => !isBlankCell(c));
const key = (text: string) => text.replace(/\s/g, '');

/**
 * True when the rows (the form's, running to the end of the document) stop before the form does:
 * - no signature block closes it, and
 * - either no indicator was read at all (the text ends before the table, 部门职能概述 cut in mid-sentence),
 *   or the last line is unfinished: a level name cut in the middle (数量指), a level name with nothing under it
 *   (产出指标 | (40-50)分), or the last indicator's name without its value (成本指标 | 基本支出) — the last of
 *   either term's table when the two stand side by side.
 */
export function endsInsideForm(rows: readonly Row[], form: ProjectForm | DepartmentForm): boolean {
  // The end is looked at first: most forms end on a value, and then no signature block need be sought.
  if (!endsUnfinished(rows, form)) return false;
  // A signature block after the table's header closes the form (填报人 also heads a department form's fields).
  const header = rows.findIndex(isIndicatorHeader);
  return !(header >= 0 && rows.slice(header).some(isSignatureRow));
}

/** No indicator was read, or the last line is unfinished (see endsInsideForm). */
function endsUnfinished(rows: readonly Row[], form: ProjectForm | DepartmentForm): boolean {
  if (form.indicators.length === 0) return true;
  let cells: string[] = [];
  for (let i = rows.length - 1; i >= 0 && cells.length === 0; i--) cells = filledOf(rows[i]!);
  if (cells.length === 0) return false;
  const tail = cells.at(-1)!;
  // The document's very last word: a beginning of three characters is enough (数量指).
  if (isCutLevelName(tail, 3)) return true;
  // A level heading (with its points) and nothing after it: the rows under it are past the cut.
  if (cells.every((c) => isLevelName(c) !== null || /^[（(][\d\s.\-–—~～]+[)）]?分$|^[\d.]+分$/.test(key(c))))
    return true;
  if (cells.some(isValueShaped)) return false;
  // The last row of each term's table: long-term and annual tables printed side by side (中期 | 年度) are cut
  // on one line, where the long term's row is not the form's last indicator.
  return lastOfEachTerm(form).some((ind) => {
    const name = ind.name ? key(ind.name) : '';
    return ind.target.kind === 'empty' && name !== '' && key(tail) === name;
  });
}

/** The last indicator of each term (长期, 年度) in the form's order. */
function lastOfEachTerm(form: ProjectForm | DepartmentForm) {
  const last = new Map<string, (typeof form.indicators)[number]>();
  for (const ind of form.indicators) last.set(ind.term, ind);
  return [...last.values()];
}
