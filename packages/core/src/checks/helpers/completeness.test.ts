import { describe, expect, it } from 'vitest';
import { project101, project88 } from '../../frameworks/index.ts';
import { entriesUnderLevel1, lacksQuantity, slotLevels } from './completeness.ts';
import { goalGroups } from './indicators.ts';
import { makeProjectForm } from './test-forms.ts';

describe('completeness helpers', () => {
  it('canonicalises empty slots', () => {
    expect(slotLevels({ term: 'long', goal: null, level1: '产出', level2: '数量' }, project88)).toEqual({
      level1: '产出指标',
      level2: '数量指标',
    });
    expect(slotLevels({ term: 'long', goal: null, level1: null, level2: '未知' }, project101)).toEqual({
      level1: null,
      level2: '未知',
    });
  });

  it('finds rows by 一级 and tells a missing 数量指标', () => {
    const form = makeProjectForm();
    const [long] = goalGroups(form);
    expect(entriesUnderLevel1(long!, project88, '效益指标')).toHaveLength(1);
    expect(lacksQuantity(long!, project88)).toBe(false);
    const without = makeProjectForm({ indicators: form.indicators.filter((i) => i.level2 !== '数量指标') });
    expect(lacksQuantity(goalGroups(without)[0]!, project88)).toBe(true);
  });
});
