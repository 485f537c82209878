// The 偏差原因 a 监控表 prints on its budget's total row (预算执行情况 | 年度预算数 | 1-7月执行数 | 执行率 | 偏差原因
// over 总额 | 320.00 | 142.50 | 44.53% | 维修工程集中在汛后实施): why the money runs behind, as printed. The budget
// block reads figures only; this reads the one text column the block's heading row names a cause.
import { labelKey } from '../rows/clean-cell.ts';
import type { BudgetBlock } from './evaluation-budget.ts';
import { isBudgetTotalLabel } from './evaluation-budget-labels.ts';
import { isBareNumber, isPercent, type StreamCell } from './evaluation-cells.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';

const isFigureText = (t: string) => isPercent(t) || isBareNumber(t.replace(/[,，]/g, ''));

/** The cause printed under the block's 偏差原因 heading on its total row; null where none is printed. */
export function budgetDeviationReason(stream: readonly StreamCell[], block: BudgetBlock): string | null {
  const headRow = stream[block.start]?.row;
  if (headRow === undefined) return null;
  const headCells = stream.filter((c) => c.row === headRow);
  // 偏差原因分析（原因说明）: a heading's bracketed note names the same column.
  const heading = headCells.find(
    (c) => indicatorColumnOf(labelKey(c.text).replace(/（[^（）]*）$/, '')) === 'reason',
  );
  if (!heading) return null;
  const body = stream.slice(block.start, block.end).filter((c) => c.row > headRow);
  const totalRow = (body.find((c) => isBudgetTotalLabel(c.text)) ?? body[0])?.row;
  if (totalRow === undefined) return null;
  const rowCells = body.filter((c) => c.row === totalRow);
  const found = placedUnder(heading, headCells, rowCells);
  if (!found || isFigureText(found.text) || isBudgetTotalLabel(found.text)) return null;
  const text = found.text.trim();
  return text === '' ? null : text;
}

/** The total row's cell under the heading: by the grid's column where both rows keep one, else the last cell
 * under the last heading (a copy that drops blank cells keeps a trailing text's place only at the end). */
function placedUnder(
  heading: StreamCell,
  headCells: readonly StreamCell[],
  rowCells: readonly StreamCell[],
): StreamCell | null {
  const gridded = (c: StreamCell) => c.col !== undefined && c.gapless !== true;
  if (gridded(heading) && rowCells.every(gridded)) {
    if (heading.width !== undefined && rowCells[0]?.width !== heading.width) return null;
    return rowCells.find((c) => c.col === heading.col) ?? null;
  }
  return heading === headCells.at(-1) ? (rowCells.at(-1) ?? null) : null;
}
