// A 部门整体绩效目标表 copied without its title (the title left in the page's heading or the file's name): its head
// names the unit by a label a project form uses for its unit too (单位名称, 预算单位), so the label alone opens no
// form. What tells it is what follows: no 项目名称 before the indicator table — a project's head names its
// project — and an indicator table of targets only (no actuals, no scores: a 自评表's or 监控表's), with no budget
// heading of what was spent on the way.
import type { Row } from '../rows/row.ts';
import { filledCells } from './row-helpers.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { projectLabel } from './labels.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { indicatorColumnOf, type IndicatorColumn } from './evaluation-lexicon.ts';
import { titleKind } from './titles.ts';

/**
 * Rows a department's head holds at most between its unit and its indicator header: the funds broken into
 * 基本支出 / 项目支出 and a goal a line each (目标1 … 目标4) with a few 履职目标 rows.
 */
const DEPARTMENT_HEAD_ROWS = 30;

/** Indicator columns only an evaluation of the year prints: what was done, so far or in all, and its score. */
const EVALUATION_COLUMNS: ReadonlySet<IndicatorColumn> = new Set([
  'actual',
  'actualToDate',
  'expectedFullYear',
  'score',
]);

const namesEvaluationColumn = (cell: string) => {
  const column = indicatorColumnOf(cell);
  return column !== null && EVALUATION_COLUMNS.has(column);
};

/** Budget headings of what was spent (全年执行数, 执行率): an evaluation's budget block, not a target form's. */
const reportsSpending = (cell: string) => {
  const column = cell.length <= 16 ? budgetColumnOf(cell) : null;
  return column === 'executed' || column === 'rate';
};

/**
 * Whether the rows from `at` (the row naming the unit) open an untitled department form: no title and no
 * 项目名称 before an indicator header of targets only, met within a department head's rows.
 */
export function opensUntitledDepartment(rows: readonly Row[], at: number): boolean {
  for (const row of rows.slice(at, at + DEPARTMENT_HEAD_ROWS)) {
    const filled = filledCells(row);
    if (isIndicatorHeader(row)) return !filled.some(namesEvaluationColumn);
    // 单位名称 | 某局 | 项目名称 | 某项目: the unit's row may name the project too.
    if (filled.some((c) => projectLabel(c) === 'name')) return false;
    if (filled.length <= 2 && titleKind(filled[0] ?? '') !== null) return false;
    if (filled.some(reportsSpending)) return false;
  }
  return false;
}
