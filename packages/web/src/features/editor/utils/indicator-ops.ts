// Editing the indicator list like the paper table: rows live inside a 二级指标 (same term, goal, 一级,
// 二级); add, remove and move rows within it, add a new 二级指标, set one cell. Pure: returns new arrays.
import {
  blankIndicator,
  isBlankIndicator,
  parseIndicatorValue,
  type Indicator,
  type Term,
} from '@jixiao/core';

export type EditableColumn = 'name' | 'target' | 'basis';
export const EDITABLE_COLUMNS: readonly EditableColumn[] = ['name', 'target', 'basis'];

export function sameLevel2(a: Indicator, b: Indicator): boolean {
  return a.term === b.term && a.goal === b.goal && a.level1 === b.level1 && a.level2 === b.level2;
}

/** Inserts an empty row in the same 二级指标 right after `index`; returns the list and the new row's index. */
export function addRowAfter(
  indicators: readonly Indicator[],
  index: number,
): { indicators: Indicator[]; index: number } {
  const at = indicators[index];
  if (!at) return { indicators: [...indicators], index: -1 };
  const next = [...indicators];
  next.splice(index + 1, 0, blankIndicator(at.term, at.goal, at.level1, at.level2));
  return { indicators: next, index: index + 1 };
}

/**
 * Removes a row. The last row of a 二级指标 is first emptied (the template's slot stays on the form, so a
 * slip of the mouse loses no 二级); removing it again, once empty, removes the 二级指标 itself — every shape
 * of the table can be reached, and no blank row is forced onto the form.
 */
export function removeRow(indicators: readonly Indicator[], index: number): Indicator[] {
  const at = indicators[index];
  if (!at) return [...indicators];
  const siblings = indicators.filter((i) => sameLevel2(i, at));
  if (siblings.length <= 1 && !isBlankIndicator(at)) {
    const next = [...indicators];
    next[index] = blankIndicator(at.term, at.goal, at.level1, at.level2);
    return next;
  }
  return indicators.filter((_, i) => i !== index);
}

/** Swaps a row with its neighbour in the same 二级指标 (direction -1 up, +1 down); index after the move. */
export function moveWithinLevel2(
  indicators: readonly Indicator[],
  index: number,
  direction: -1 | 1,
): { indicators: Indicator[]; index: number } {
  const at = indicators[index];
  if (!at) return { indicators: [...indicators], index };
  let j = index + direction;
  while (j >= 0 && j < indicators.length && indicators[j]!.term !== at.term) j += direction;
  if (j < 0 || j >= indicators.length || !sameLevel2(indicators[j]!, at))
    return { indicators: [...indicators], index };
  const next = [...indicators];
  next[index] = indicators[j]!;
  next[j] = at;
  return { indicators: next, index: j };
}

/**
 * The goal a new 二级指标 of a table belongs to: the goal its rows already carry (an imported table often has
 * no 目标名称: its rows stay together under none), else the first goal declared for the term.
 */
export function goalForNewLevel2(
  indicators: readonly Indicator[],
  term: Term,
  declaredGoals: readonly string[],
): string | null {
  const rows = indicators.filter((i) => i.term === term);
  if (rows.length > 0) return rows[rows.length - 1]!.goal;
  return declaredGoals[0] ?? null;
}

/**
 * Adds a 二级指标 (one empty row) to a table: after the last row of the same goal and 一级指标, else after the
 * last row of the goal, else at the end of the table.
 */
export function addLevel2(
  indicators: readonly Indicator[],
  term: Term,
  goal: string | null,
  level1: string,
  level2: string,
): { indicators: Indicator[]; index: number } {
  const lastIndex = (pred: (i: Indicator) => boolean) => {
    for (let k = indicators.length - 1; k >= 0; k--) if (pred(indicators[k]!)) return k;
    return -1;
  };
  let after = lastIndex((i) => i.term === term && i.goal === goal && i.level1 === level1);
  if (after < 0) after = lastIndex((i) => i.term === term && i.goal === goal);
  if (after < 0) after = lastIndex((i) => i.term === term);
  if (after < 0) after = indicators.length - 1;
  const next = [...indicators];
  next.splice(after + 1, 0, blankIndicator(term, goal, level1, level2));
  return { indicators: next, index: after + 1 };
}

/** Sets one editable cell; the 指标值 is parsed as it is typed. */
export function setCell(
  indicators: readonly Indicator[],
  index: number,
  column: EditableColumn,
  text: string,
): Indicator[] {
  const at = indicators[index];
  if (!at) return [...indicators];
  const next = [...indicators];
  const value = text.trim() === '' ? null : text;
  next[index] =
    column === 'target' ? { ...at, target: parseIndicatorValue(text) } : { ...at, [column]: value };
  return next;
}

export function cellText(indicator: Indicator, column: EditableColumn): string {
  if (column === 'target') return indicator.target.raw;
  return indicator[column] ?? '';
}
