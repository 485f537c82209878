import { describe, expect, it } from 'vitest';
import { parseIndicatorValue, type Indicator } from '@jixiao/core';
import type { LibrarySuggestion } from '../api/library-api.ts';
import { applySuggestion } from './apply-suggestion.ts';

const row = (target: string): Indicator => ({
  term: 'annual',
  goal: null,
  level1: '产出指标',
  level2: '数量指标',
  name: '培训',
  target: parseIndicatorValue(target),
  history: null,
  basis: null,
  category: null,
});
const s: LibrarySuggestion = {
  name: '培训人次',
  level1: '产出指标',
  level2: '数量指标',
  uses: 3,
  values: [{ raw: '≥200人次', count: 2 }],
  unit: '人次',
  basis: '计划标准',
  score: 0.8,
};

describe('applySuggestion', () => {
  it('fills name, basis and the usual value into an empty row', () => {
    const [out] = applySuggestion([row('')], 0, s);
    expect(out).toMatchObject({ name: '培训人次', basis: '计划标准' });
    expect(out!.target.raw).toBe('≥200人次');
    expect(out!.target.op).toBe('≥');
  });
  it('adds the unit to a bare number and keeps a full value', () => {
    expect(applySuggestion([row('≥300')], 0, s)[0]!.target.raw).toBe('≥300人次');
    expect(applySuggestion([row('≥90%')], 0, s)[0]!.target.raw).toBe('≥90%');
  });
  it('leaves the list alone for a row that is not there', () => {
    expect(applySuggestion([row('')], 3, s)).toHaveLength(1);
  });
});
