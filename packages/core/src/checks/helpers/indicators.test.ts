import { describe, expect, it } from 'vitest';
import {
  displayName,
  goalGroups,
  groupPath,
  hasName,
  hasValue,
  indicatorEntries,
  isFilled,
  sameName,
} from './indicators.ts';
import { makeIndicator, makeProjectForm } from './test-forms.ts';

describe('indicator helpers', () => {
  const form = makeProjectForm({
    emptyLevel2: [{ term: 'annual', goal: '年度绩效目标2', level1: '产出指标', level2: '数量指标' }],
  });

  it('walks indicators with their pointers', () => {
    const e = indicatorEntries(form);
    expect(e).toHaveLength(12);
    expect(e[7]?.path).toBe('/indicators/7');
  });

  it('groups by term and goal, empty slots included', () => {
    const groups = goalGroups(form);
    expect(groups.map((g) => [g.label, g.entries.length, g.emptySlots.length])).toEqual([
      ['长期绩效目标1', 6, 0],
      ['年度绩效目标1', 6, 0],
      ['年度绩效目标2', 0, 1],
    ]);
    expect(groupPath(groups[1]!)).toBe('/indicators/6');
    expect(groupPath(groups[2]!)).toBe('/emptyLevel2/0');
  });

  it('labels a group without goal by its term', () => {
    const f = makeProjectForm({ indicators: [makeIndicator({ goal: null, term: 'long' })] });
    expect(goalGroups(f)[0]?.label).toBe('长期指标');
  });

  it('tells filled rows', () => {
    const named = makeIndicator({ target: null });
    expect(hasName(named)).toBe(true);
    expect(hasValue(named)).toBe(false);
    expect(isFilled(named)).toBe(false);
    expect(isFilled(makeIndicator())).toBe(true);
    expect(displayName(makeIndicator({ name: '……' }))).toBe('（未填名称的指标）');
    expect(sameName('群众 满意度', '群众满意度')).toBe(true);
    expect(sameName(null, null)).toBe(false);
  });
});
