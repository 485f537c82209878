// Choosing a library suggestion fills the row: the name, the 确定依据, and the 指标值 — its usual value
// when the cell is empty, or the usual unit added to a bare number already typed. A library entry's id
// is kept on the indicator (`libraryId`); a name taken from approved forms only drops an earlier link.
import type { Indicator } from '@jixiao/core';
import { setCell } from '../../editor/utils/indicator-ops.ts';
import type { LibraryEntry, LibrarySuggestion } from '../api/library-api.ts';

function withLink(indicators: Indicator[], index: number, libraryId: string | null | undefined): Indicator[] {
  return indicators.map((ind, i) => {
    if (i !== index) return ind;
    const { libraryId: _old, ...rest } = ind;
    return libraryId ? { ...rest, libraryId } : rest;
  });
}

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
  return withLink(next, index, s.libraryId);
}

/**
 * An entry chosen in the 从指标库选择 dialog: its name and link, and a 指标值 built from its direction
 * and unit — its usual value when that is a number, else the comparator and unit around the number
 * still to be written (a number already typed is kept and given the comparator and unit).
 */
export function applyLibraryEntry(
  indicators: readonly Indicator[],
  index: number,
  e: LibraryEntry,
): Indicator[] {
  const at = indicators[index];
  if (!at) return [...indicators];
  let next = setCell(indicators, index, 'name', e.name);
  const typed = at.target.raw.trim();
  const op = e.direction === '定性' ? '' : e.direction;
  const unit = e.unit ?? '';
  const number = /^\d+(\.\d+)?$/.test(typed) ? typed : null;
  let target: string | null = null;
  if (number !== null) target = `${op}${number}${unit}`;
  else if (typed === '' && e.usualValue && /\d/.test(e.usualValue)) target = e.usualValue;
  else if (typed === '' && op) target = `${op}${unit}`;
  if (target !== null) next = setCell(next, index, 'target', target);
  return withLink(next, index, e.id);
}
