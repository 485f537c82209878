// Choosing a library suggestion fills the row: the name, the 确定依据, and the 指标值 — its usual value
// when the cell is empty, or the usual unit added to a bare number already typed.
import type { Indicator } from '@jixiao/core';
import { setCell } from '../../editor/utils/indicator-ops.ts';
import type { LibrarySuggestion } from '../api/library-api.ts';

export function applySuggestion(
  indicators: readonly Indicator[],
  index: number,
  s: LibrarySuggestion,
): Indicator[] {
  const at = indicators[index];
  if (!at) return [...indicators];
  let next = setCell(indicators, index, 'name', s.name);
  if (s.basis) next = setCell(next, index, 'basis', s.basis);
  const typed = at.target.raw.trim();
  if (typed === '' && s.values[0]) next = setCell(next, index, 'target', s.values[0].raw);
  else if (s.unit && /\d$/.test(typed)) next = setCell(next, index, 'target', typed + s.unit);
  return next;
}
