// 指标 | 指标内容 | 指标值 (the central 项目支出绩效目标申报表's indicator table): a header naming the indicator twice,
// the bare category word 指标 before the column of the name's own words. A row has one name; the column before it
// holds what kind of indicator the rows are — the levels (产出指标, 效益指标) they open with.
import { isLevel1Name, isLevel2Name } from './level-names.ts';
import { lexiconKey } from './lexicon.ts';
import { type ColumnRole } from './lexicon-columns.ts';

/** The bare category word heading such a column. */
const isCategoryWord = (cell: string) => lexiconKey(cell) === '指标';

/** Under a stream's rebuilt header (cell-stream.ts): a 指标 heading right before another name heading is the 一级's. In place. */
export function levelBeforeName(roles: ColumnRole[], cells: readonly string[]): void {
  for (let c = 0; c + 1 < roles.length; c++)
    if (roles[c] === 'name' && roles[c + 1] === 'name' && isCategoryWord(cells[c] ?? '')) roles[c] = 'level1';
}

/**
 * Under a table's header (indicator-table.ts): a 指标 heading right before another name heading, whose column holds
 * level names wherever it is filled, is the column of those levels (一级, or 二级 where they are all 二级 names).
 * In place.
 */
export function levelColumnBeforeName(
  roles: ColumnRole[],
  cells: readonly string[],
  data: readonly string[][],
): void {
  for (let c = 0; c + 1 < roles.length; c++) {
    if (roles[c] !== 'name' || roles[c + 1] !== 'name' || !isCategoryWord(cells[c] ?? '')) continue;
    const filled = data.map((row) => lexiconKey(row[c] ?? '')).filter((t) => t !== '');
    if (filled.length === 0 || !filled.every((t) => isLevel1Name(t) || isLevel2Name(t))) continue;
    roles[c] = filled.every((t) => isLevel2Name(t) && !isLevel1Name(t)) ? 'level2' : 'level1';
  }
}
