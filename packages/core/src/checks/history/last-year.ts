// Last year's indicators by id, how history findings name an indicator, and whether last year's target was
// missed (by score, else grade, else actual).
import type { HistoryInput, LastYearIndicator } from '../../evaluation/history-model.ts';
import { gradeLevel } from '../../evaluation/dictionaries.ts';
import { decimalOf } from '../../evaluation/format.ts';
import { readPair } from '../../evaluation/quantities.ts';

export function lastYearById(input: HistoryInput): Map<string, LastYearIndicator> {
  return new Map(input.lastYear.indicators.map((l) => [l.indicatorId, l]));
}

/** 「name」, or 「id」 for a row without a name. */
export function label(name: string | null, id: string): string {
  return `「${name ?? id}」`;
}

/** Whether last year's indicator missed its target: by score, else by grade, else by actual; null if unknown. */
export function missedTarget(prev: LastYearIndicator): boolean | null {
  const score = decimalOf(prev.score);
  const weight = decimalOf(prev.weight);
  if (score !== null && weight !== null) return score.lt(weight);
  if (prev.target.kind === 'qualitative')
    return prev.grade === null ? null : gradeLevel(prev.grade) !== 'met';
  if (prev.actual.kind === 'empty') return null;
  const p = readPair(prev.target, prev.actual, '上年实际值');
  if (!p.ok) return null;
  const { op, target: t, actual: a } = p.value;
  if (t.isZero()) return a.gt(0);
  if (op === '≤') return a.gt(t);
  if (op === '<') return a.gte(t);
  return a.lt(t);
}
