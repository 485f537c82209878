// One row dispatched by the kind of its target; a quantitative override stays within [0, w] with a reason.
import { describe, expect, it } from 'vitest';
import { parseIndicatorValue as v } from '../value/parse-indicator-value.ts';
import { scoreIndicator } from './score-indicator.ts';
import { firstError, value } from './test-helpers.ts';

const row = (target: string, actual: string, extra: object = {}) => ({
  target: v(target),
  actual: v(actual),
  grade: null,
  weight: '10',
  ...extra,
});

describe('scoreIndicator', () => {
  it('a quantitative target is scored by formula: 92 ÷ 95 × 10 = 9.684… → 9.68', () => {
    expect(value(scoreIndicator(row('≥95%', '92%'))).score).toBe('9.68');
  });
  it('a qualitative target is scored by grade', () => {
    const s = value(scoreIndicator(row('有所提升', '', { grade: '达成年度指标' })));
    expect(s.method).toBe('qualitative');
    expect(s.score).toBe('10.00');
  });
  it('an empty target is an error on /target', () => {
    const e = firstError(scoreIndicator(row('', '92%')));
    expect(e).toMatchObject({ code: 'target-empty', path: '/target' });
  });
  it('errors of the actual are placed on /actual', () => {
    expect(firstError(scoreIndicator(row('≥95%', '90人')))).toMatchObject({
      code: 'unit-mismatch',
      path: '/actual',
    });
  });
  it('a quantitative override within [0, w] with a reason replaces the score and keeps the computed one', () => {
    const s = value(
      scoreIndicator(
        row('≥95%', '92%', { override: { score: '9', reason: '数据口径调整，经主管部门认定' } }),
      ),
    );
    expect(s.score).toBe('9.00');
    expect(s.computed).toBe('9.68');
    expect(s.flags).toEqual(['overridden']);
    expect(s.working).toBe(
      '正向指标：实际值 92% ÷ 目标值 95% × 分值 10 = 9.68；人工调整为 9.00（理由：数据口径调整，经主管部门认定）',
    );
  });
  it('a quantitative override above the weight, or without a reason, is refused', () => {
    expect(
      firstError(scoreIndicator(row('≥95%', '92%', { override: { score: '11', reason: '好' } }))).code,
    ).toBe('override-out-of-band');
    expect(
      firstError(scoreIndicator(row('≥95%', '92%', { override: { score: '9', reason: '' } }))).code,
    ).toBe('override-without-reason');
  });
});
