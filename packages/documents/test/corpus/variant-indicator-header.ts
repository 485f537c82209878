// The header of a template variant's indicator table (variants.ts): one row, header words broken over two rows,
// 绩效指标 banded over the levels, 年度指标值 over a split 指标值, or a graded table's own headings.
// Test data, not product code.
import { pick, type Cell, type Grid } from './variant-choices.ts';
import type { DrawContext } from './variant-draw-context.ts';
import { isGraded } from './variant-indicator-columns.ts';
import { cell, COLUMN_LABELS, fill, REPORT_TABLE_LABELS, TARGET_ACTUAL_LABELS } from './variant-spellings.ts';

/** Prints the header rows into the grid; answers how many columns the levels take (the row label's span). */
export function printIndicatorHeader(ctx: DrawContext, grid: Grid, columns: string[], width: number): number {
  const { rs, choices, reportTable, targetActual, label } = ctx;
  const graded = isGraded(ctx);
  // A graded table's headings are its own (printed below); the others drawn from the spellings seen.
  const headLabels = graded
    ? []
    : columns.map((c) =>
        reportTable
          ? REPORT_TABLE_LABELS[c]!
          : targetActual
            ? pick(rs, TARGET_ACTUAL_LABELS[c] ?? COLUMN_LABELS[c]!)
            : label(COLUMN_LABELS[c]!),
      );
  // The columns the levels take: 一级, 二级, 三级 and, in a scoring table, the levels' points.
  const lead = columns.indexOf('name') + 1;
  if (graded) {
    // 绩效指标评价标准 over its four grades; the other headings down both rows.
    const top: Cell[] = ['绩效指标分类', '绩效指标', '绩效指标描述'].map((l) => cell(l, 1, 2));
    top.push(cell('绩效指标评价标准', 4), cell('评价标准确定依据', 1, 2));
    const under: Array<Cell | null> = [
      null,
      null,
      null,
      ...['优', '良', '中', '差'].map((g) => cell(g)),
      null,
    ];
    while (under.length < width) under.push(null);
    grid.push(fill(top, width), under);
  } else if (choices.header === 'twoRows') {
    const top = headLabels.map((l) => cell(l.length > 3 ? l.slice(0, 2) : l));
    const bottom = headLabels.map((l) => cell(l.length > 3 ? l.slice(2) : ''));
    grid.push(fill(top, width), fill(bottom, width));
  } else if (choices.header === 'band' && choices.targetStyle === 'columns') {
    const top: Cell[] = [];
    const bottom: Cell[] = [];
    columns.forEach((c, k) => {
      if (c === 'op') {
        top.push(cell('年度指标值', 3));
        bottom.push(cell(headLabels[k]!), cell(headLabels[k + 1]!), cell(headLabels[k + 2]!));
      } else if (c === 'target' || c === 'unit') return;
      else {
        top.push(cell(headLabels[k]!, 1, 2));
        bottom.push(null as unknown as Cell);
      }
    });
    const t = fill(top, width);
    const b: Array<Cell | null> = [];
    for (const c of bottom) b.push(c);
    while (b.length < width) b.push(null);
    grid.push(t, b);
  } else if (choices.header === 'band') {
    // 绩效指标 over the three levels (and their points, in a scoring table).
    grid.push(fill([cell('绩效指标', lead), ...headLabels.slice(lead).map((l) => cell(l, 1, 2))], width));
    const under: Array<Cell | null> = headLabels.slice(0, lead).map((l) => cell(l));
    // Under the band's last heading, merged to the table's edge and down both rows.
    while (under.length < width) under.push(null);
    grid.push(under);
  } else
    grid.push(
      fill(
        headLabels.map((l) => cell(l)),
        width,
      ),
    );
  return lead;
}
