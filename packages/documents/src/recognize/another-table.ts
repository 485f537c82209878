// Another table printed under an indicator table in the same copy (a list of the payments it made: 序号 | 学校性质 |
// 培训机构 | 补助资金 | 备注, wide/520): its header ends the indicator table, and its numbered rows are none of the
// form's — neither indicators nor the rows a reading of the whole text would run into the last one.
import type { Row } from '../rows/row.ts';
import { bareLabel, indicatorColumnOf } from './evaluation-lexicon.ts';

/**
 * Another table's header: opened by 序号 and naming none of an indicator table's columns (a 备注 is any table's).
 */
export function opensAnotherTable(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return (
    filled.length >= 3 &&
    bareLabel(filled[0]!) === '序号' &&
    filled.slice(1).every((c) => [null, 'remark'].includes(indicatorColumnOf(c)))
  );
}

/** A row of such a list: its first filled cell is its number (1, 2, ①). */
const NUMBERED = /^(?:\d{1,3}|[①-⑳])$/;
const numbered = (r: Row) => NUMBERED.test((r.cells.find((c) => c.trim() !== '') ?? '').trim());

/** How many of an indicator table's columns a row names. */
const columnsNamed = (r: Row | undefined) =>
  r ? r.cells.filter((c) => ![null, 'remark'].includes(indicatorColumnOf(c))).length : 0;

/**
 * The rows without each other table under an indicator table: its header and the numbered rows under it. The rows
 * after it (a total, the conclusions) stay; rows before any indicator header are never taken for such a table.
 */
export function withoutTablesUnderIndicators(rows: readonly Row[]): readonly Row[] {
  // An indicator header names two of its columns or more, in one row or in the two a header is printed in.
  const header = rows.findIndex((r, k) => columnsNamed(r) + columnsNamed(rows[k + 1]) >= 2);
  if (header < 0) return rows;
  const out: Row[] = rows.slice(0, header + 1);
  for (let k = header + 1; k < rows.length; k++) {
    if (!opensAnotherTable(rows[k]!.cells)) {
      out.push(rows[k]!);
      continue;
    }
    while (k + 1 < rows.length && numbered(rows[k + 1]!)) k++;
  }
  return out.length === rows.length ? rows : out;
}
