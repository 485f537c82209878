// An indicator table whose PDF text layer gave it column by column: the 三级指标 heading and a run of the
// indicators' names, then the 年度目标值 heading and a run of their values (三级指标 | 合格率 | 开工率 /
// 年度目标值 / 100% | 100%). The n-th name takes the n-th value, and only where the two runs hold as many: a
// count that differs means the runs were not what they seem, and nothing is read.
import { parseIndicatorValue, type Indicator, type Term } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { indicatorColumnOf } from './evaluation-lexicon.ts';
import { isLevelName } from './level-names.ts';
import { filledCells, firstFilled } from './row-helpers.ts';
import { isValueShaped } from './tokenize.ts';

const isTargetHeading = (text: string) => ['target', 'targetValue'].includes(indicatorColumnOf(text) ?? '');

/** A cell that can be an indicator's name: Han text that is no heading, level or value. */
const isNameLike = (text: string) =>
  /\p{Script=Han}{2}/u.test(text) &&
  !isValueShaped(text) &&
  indicatorColumnOf(text) === null &&
  !isLevelName(text);

/** A cell of values side by side (7 100% 100%, the text layer's spaces kept) as its values; any other cell whole. */
function valuePieces(text: string): string[] {
  const pieces = text.trim().split(/\s+/);
  return pieces.length > 1 && pieces.every(isValueShaped) ? pieces : [text];
}

/**
 * The indicators read from row `at` where it starts with the name column's heading followed by names only,
 * and the values come after a target heading further down; null where the rows are not laid out so.
 */
export function readNameRuns(
  rows: readonly Row[],
  at: number,
  term: Term | null,
): { indicators: Indicator[]; end: number } | null {
  if (indicatorColumnOf(firstFilled(rows[at]!)) !== 'name') return null;
  const names: string[] = [];
  const values: string[] = [];
  let inValues = false;
  let end = at + 1;
  for (let i = at; i < rows.length; i++) {
    const cells = filledCells(rows[i]!)
      .slice(i === at ? 1 : 0)
      .flatMap(valuePieces);
    let stop = false;
    for (const text of cells) {
      if (!inValues && isTargetHeading(text) && names.length > 0) inValues = true;
      else if (!inValues && isNameLike(text)) names.push(text.trim());
      else if (!inValues) return null;
      else if (isValueShaped(text)) values.push(text.trim());
      else {
        stop = true;
        break;
      }
    }
    if (stop) break;
    end = i + 1;
  }
  if (names.length < 2 || values.length !== names.length) return null;
  const indicators = names.map((name, k): Indicator => ({
    term: term ?? 'annual',
    goal: null,
    level1: null,
    level2: null,
    name,
    target: parseIndicatorValue(values[k]!),
    history: null,
    basis: null,
    category: null,
  }));
  return { indicators, end };
}
