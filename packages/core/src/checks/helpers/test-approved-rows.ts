// Approved indicators and rows as the R-EVAL-07 / R-MON-06 tests write them.
import type { Indicator } from '../../model/indicator.ts';
import { parseIndicatorValue as v } from '../../value/parse-indicator-value.ts';
import type { ApprovedRowsSubject } from '../subjects.ts';

const ind = (id: string | undefined, target: string, term: 'annual' | 'long' = 'annual'): Indicator => ({
  id,
  term,
  goal: '年度绩效目标1',
  level1: '产出指标',
  level2: '数量指标',
  name: `指标${id ?? ''}`,
  target: v(target),
  history: null,
  basis: null,
  category: null,
});

/** Two annual indicators with ids (a, b); a long-term one and one without an id are not measured. */
export const approvedIndicators = [
  ind('a', '≥95%'),
  ind('b', '健全'),
  ind('long', '≥100个', 'long'),
  ind(undefined, '≥1个'),
];

export const approvedRow = (id: string, target: string) => ({
  indicatorId: id,
  name: `指标${id}`,
  target: v(target),
});

export function approvedRows(
  of: ApprovedRowsSubject['of'],
  rows: ApprovedRowsSubject['rows'],
): ApprovedRowsSubject {
  return { kind: 'approved-rows', of, rows, approved: approvedIndicators };
}
