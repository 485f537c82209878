import { describe, expect, it } from 'vitest';
import { blankIndicator, indicatorSchema, isBlankIndicator } from './indicator.ts';

describe('blankIndicator', () => {
  it('is a valid row of the given 二级指标 with nothing filled in', () => {
    const row = blankIndicator('annual', '年度绩效目标1', '产出指标', '数量指标');
    expect(indicatorSchema.parse(row)).toEqual(row);
    expect(row).toEqual({
      term: 'annual',
      goal: '年度绩效目标1',
      level1: '产出指标',
      level2: '数量指标',
      name: null,
      target: expect.objectContaining({ kind: 'empty', raw: '' }),
      history: null,
      basis: null,
      category: null,
    });
    expect(isBlankIndicator(row)).toBe(true);
  });

  it('gives each call a row of its own', () => {
    const a = blankIndicator('long', null, null, null);
    const b = blankIndicator('long', null, null, null);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.target).not.toBe(b.target);
  });
});
