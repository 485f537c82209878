import { describe, expect, it } from 'vitest';
import { NO_UNIT, UNREAD, unitSummaries } from './check-reports.ts';

const doc = (unit: string | null, error: boolean, e: number, w: number, i = 0) => ({
  unit,
  error: error ? { code: 'unreadable', message: '无法读取' } : null,
  counts: { error: e, warning: w, info: i },
});

describe('the 按单位 summary of a check report', () => {
  it('adds each unit’s documents, the unread ones under 未能读取, the worst unit first, then by name', () => {
    const units = unitSummaries([
      doc('乙局', false, 0, 3),
      doc('甲局', false, 1, 0),
      doc('甲局', false, 1, 2, 1),
      doc(null, false, 0, 1),
      doc('乙局', true, 0, 0),
      doc('丙局', false, 0, 3),
    ]);
    expect(units).toEqual([
      { unit: '甲局', documents: 2, failed: 0, counts: { error: 2, warning: 2, info: 1 } },
      { unit: UNREAD, documents: 1, failed: 1, counts: { error: 0, warning: 0, info: 0 } },
      { unit: '丙局', documents: 1, failed: 0, counts: { error: 0, warning: 3, info: 0 } },
      { unit: '乙局', documents: 1, failed: 0, counts: { error: 0, warning: 3, info: 0 } },
      { unit: NO_UNIT, documents: 1, failed: 0, counts: { error: 0, warning: 1, info: 0 } },
    ]);
  });
});
