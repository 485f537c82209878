import { describe, expect, it } from 'vitest';
import { parseIndicatorValue, type Indicator } from '@jixiao/core';
import type { LibraryEntry } from '../api/library-api.ts';
import { applyLibraryEntry, applySuggestion } from './apply-suggestion.ts';
import { trainingSuggestion } from './test-suggestion.ts';

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
const s = trainingSuggestion;

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

describe('library links', () => {
  const entry = (over: Partial<LibraryEntry> = {}): LibraryEntry => ({
    id: '6f1d1c9e-0000-4000-8000-000000000001',
    sector: '教育',
    field: '学生资助',
    level1: '产出指标',
    level2: '数量指标',
    name: '资助学生人次',
    definition: '按政策获得资助的学生人次。',
    formula: null,
    unit: '人次',
    direction: '≥',
    usualValue: null,
    scoring: null,
    dataSource: null,
    sourceTitle: null,
    sourceUrl: null,
    origin: 'builtin',
    uses: 0,
    updatedAt: '',
    ...over,
  });
  it('keeps the entry id from a library suggestion and drops it for a name from approved forms', () => {
    const linked = applySuggestion([row('')], 0, { ...s, libraryId: 'lib-1' })[0]!;
    expect(linked.libraryId).toBe('lib-1');
    expect('libraryId' in applySuggestion([linked], 0, s)[0]!).toBe(false);
  });
  it('fills name, link, comparator and unit from a chosen entry', () => {
    const [out] = applyLibraryEntry([row('')], 0, entry());
    expect(out).toMatchObject({ name: '资助学生人次', libraryId: entry().id });
    expect(out!.target.raw).toBe('≥人次'); // the number is still to be written
    expect(applyLibraryEntry([row('1200')], 0, entry())[0]!.target.raw).toBe('≥1200人次');
  });
  it('takes a numeric usual value, keeps a value already written, and adds no comparator to 定性', () => {
    expect(applyLibraryEntry([row('')], 0, entry({ usualValue: '≥95%', unit: '%' }))[0]!.target.raw).toBe(
      '≥95%',
    );
    expect(applyLibraryEntry([row('≥300人')], 0, entry())[0]!.target.raw).toBe('≥300人');
    expect(applyLibraryEntry([row('')], 0, entry({ direction: '定性', unit: null }))[0]!.target.raw).toBe('');
  });
});
