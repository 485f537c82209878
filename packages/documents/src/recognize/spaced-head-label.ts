// 项目名称       低票价运营补贴: a report form's cover copied as text prints a head label and its value in one line,
// parted by spaces (no colon, no cell border). Where a head field's value is found elsewhere only unlabelled (the
// page's heading holding the name's words, a later row repeating the name), such a line is where it was read.
import { oneLine } from '../rows/clean-cell.ts';
import { evaluationFieldOf, type EvaluationField } from './evaluation-head-labels.ts';
import type { SourceCell } from './source-cells.ts';

/** A label, two spaces or more (or a full-width space), then the rest of the cell. */
const SPACED = /^(\S{2,12}?)(?:\s{2,}|\u3000+)(\S.*)$/u;

/** The label a cell prints before `value` parted by spaces, when it is a label of `field`. */
export function spacedLabelOf(cell: SourceCell, value: string, field: EvaluationField): string | null {
  const m = SPACED.exec(cell.text.trim());
  if (!m || oneLine(m[2]!).trim() !== value) return null;
  return evaluationFieldOf(m[1]!) === field ? m[1]! : null;
}

/** The first cell printing `field`'s label and `value` parted by spaces, with the label. */
export function spacedLabelledCell(
  cells: readonly SourceCell[],
  value: string,
  field: EvaluationField,
): { cell: SourceCell; label: string } | null {
  for (const cell of cells) {
    const label = spacedLabelOf(cell, value, field);
    if (label) return { cell, label };
  }
  return null;
}
