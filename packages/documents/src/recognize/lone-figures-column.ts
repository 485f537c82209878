// A table whose rows each print one figure after the name (the other value cells left empty and dropped by
// the copy): the figure was placed where a bare number fits best, the points. Points that add up to more than
// the form's hundred are no points: the rows printed what they were asked first, the target.
import type { IndicatorColumn } from './evaluation-lexicon.ts';

/** The parts of a table record this rule reads and moves. */
interface LoneRecord {
  cells: Partial<Record<IndicatorColumn, string>>;
}

const POINTS: readonly IndicatorColumn[] = ['weight', 'score'];
const OTHER_VALUES: readonly IndicatorColumn[] = ['target', 'actual', 'actualToDate', 'expectedFullYear'];
/** A 自评表's points are out of 100 (产出 50 + 效益 30 + 满意度 10 + 预算执行 10, or any split of it). */
const FORM_POINTS = 100;

const filled = (r: LoneRecord, c: IndicatorColumn) => (r.cells[c] ?? '').trim() !== '';

/**
 * Moves each record's lone figure from a points column to the target where the rows of the table, read as
 * points, would score more than a whole form: 标准化圈舍面积(平方米) | 5000 over 年初目标值 | 实际完成值 | 得分.
 * Only where no row of the table prints a target, an actual or both points columns: a table that does has
 * placed its cells by what they were, and a row with a figure beside its points is read as it stands.
 */
export function moveLoneFiguresToTarget(
  records: readonly LoneRecord[],
  columns: readonly IndicatorColumn[],
): void {
  // op | targetValue | unit are composed into the record's target (composeTarget).
  if (!columns.includes('target') && !columns.includes('targetValue')) return;
  const lone: Array<{ record: LoneRecord; column: IndicatorColumn; figure: number }> = [];
  for (const r of records) {
    if (OTHER_VALUES.some((c) => filled(r, c))) return;
    const points = POINTS.filter((c) => filled(r, c));
    if (points.length > 1) return;
    if (points.length === 0) continue;
    const column = points[0]!;
    const figure = Number(r.cells[column]!.trim());
    if (!Number.isFinite(figure)) return;
    lone.push({ record: r, column, figure });
  }
  // Two rows at least: one figure alone says nothing of the column the table prints it in.
  if (lone.length < 2) return;
  const sum = lone.reduce((s, l) => s + l.figure, 0);
  if (sum <= FORM_POINTS) return;
  for (const { record, column } of lone) {
    record.cells.target = record.cells[column];
    delete record.cells[column];
  }
}
