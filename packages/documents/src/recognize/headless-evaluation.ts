// The tail of a 自评表 stored without its title or header (a page that keeps only the table's last rows):
// nothing names the form, but what closes a 自评表 does — its 评价结论, 存在问题, 改进措施, the deviations and
// scores of a finished year — and the level names (产出指标, 效益指标) part an indicator table before them.
// Such a text is read as a 自评表 whose table has the columns every 自评表 starts with: the indicator's name,
// its target and its weight.
import { labelKey } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { budgetColumnOf } from './evaluation-budget-labels.ts';
import { type IndicatorColumn } from './evaluation-lexicon.ts';
import { findHeaderInText } from './evaluation-stream-table.ts';
import { segmentText } from './evaluation-text.ts';
import { joinSplitHeaders } from './split-header.ts';

/** Words only an evaluation of a finished year prints; three different ones make the evidence. */
const EVIDENCE = [
  '评价结论',
  '存在问题',
  '改进措施',
  '实际完成值',
  '全年实际值',
  '偏差原因',
  '未完成原因',
  '自评得分',
  '自评等级',
];
const MIN_EVIDENCE = 3;

/** A table's level names: without them there is no indicator table to read. */
const LEVELS = /(产出|效益|满意度)指标/;

/** The columns a 自评表's indicator table starts with, read where no header names them. */
export const HEADLESS_COLUMNS: readonly IndicatorColumn[] = ['name', 'target', 'weight'];

/**
 * The layout of templates that print the comparator in a column of its own (四川: 指标性质 | 指标值 | 度量单位 |
 * 完成值 | 权重 | 得分), tried beside HEADLESS_COLUMNS where the rows hold such cells (… | = | 100 | % | 100 | 5 |).
 */
export const OPERATOR_COLUMN_LAYOUT: readonly IndicatorColumn[] = [
  'name',
  'op',
  'targetValue',
  'unit',
  'actual',
  'weight',
  'score',
];

/** A comparator printed as a cell of its own. */
const LONE_OPERATOR = /^(?:[≥≤=><＞＜＝≧≦]|>=|<=)$/;

/** Whether cells (a table's, in order) print comparators as cells of their own, in two rows or more. */
export function printsOperatorCells(cells: readonly string[]): boolean {
  return cells.filter((c) => LONE_OPERATOR.test(c.trim())).length >= 2;
}

/** Whether untitled rows hold the tail of a 自评表 by what they print. */
export function isHeadlessSelfEvaluation(rows: readonly Row[]): boolean {
  const key = labelKey(rows.map((r) => r.cells.join('')).join(''));
  if (!LEVELS.test(key)) return false;
  return EVIDENCE.filter((w) => key.includes(w)).length >= MIN_EVIDENCE;
}

/**
 * Whether untitled rows hold a 自评表 by its indicator header: a header that names, besides the indicator, a
 * target column, an actual column and a 得分 column (目标名称 | 目标值 | … | 目标完成值 | 权重分值 | 得分) sets a
 * year's targets against what was done and scores them — a 自评表's table whatever its title was (a page
 * stored from inside the table keeps none). A target form prints no actual or score, a 监控表 its progress to date.
 */
export function isHeaderedSelfEvaluation(rows: readonly Row[]): boolean {
  return headersOf(rows).some((columns) => {
    const has = (c: IndicatorColumn) => columns.includes(c);
    return (
      has('name') &&
      (has('target') || has('targetValue')) &&
      has('actual') &&
      // A template that scores nothing per indicator still sets the year's spending against its budget (全年执行数,
      // 执行率): only a finished year's evaluation prints both an actual and what was spent.
      (has('score') || closesOnActual(columns) || reportsSpending(rows)) &&
      !has('actualToDate')
    );
  });
}

/** The parts a target is printed in: the value, or its comparator, figure and unit in cells of their own. */
const TARGET_PARTS: readonly IndicatorColumn[] = ['target', 'targetValue', 'op', 'unit'];
/** What may follow what was done without scoring it: why it fell short, what is done about it, a remark. */
const AFTER_ACTUAL: readonly IndicatorColumn[] = ['reason', 'measure', 'remark'];

/**
 * Whether a header closes on the target and what was done (… | 指标名称 | 目标值 | 完成值, or 指标性质 | 指标值 |
 * 度量单位 | 完成值 | 偏差原因): it sets them against each other unscored — the year's result as
 * a central transfer's 自评 prints it (wide/520; 020's 年度指标值 | 全年完成值 | 未完成原因和改进措施), no target
 * form's or 监控表's. Only the reason, the measures or a remark may come after the actual.
 */
function closesOnActual(columns: readonly IndicatorColumn[]): boolean {
  let end = columns.length;
  while (end > 0 && AFTER_ACTUAL.includes(columns[end - 1]!)) end--;
  return columns[end - 1] === 'actual' && TARGET_PARTS.includes(columns[end - 2]!);
}

/**
 * The columns of the rows' indicator header as the text gives it, and with headings broken over two rows (实际 /
 * 完成值) joined: [] where there is none.
 */
function headersOf(rows: readonly Row[]): IndicatorColumn[][] {
  return [rows, joinSplitHeaders([...rows])].flatMap((r) => {
    const header = findHeaderInText(segmentText(r));
    return header ? [header.columns] : [];
  });
}

/** Whether a row labels what a year spent: 全年执行数, 执行数（B）, 执行率 — a budget's execution, not its plan. */
function reportsSpending(rows: readonly Row[]): boolean {
  return rows.some((r) =>
    r.cells.some((c) => {
      const col = c.length <= 16 ? budgetColumnOf(c) : null;
      return col === 'executed' || col === 'rate';
    }),
  );
}

/**
 * Whether untitled rows hold a 监控表 by its indicator header: the indicator, its target and its progress to date
 * (1-6月执行情况, 截至7月底完成值) — a year still running, which only a 监控表 reports.
 */
export function isHeaderedMonitoring(rows: readonly Row[]): boolean {
  return headersOf(rows).some((columns) => {
    const has = (c: IndicatorColumn) => columns.includes(c);
    return has('name') && (has('target') || has('targetValue')) && has('actualToDate') && !has('score');
  });
}
