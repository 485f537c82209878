// The page's last form, cut by the copy inside its indicator table's header. A notice passes a fund's 绩效目标表 on as
// its last attachment; the copy (a search engine's, a mirror site's) ends after the table's header, before its first
// row. A form that prints no 项目名称 row — the title is its name: 2025年某某补助(第二批)资金绩效目标表 — is then that
// fund's form with no indicator read, not nothing: its title names it, and its header shows the table had begun.
// The header may be the usual one (一级指标 | 二级指标 | 三级指标 | 指标值) or turned on its side, the levels heading
// the columns and one row per recipient below (镇 | 产出指标 | 效益指标 | 满意度指标). A title alone, with no header
// under it (a notice naming its attachment), still makes no form; nor does a title that names only the kind of form.
import type { Row } from '../rows/row.ts';
import { filledCells } from './row-helpers.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { isLevelName } from './level-names.ts';
import { titledProjectName } from './titles.ts';

/** Fewest level-1 names heading a row's columns that make it an indicator header turned on its side. */
const MIN_LEVEL_HEADS = 2;

/** Levels heading the columns: at least two cells of the row are 一级 names (产出指标 | 效益指标 | 满意度指标). */
function headsLevelColumns(row: Row): boolean {
  let heads = 0;
  for (const c of filledCells(row))
    if (isLevelName(c) === 'level1' && ++heads >= MIN_LEVEL_HEADS) return true;
  return false;
}

/** Whether the rows hold an indicator table's header, the usual one or one with the levels heading its columns. */
export function holdsTableHeader(rows: readonly Row[]): boolean {
  return rows.some((r) => isIndicatorHeader(r) || headsLevelColumns(r));
}

/** The project the last form's title names, where the copy cut it inside its indicator header; else null. */
export function cutInHeaderName(title: string | null, rows: readonly Row[]): string | null {
  const name = titledProjectName(title);
  return name !== null && holdsTableHeader(rows) ? name : null;
}
