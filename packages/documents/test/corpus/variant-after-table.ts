// What a template variant prints under its indicator table (variants.ts): a 自评表's 总分 and 评价等级 rows, a
// generated report's next section, another table under the indicators in the same copy.
// Test data, not product code.
import { pick, type Cell, type Grid } from './variant-choices.ts';
import type { DrawContext } from './variant-draw-context.ts';
import { AFTER_TABLES, cell, fill } from './variant-spellings.ts';

/** Prints the rows under the indicator table; `lead`: the columns the levels take (the total's label spans them). */
export function printAfterTable(
  ctx: DrawContext,
  grid: Grid,
  columns: string[],
  lead: number,
  width: number,
): void {
  const { form: f, kind, rs, choices, reportTable, targetActual, label } = ctx;
  if (
    kind === 'self-evaluation' &&
    !targetActual &&
    ((f.total !== undefined && !choices.omitted.includes('score')) || f.grade !== undefined)
  ) {
    const row: Array<Cell | null> = fill([cell(label(['总分', '合计', '自评总分'])), cell('')], width);
    const scoreAt = columns.indexOf('score');
    const weightAt = columns.indexOf('weight');
    for (let k = 1; k < width; k++) row[k] = cell('');
    row[0] = cell(row[0]!.text, lead);
    for (let k = 1; k < lead; k++) row[k] = null;
    if (weightAt >= lead) row[weightAt] = cell('100');
    if (f.total !== undefined && scoreAt >= lead) row[scoreAt] = cell(f.total);
    grid.push(row);
    if (f.grade !== undefined)
      grid.push(fill([cell(label(['评价等级', '自评等级', '绩效等级'])), cell(f.grade)], width));
  }

  // The report goes on after its table: its next numbered section (wide/536).
  if (reportTable)
    grid.push(
      fill(
        [cell('(二)项目财务管理状况本项目累计安排资金10万元,,其中:项目立项6分,绩效目标5分,总得分90,,')],
        width,
      ),
    );
  // Another table under the indicators in the same copy (wide/520's schools and their payments).
  if (targetActual && !reportTable && rs() < 0.5) {
    const head = pick(rs, AFTER_TABLES);
    grid.push(
      fill(
        head.map((h) => cell(h)),
        width,
      ),
    );
    for (let n = 1; n <= 2; n++)
      grid.push(
        fill(
          head.map((h, k) =>
            cell(
              k === 0
                ? String(n)
                : /金额|资金|标准/.test(h)
                  ? String(2600 + 10 * n)
                  : h === '备注'
                    ? ''
                    : `某某${n}`,
            ),
          ),
          width,
        ),
      );
  }
}
